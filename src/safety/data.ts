// The facts and word lists of tiantian-support/safety, each beside its source. Logic files import
// them; nothing here computes. The guide's own words on the subject are one line of 二、4:
// “安全风险防控:识别并阻断恶意攻击、钓鱼网站等网络威胁”. Everything else is public record (GB 11643,
// ISO/IEC 7812, the MIIT number plan, the Ministry of Public Security's anti-fraud advice), cited per entry.
import { HOTLINE_NUMBER } from '../channels/data/contact.js';
import type { LocalizedText } from '../shared/locale.js';

/**
 * A mainland mobile number block (号段): its first three digits, the operator it was issued to and
 * the year it was issued where we know it (`null` otherwise).
 *
 * @example
 * const block: MobilePrefix = { prefix: '196', operator: 'China Broadnet', issued: 2019 };
 */
export interface MobilePrefix {
  readonly prefix: string;
  readonly operator: string;
  readonly issued: number | null;
}

/**
 * The 11-digit mobile blocks of the MIIT number plan (电信网码号资源), three digits each. Blocks go
 * stale as new ones are issued (190, 192, 196 and 197 in 2019): this list is data, and the
 * detector reads nothing else. 140–144 (13-digit IoT numbers) and 174 (satellite) are left out.
 *
 * @example
 * MOBILE_PREFIXES.find((p) => p.prefix === '199')?.issued; //=> 2017
 */
export const MOBILE_PREFIXES: readonly MobilePrefix[] = [
  { prefix: '130', operator: 'China Unicom', issued: null },
  { prefix: '131', operator: 'China Unicom', issued: null },
  { prefix: '132', operator: 'China Unicom', issued: null },
  { prefix: '133', operator: 'China Telecom', issued: null },
  { prefix: '134', operator: 'China Mobile', issued: null },
  { prefix: '135', operator: 'China Mobile', issued: null },
  { prefix: '136', operator: 'China Mobile', issued: null },
  { prefix: '137', operator: 'China Mobile', issued: null },
  { prefix: '138', operator: 'China Mobile', issued: null },
  { prefix: '139', operator: 'China Mobile', issued: null },
  { prefix: '145', operator: 'China Unicom (data)', issued: null },
  { prefix: '146', operator: 'China Unicom (data)', issued: null },
  { prefix: '147', operator: 'China Mobile (data)', issued: null },
  { prefix: '148', operator: 'China Mobile (data)', issued: null },
  { prefix: '149', operator: 'China Telecom (data)', issued: null },
  { prefix: '150', operator: 'China Mobile', issued: null },
  { prefix: '151', operator: 'China Mobile', issued: null },
  { prefix: '152', operator: 'China Mobile', issued: null },
  { prefix: '153', operator: 'China Telecom', issued: null },
  { prefix: '155', operator: 'China Unicom', issued: null },
  { prefix: '156', operator: 'China Unicom', issued: null },
  { prefix: '157', operator: 'China Mobile', issued: null },
  { prefix: '158', operator: 'China Mobile', issued: null },
  { prefix: '159', operator: 'China Mobile', issued: null },
  { prefix: '162', operator: 'virtual operators (China Telecom)', issued: null },
  { prefix: '165', operator: 'virtual operators (China Mobile)', issued: null },
  { prefix: '166', operator: 'China Unicom', issued: 2017 },
  { prefix: '167', operator: 'virtual operators (China Unicom)', issued: null },
  { prefix: '170', operator: 'virtual operators', issued: null },
  { prefix: '171', operator: 'virtual operators (China Unicom)', issued: null },
  { prefix: '172', operator: 'China Mobile (IoT)', issued: null },
  { prefix: '173', operator: 'China Telecom', issued: null },
  { prefix: '175', operator: 'China Unicom', issued: null },
  { prefix: '176', operator: 'China Unicom', issued: 2013 },
  { prefix: '177', operator: 'China Telecom', issued: 2013 },
  { prefix: '178', operator: 'China Mobile', issued: 2013 },
  { prefix: '180', operator: 'China Telecom', issued: null },
  { prefix: '181', operator: 'China Telecom', issued: null },
  { prefix: '182', operator: 'China Mobile', issued: null },
  { prefix: '183', operator: 'China Mobile', issued: null },
  { prefix: '184', operator: 'China Mobile', issued: null },
  { prefix: '185', operator: 'China Unicom', issued: null },
  { prefix: '186', operator: 'China Unicom', issued: null },
  { prefix: '187', operator: 'China Mobile', issued: null },
  { prefix: '188', operator: 'China Mobile', issued: null },
  { prefix: '189', operator: 'China Telecom', issued: null },
  { prefix: '190', operator: 'China Telecom', issued: 2019 },
  { prefix: '191', operator: 'China Telecom', issued: 2019 },
  { prefix: '192', operator: 'China Broadnet', issued: 2019 },
  { prefix: '193', operator: 'China Telecom', issued: null },
  { prefix: '195', operator: 'China Mobile', issued: null },
  { prefix: '196', operator: 'China Unicom', issued: 2019 },
  { prefix: '197', operator: 'China Mobile', issued: 2019 },
  { prefix: '198', operator: 'China Mobile', issued: 2017 },
  { prefix: '199', operator: 'China Telecom', issued: 2017 },
];

/**
 * The weights of the 居民身份证 check digit (GB 11643-1999, ISO 7064 MOD 11-2): digit i of the first
 * 17 is multiplied by 2^(17-i) mod 11.
 *
 * @example
 * ID_CARD_WEIGHTS.slice(0, 3); //=> [7, 9, 10]
 */
export const ID_CARD_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The check character for each remainder 0–10 of the weighted sum mod 11 (GB 11643-1999).
 *
 * @example
 * ID_CARD_CHECK_CHARACTERS[2]; //=> 'X'
 */
export const ID_CARD_CHECK_CHARACTERS = '10X98765432';

/**
 * The first two digits of a 居民身份证 number: the province-level division (GB/T 2260), including
 * 71 Taiwan, 81 Hong Kong, 82 Macao (residence permits) and 83 (the 2018 residence permits for
 * Hong Kong, Macao and Taiwan residents share the form).
 *
 * @example
 * ID_CARD_PROVINCES.includes('11'); //=> true (Beijing)
 */
export const ID_CARD_PROVINCES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
];

/**
 * One issuer identification range (ISO/IEC 7812): card numbers starting with `prefix` (or any
 * number from `prefix` to `to`, same length) have one of `lengths` digits.
 *
 * @example
 * const unionPay: CardIssuer = { name: 'UnionPay', prefix: '62', lengths: [16, 17, 18, 19] };
 */
export interface CardIssuer {
  readonly name: string;
  readonly prefix: string;
  readonly to?: string;
  readonly lengths: readonly number[];
}

/**
 * The issuer ranges a mainland bank card of 16–19 digits starts with. Chinese debit cards are
 * mostly UnionPay (62); some older ones are 60 or ICBC's 9558; co-branded cards carry Visa,
 * Mastercard or JCB ranges. Taobao order numbers start with 1–4 and have 16–19 digits too, which
 * is why Visa (4) counts only at 16 digits and the order-number context always wins.
 *
 * @example
 * CARD_ISSUERS.map((i) => i.name).slice(0, 2); //=> ['UnionPay', 'UnionPay (legacy 60)']
 */
export const CARD_ISSUERS: readonly CardIssuer[] = [
  { name: 'UnionPay', prefix: '62', lengths: [16, 17, 18, 19] },
  { name: 'UnionPay (legacy 60)', prefix: '60', lengths: [16, 19] },
  { name: 'ICBC (legacy 9558)', prefix: '9558', lengths: [19] },
  { name: 'Visa', prefix: '4', lengths: [16] },
  { name: 'Mastercard', prefix: '51', to: '55', lengths: [16] },
  { name: 'Mastercard (2-series)', prefix: '2221', to: '2720', lengths: [16] },
  { name: 'JCB', prefix: '3528', to: '3589', lengths: [16, 17, 18, 19] },
  { name: 'Discover', prefix: '65', lengths: [16, 19] },
];

/**
 * Words just before a 16–19 digit number that say it is a bank card (卡号, 银行卡, card, tarjeta):
 * they raise the finding's confidence (they are never needed).
 *
 * @example
 * CARD_CONTEXT_WORDS.includes('卡号'); //=> true
 */
export const CARD_CONTEXT_WORDS: readonly string[] = [
  '卡号',
  '银行卡',
  '信用卡',
  '储蓄卡',
  '借记卡',
  '银行账号',
  '收款账号',
  '账号',
  'card',
  'card number',
  'card no',
  'tarjeta',
  'cuenta',
];

/**
 * Words that, just before a number (after `:`, `#`, `是`, spaces), say it is an order or a
 * tracking number: such a number is never masked as a phone, ID or card. Lower case.
 *
 * @example
 * ORDER_CONTEXT_WORDS.includes('运单号'); //=> true
 */
export const ORDER_CONTEXT_WORDS: readonly string[] = [
  '订单号',
  '订单编号',
  '订单号码',
  '订单',
  '单号',
  '运单号',
  '运单编号',
  '运单',
  '快递单号',
  '快递号',
  '物流单号',
  '物流号',
  '包裹号',
  '交易号',
  '交易单号',
  '退款编号',
  '退款单号',
  '售后编号',
  '售后单号',
  '售后号',
  '工单号',
  '工单编号',
  '服务单号',
  '服务单编号',
  '投诉单号',
  '流水号',
  '订單號',
  '訂單號',
  'order',
  'order number',
  'order no',
  'order no.',
  'order id',
  'tracking',
  'tracking number',
  'tracking no',
  'tracking no.',
  'waybill',
  'parcel',
  'package',
  'shipment',
  'awb',
  'invoice',
  'invoice no',
  'reference',
  'ref',
  'after-sales no',
  'after-sales number',
  'after-sales',
  'ticket',
  'ticket no',
  'ticket number',
  'case no',
  'case number',
  'case id',
  'número de caso',
  'numero de caso',
  'n.º de caso',
  'caso nº',
  '发票号',
  '顺丰',
  '圆通',
  '中通',
  '申通',
  '韵达',
  '极兔',
  '京东快递',
  '德邦',
  '邮政',
  'pedido',
  'pedido n.º',
  'pedido nº',
  'pedido no',
  'pedido núm',
  'pedido número',
  'número de pedido',
  'numero de pedido',
  'n.º de pedido',
  'seguimiento',
  'número de seguimiento',
  'guía',
  // Courier codes written before the digits with a space (SF 1234567890123): glued to the digits
  // (SF1234567890123) the letters already make it no standalone number.
  'sf',
  'yt',
  'jd',
  'jdv',
  'zto',
  'sto',
  'yd',
  'jt',
  'ems',
  'dpk',
];

/**
 * Latin words that may be glued to the digits of personal data (`tel13812345678`, `vx13812345678`):
 * any other letters before the digits (`SF1381234567890`, `v13812345678`) make it no standalone number.
 *
 * @example
 * GLUED_LABELS.includes('tel'); //=> true
 */
export const GLUED_LABELS: readonly string[] = [
  'tel',
  'phone',
  'mobile',
  'cell',
  'call',
  'mob',
  'vx',
  'wx',
  'whatsapp',
  'movil',
  'telefono',
  'id',
  'dni',
  'card',
  'tarjeta',
];

/**
 * Words just after a number that say it was an order or tracking number (“1550672064762308113 这个订单”).
 *
 * @example
 * ORDER_CONTEXT_AFTER.includes('订单'); //=> true
 */
export const ORDER_CONTEXT_AFTER: readonly string[] = [
  '订单',
  '单号',
  '运单',
  '快递单',
  '这个订单',
  'order',
  'pedido',
];

/**
 * Labels before a name (收货人) or an address (收货地址): what follows is a low-confidence finding,
 * looked for only when the caller asks for the `'name'` or `'address'` kind.
 *
 * @example
 * NAME_LABELS.includes('收货人'); //=> true
 */
export const NAME_LABELS: readonly string[] = [
  '收货人',
  '收件人',
  '联系人',
  '姓名',
  '寄件人',
  '户名',
  '持卡人',
];

/** @see {@link NAME_LABELS} @example ADDRESS_LABELS.includes('地址'); //=> true */
export const ADDRESS_LABELS: readonly string[] = [
  '收货地址',
  '收件地址',
  '详细地址',
  '家庭住址',
  '住址',
  '地址',
];

/**
 * The registrable domains the platform uses (淘宝, 天猫, 支付宝, 天天特卖 and their CDNs and
 * short links): a link to one of them, or to a subdomain, is not a scam signal. Configurable with
 * `assessScamRisk(text, { allowedDomains })`.
 *
 * @example
 * PLATFORM_DOMAINS.includes('tb.cn'); //=> true
 */
export const PLATFORM_DOMAINS: readonly string[] = [
  'taobao.com',
  'tmall.com',
  'tmall.hk',
  'alipay.com',
  'alipay.cn',
  'tb.cn',
  'taobao.net',
  'tbcdn.cn',
  'alicdn.com',
  'aliyun.com',
  'alibaba.com',
  'alibabagroup.com',
  'alimama.com',
  '1688.com',
  'fliggy.com',
];

/**
 * URL shorteners: the real destination of a link through one of them is hidden (tb.cn, the
 * platform's own, is in {@link PLATFORM_DOMAINS} instead).
 *
 * @example
 * URL_SHORTENERS.includes('t.cn'); //=> true
 */
export const URL_SHORTENERS: readonly string[] = [
  't.cn',
  'url.cn',
  'dwz.cn',
  'suo.im',
  'sina.lt',
  'mrw.so',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'is.gd',
  'v.gd',
  'ow.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  's.id',
];

/**
 * The names a lookalike domain imitates: a registrable label within edit distance 2 of one
 * (`ta0bao`, `tmal1`, `alipy`), or a host holding one outside the allow-list (`taobao.refund-center.top`).
 *
 * @example
 * BRAND_NAMES; //=> ['taobao', 'tmall', 'alipay']
 */
export const BRAND_NAMES: readonly string[] = ['taobao', 'tmall', 'alipay'];

/**
 * Labels within edit distance 2 of a brand that are well-known other services, not lookalikes
 * (`gmail` is two edits from `tmall`).
 *
 * @example
 * NOT_LOOKALIKES.includes('gmail'); //=> true
 */
export const NOT_LOOKALIKES: readonly string[] = [
  'gmail',
  'ymail',
  'email',
  'mail',
  'small',
  'mall',
  'hotmail',
  'tumblr',
];

/**
 * Second-level labels under which a registrable domain has three labels (`example.com.cn`).
 *
 * @example
 * PUBLIC_SECOND_LEVELS.includes('com.cn'); //=> true
 */
export const PUBLIC_SECOND_LEVELS: readonly string[] = [
  'com.cn',
  'net.cn',
  'org.cn',
  'gov.cn',
  'edu.cn',
  'ac.cn',
  'com.hk',
  'com.tw',
  'com.mo',
  'co.uk',
  'co.jp',
  'co.kr',
  'com.au',
  'com.sg',
  'com.my',
  'com.es',
  'com.mx',
];

/**
 * Top-level domains that make a bare `name.tld` in text count as a link (with `http://` or `www.`
 * any TLD does; so does a punycode `xn--` one).
 *
 * @example
 * LINK_TLDS.includes('top'); //=> true
 */
export const LINK_TLDS: readonly string[] = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'top',
  'xyz',
  'vip',
  'club',
  'shop',
  'site',
  'online',
  'store',
  'app',
  'link',
  'icu',
  'wang',
  'ltd',
  'live',
  'pro',
  'fun',
  'tech',
  'cn',
  'hk',
  'tw',
  'mo',
  'cc',
  'co',
  'io',
  'me',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'ru',
  'us',
  'uk',
  'jp',
  'kr',
  'de',
  'fr',
  'es',
  'mx',
  'sg',
  'my',
  'vn',
  'th',
  'ph',
  'la',
  'ws',
  'to',
  'tv',
  'pw',
  'su',
  'ly',
  'gd',
  'im',
  'so',
  'lt',
  'at',
  'work',
  'cloud',
  'asia',
  'mobi',
  'cyou',
  'today',
  'help',
  'support',
  'service',
];

/**
 * Numbers that are not suspicious to be told to call: the platform hotline (全国统一客服热线, from
 * the channels area, with and without Beijing's area code), Alipay's customer service line 95188
 * (the platform pays through Alipay), the national anti-fraud warning line 96110 and the police 110.
 *
 * @example
 * OFFICIAL_NUMBERS.includes('96110'); //=> true
 */
export const OFFICIAL_NUMBERS: readonly string[] = [
  HOTLINE_NUMBER,
  `010${HOTLINE_NUMBER}`,
  '95188',
  '96110',
  '110',
];

/**
 * The official advice against fake customer service (冒充客服诈骗), after the Ministry of Public
 * Security's: handle refunds and claims only in the platform's own order flow, never give a code,
 * answer calls from 96110 (the national anti-fraud warning line) and call 110 if defrauded. The
 * `phishing-warning` reply script gives the hotline; this adds what the police say.
 *
 * @example
 * ANTI_FRAUD_ADVICE.en.includes('96110'); //=> true
 */
export const ANTI_FRAUD_ADVICE: LocalizedText = {
  'zh-CN':
    '退款、理赔请只在淘宝App的订单页面办理，任何人索要验证码都不要给；接到96110（国家反诈预警专线）来电请务必接听；如已被骗，请立即拨打110报警。',
  en: 'Handle refunds and claims only on the order page of the Taobao app and never give a verification code to anyone; answer calls from 96110 (the national anti-fraud warning line); if you have been defrauded, call the police on 110 at once.',
  es: 'Tramite reembolsos e indemnizaciones solo en la página del pedido de la app de Taobao y no dé nunca un código de verificación a nadie; conteste las llamadas del 96110 (la línea nacional de alerta antifraude); si ya ha sido víctima de un fraude, llame de inmediato a la policía al 110.',
};

/**
 * Negation cues, and the cues of a supposition (如收到, if someone): in the clause after one (the
 * sentence, in English and Spanish), the wording model reads every feature as a different one and
 * no family word counts: a warning (“客服不会索要验证码”, “请勿将验证码告诉他人”, “if someone
 * claiming to be customer service calls…”) is not a request.
 *
 * @example
 * NEGATIONS.includes('请勿'); //=> true
 */
export const NEGATIONS: readonly string[] = [
  '不会',
  '不要',
  '请勿',
  '切勿',
  '勿',
  '不得',
  '绝不',
  '从不',
  '不能',
  '千万别',
  '别把',
  '不會',
  '請勿',
  '絕不',
  '從不',
  '千萬別',
  '別把',
  '谨防',
  '警惕',
  'never',
  'do not',
  "don't",
  'will not',
  "won't",
  'nunca',
  'no comparta',
  'jamas',
  '如收到',
  '如果收到',
  '如遇',
  '如果有人',
  '若有人',
  'if someone',
  'if anyone',
  'if you receive',
  'si alguien',
  'si recibe',
];

/**
 * Cues of a message that makes no demand of its own: a warning that such requests are scams (都是
 * 诈骗, are scams), or a customer's own code that does not arrive (验证码收不到, isn't arriving, no me
 * llega). In a message holding one the wording signal and the family words do not count; links and
 * numbers still do. A customer reporting a scammer's demand is not among them, even one who refused
 * (“让我报验证码，我没给”): a bot answers it with the warning. Lower case, after `normalizeScamText`
 * (accents dropped).
 *
 * @example
 * NO_DEMAND_CUES.includes('收不到'); //=> true
 */
export const NO_DEMAND_CUES: readonly string[] = [
  '都是诈骗',
  '都是骗子',
  'are scams',
  'son estafas',
  '收不到',
  '没收到',
  '还没来',
  '没有收到',
  '重新发',
  '重新發',
  "isn't arriving",
  'not arriving',
  'not receiving',
  "didn't receive",
  "haven't received",
  "doesn't arrive",
  'never arrives',
  'no me llega',
  'no llega',
  'no recibo',
  'no he recibido',
];

/**
 * A family signal of `assessScamRisk`: its id, its weight and the words that show its topic (a
 * code, a password, a card, screen sharing, a move to another app). A word alone only names the
 * topic: the wording model weighs the rest of the message (who asks, a negation, “收不到”), and a
 * family signal counts only beside a wording weight above zero.
 *
 * @example
 * const rule: ScamRule = { id: 'password-request', weight: 1, anchors: ['密码'] };
 */
export interface ScamRule {
  readonly id: string;
  readonly weight: number;
  readonly anchors: readonly string[];
}

// [id, words separated by |]: lower case, after normalizeScamText; a Latin word matches on word
// boundaries, a stem (agreg*) any word it starts.
const RULE_TABLE: readonly (readonly [id: string, anchors: string])[] = [
  [
    'verification-code-request',
    '验证码|驗證碼|动态码|验正码|yzm|verification code|otp|sms code|the code|digit number|digit code|number in the sms|那个码|位数字|付款码|codigo de verificacion|codigo que|el codigo|校验码|动态密码|one-time code|security code|passcode',
  ],
  ['password-request', '密码|密碼|password|pin|contrasena|clave'],
  [
    'card-details-request',
    '卡号|银行卡|卡號|銀行卡|信用卡|有效期|cvv|card number|card details|bank card|numero de tarjeta|tarjeta bancaria|su tarjeta|your card|储蓄卡|安全码',
  ],
  [
    'screen-sharing',
    '屏幕共享|共享屏幕|萤幕共享|螢幕共享|屏幕gongxiang|开启共享|開啟共享|腾讯会议|騰訊會議|钉钉会议|会议号|會議號|视频会议|会议软件|meeting app|会议id|什么共享|开共享|开会议|进入会议|云视讯|下载钉钉|tencent meeting|zoom|teamviewer|anydesk|远程协助|remote desktop|app de reuniones|see your phone|屏幕分享|共享桌面|投屏|远程控制|向日葵|todesk|remote access|acceso remoto',
  ],
  [
    'off-platform-contact',
    'qq|微信|vx|wx|威信|扣扣|v信|薇信|whatsapp|telegram|wechat|加q|加v|加我好友|加他好友|私下交易|outside the platform|fuera de la plataforma|售后群|退款群|返利群|群号|走线下|纸飞机|站外|平台外|私下联系|线下退款',
  ],
];

/**
 * The family signals of `assessScamRisk` (zh-CN, en, es): one rule each, weight 1.
 *
 * @example
 * SCAM_RULES.map((rule) => rule.id).includes('verification-code-request'); //=> true
 */
export const SCAM_RULES: readonly ScamRule[] = /* @__PURE__ */ RULE_TABLE.map(([id, anchors]) => ({
  id,
  weight: 1,
  anchors: anchors.split('|'),
}));

/**
 * The score at which each level starts: the sum of the weights of the distinct signals found.
 * One weak topic signal (a claim, a membership word) stays `'low'`; a request for a code, a password,
 * screen sharing or a move off the platform reaches `'medium'`; two of them `'high'`.
 *
 * @example
 * SCAM_LEVEL_THRESHOLDS.medium; //=> 3
 */
export const SCAM_LEVEL_THRESHOLDS = { low: 1, medium: 3, high: 6 } as const;

/**
 * The weights of the link and phone signals of `assessScamRisk`, and of the conversation signal
 * raised when an agent (or a bot) asks to move off the platform.
 *
 * @example
 * SIGNAL_WEIGHTS['link-lookalike']; //=> 4
 */
export const SIGNAL_WEIGHTS = {
  'link-unlisted-domain': 2,
  'link-ip': 3,
  'link-shortener': 3,
  'link-punycode': 3,
  'link-mixed-script': 4,
  'link-lookalike': 4,
  'phone-not-hotline': 2,
  'agent-off-platform': 5,
} as const;

/**
 * Words just before a number that present it as one to call (拨打, 致电, 客服电话, call, llame):
 * such a number that is not an official one is the `'phone-not-hotline'` signal.
 *
 * @example
 * CALL_WORDS.includes('拨打'); //=> true
 */
export const CALL_WORDS: readonly string[] = [
  '拨打',
  '致电',
  '回电',
  '来电',
  '客服电话',
  '客服热线',
  '热线',
  '联系电话',
  '电话',
  '专线',
  '联系',
  '请联系',
  'call',
  'phone',
  'hotline',
  'dial',
  'contact',
  'contacte',
  'llame',
  'llamenos',
  'telefono',
];

/**
 * Traditional characters of the scam vocabulary and their Simplified forms, as pairs of characters
 * (“驗验證证…”). The wording model is trained on every labelled message and on its twin written
 * with the Traditional side of these pairs (tools/scam-model.ts), so that a message in Traditional
 * Chinese (請把驗證碼告訴我) reads like one in Simplified with no table in the bundle; the word
 * lists name the Traditional forms of their key words themselves (請勿, 驗證碼, 騰訊會議).
 *
 * @example
 * TRADITIONAL_TO_SIMPLIFIED.slice(0, 4); //=> '驗验證证'
 */
export const TRADITIONAL_TO_SIMPLIFIED =
  '驗验證证碼码帳账賬账號号銀银轉转戶户貸贷額额寶宝會会員员費费賠赔償偿聯联繫系掃扫維维臉脸識识別别務务鏈链結结專专議议訴诉請请給给發发們们報报寫写幫帮這这裡里為为將将開开關关啟启動动註注銷销題题質质檢检線线視视頻频釘钉騰腾訊讯異异凍冻擊击領领損损壞坏遺遗認认說说讓让嗎吗話话電电過过麼么從从絕绝萬万單单傭佣賣卖辦办續续後后時时險险錢钱匯汇網网點点螢萤醫医療疗';
