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
 * the channels area, with and without Beijing's area code), the national anti-fraud warning line
 * 96110 and the police 110.
 *
 * @example
 * OFFICIAL_NUMBERS.includes('96110'); //=> true
 */
export const OFFICIAL_NUMBERS: readonly string[] = [HOTLINE_NUMBER, `010${HOTLINE_NUMBER}`, '96110', '110'];

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
 * One scam signal's word list. The signal fires when an `anchors` word occurs and, if `triggers`
 * are given, a trigger occurs within `window` units of it (a unit is a Han character, a Latin word,
 * a number or a punctuation mark), with no negation (不会, 请勿, never, nunca, …) or `blockers` word
 * among them. A word ending in `*` is a stem: it matches the start of a longer Latin word
 * (`agreg*`: agregue, agreguenos).
 *
 * @example
 * const rule: ScamRule = { id: 'rebate-task', weight: 4, anchors: ['刷单'], blockers: [], window: 8 };
 */
export interface ScamRule {
  readonly id: string;
  readonly weight: number;
  readonly anchors: readonly string[];
  readonly triggers?: readonly string[];
  readonly blockers: readonly string[];
  readonly window: number;
}

/**
 * Negation cues: a request under one is a warning, not a request (“客服不会索要验证码”, “请勿将验证码告诉他人”).
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
  '谨防',
  '警惕',
  '会让我',
  '会要求',
  '会叫我',
  'ever ask',
  'would ask',
  'never',
  'do not',
  "don't",
  'will not',
  "won't",
  'nunca',
  'no le',
  'no comparta',
  'no de',
  'jamas',
];

/**
 * The scam signals of fake customer service (冒充电商物流客服) and its cousins, after the Ministry
 * of Public Security's descriptions: the caller knows the order, claims a lost parcel (快递丢失理赔,
 * 双倍退款), a membership about to charge (取消会员/代理) or a 百万保障 about to expire, moves the
 * talk to QQ/WeChat, asks for the card, password or 短信验证码, screen sharing, face verification
 * or a loan “to raise the credit”; also 刷单返利, 虚假投资理财 and 冒充公检法. Words are in zh, en
 * and es, written lower case; several rules may raise one signal; the weights of distinct signals
 * add up (see `assessScamRisk`).
 *
 * @example
 * SCAM_RULES.map((rule) => rule.id).includes('verification-code-request'); //=> true
 */
// [id, weight, anchors, triggers, blockers, window]: words separated by |, an empty list for none.
type RuleRow = readonly [
  id: string,
  weight: number,
  anchors: string,
  triggers: string,
  blockers: string,
  window: number,
];

const RULE_TABLE: readonly RuleRow[] = [
  [
    'verification-code-request',
    4,
    '验证码|校验码|动态码|短信码|动态密码|验正码|验证吗|yzm|verification code|otp|sms code|the code|digit number|digit code|number in the sms|收到的码|那个码|那串码|one-time code|security code|passcode|位数字|付款码|codigo de verificacion|codigo sms|codigo que|el codigo',
    '告诉|提供|发给|发我|发到我|发到这|报一下|报给|报下|念一下|念给|说一下|读一下|截图|给我|给客服|给他|给对方|发过来|转发|让我|要我|叫我|要求我|让他|要他|让她|要她|问我要|跟我要|tell me|send me|give me|read me|read them|read out|share the|provide|send us|forward|what is the|asked for|asked me|told me to|diga*|dime|envie*|mande*|facilitenos|proporcione|comparta|leame|dignos|me pidi*|deme|dame|les diera|le diera|索要|索取|we need|need your|回复|reply with|responda con',
    "收不到|没收到|收不了|重发|没有收到|not receiving|didn't receive|did not receive|haven't received|didn't get|never got|resend|again|new one|you sent me|expired|no recibo|no me llega|no he recibido|otra vez|de nuevo|me enviaron|重新发|重新获取|再发|再给我发|再次发送|发一次|多少位|发到邮箱|发到手机上|你们给我|给我发的",
    12,
  ],
  [
    'verification-code-request',
    4,
    '短信里|短信上|短信中|里面的数字|上面的数字|那串数字|那几个数字|the digits|the numbers in the|los numeros del|los digitos',
    '报给我|告诉我|发给我|念给我|读给我|报一下|念一下|tell me|read me|send me|diga*|leame|envie*',
    '',
    16,
  ],
  [
    'password-request',
    4,
    '密码|password|pin|contrasena|clave',
    '告诉|提供|发给|发我|报一下|报给|说一下|给我|给客服|输入到|让我|要我|tell me|send me|give me|provide|confirm your|send us|asked for|asked me|diga*|dime|envie*|facilitenos|proporcione|comparta|confirme|me pidi*|索要|索取|we need|need your',
    '忘记|忘了|修改|重置|找回|输错|错误|密码怎么|怎么改|规则|forgot|reset|how to|how do|olvide|restablecer|como cambiar|改密码|change my password|cambiar la contrasena',
    8,
  ],
  [
    'card-details-request',
    3,
    '卡号|银行卡|信用卡|储蓄卡|有效期|安全码|cvv|card number|card details|bank card|numero de tarjeta|datos de la tarjeta|tarjeta bancaria|su tarjeta|tu tarjeta|your card',
    '提供|告诉|发给|发我|报一下|报给|填写|填一下|填了|输入|登记|enter my|type in|让我|要我|让他|要他|让她|要她|asked for|asked me|me pidi*|le diera|les diera|provide|send me|tell me|give me|enter your|confirm your|proporcione|facilitenos|diga*|introduzca|envie*|confirme|索要|we need|need your|necesitamos|拍|照片|问我|问您|余额有多少|gave them|give them|photo|picture|send us|mande*|foto',
    '错误|失败|输不进|怎么|如何|解绑|绑定|我想|可以吗|how do|how can|como',
    8,
  ],
  [
    'screen-sharing',
    4,
    '屏幕共享|共享屏幕|屏幕分享|分享屏幕|萤幕共享|屏幕gongxiang|共享桌面|开启共享|投屏|腾讯会议|钉钉会议|会议号|视频会议|会议软件|会议app|meeting app|会议id|会议码|什么共享|开共享|开个共享|开会议|进入会议|云视讯|云会议|飞书会议|小鱼易连|下载钉钉|向日葵|rustdesk|tencent meeting|zoom|teamviewer|anydesk|todesk|远程控制|远程协助|remote access|acceso remoto|remote desktop|escritorio remoto|control remoto|app de reuniones|videoconferencia|see your phone|远程桌面|远程操作',
    '',
    '什么功能|怎么关|怎么用|how do i',
    8,
  ],
  [
    'screen-sharing',
    4,
    'screen|pantalla',
    'share*|sharing|compart*|viera|ver su|see your',
    'how do i|como',
    6,
  ],
  [
    'off-platform-contact',
    3,
    'qq|微信|vx|wx|威信|扣扣|v信|薇信|line|whatsapp|telegram|wechat',
    '加我|加一下|添加|加个|加他|加她|加对方|加客服|加好友|联系我|私聊|扫码|进群|拉群|add me|add my|add us|add our|join our|message us|added them|add them|add him|contact me|message me|text me|reach me|chat on|move to|continue on|talk on|agreg*|anad*|escrib*|contacteme|hablemos por|continuar por|sigamos por|seguir|me pidi*|asked me|told me|转账|打款|付款|退款|理赔|赔偿|refund*|compensat*|pay|pagar*|transfer*|reembols*|indemniz*',
    '公众号|官方账号|官方微信|可以加|能加|你们有|official account|can i|do you have|cuenta oficial|tienen|微信支付|wechat pay|微信付|退到|退回|pay with|pagar con',
    6,
  ],
  [
    'off-platform-contact',
    3,
    '加qq|加微信|加vx|加wx|加威信|加薇信|加扣扣|加企业微信|加line|加q|加v|加飞机|纸飞机|加我好友|加他好友|加她好友|加个好友|加我为好友|添加好友|qq联系我|qq群|微信群|私下联系|私下交易|站外|平台外|outside the platform|outside the app|fuera de la plataforma|fuera de la app|售后群|退款群|返利群|红包群|群号|线下退款|线下理赔|走线下|线下办理|telegram group|whatsapp group|grupo de whatsapp',
    '',
    '公众号|官方账号|官方微信|可以加|能加|你们有',
    8,
  ],
  [
    'refund-outside-flow',
    3,
    '快递丢失理赔|丢件理赔|退款专员|理赔专员|理赔链接|退款链接|退款二维码|理赔二维码|备用金|主动退款|原路退款失败|refund link|claim link|refund agent|enlace de reembolso',
    '',
    '在哪|哪里|怎么找|我要|我想要|要求|假一赔|退一赔|可以申请|申请双倍|能赔|能不能|可以赔|where is|where do i|i want|donde|quiero',
    8,
  ],
  [
    'product-recall-refund',
    3,
    '甲醛超标|质检不合格|质量不合格|被下架|召回|批次问题|product recall|failed quality inspection|retirada del producto',
    '给您|为您|帮您|您的|退款给|理赔|赔偿|refund you|compensate|reembols*|indemniz*',
    '',
    20,
  ],
  [
    'account-anomaly',
    2,
    '账号异常|账户异常|异常交易|存在异常|异常登录|存在风险|违规|被冻结|unusual activity|suspicious activity|account suspended|account locked|account frozen|actividad sospechosa|cuenta suspendida|cuenta bloqueada|flagged|security check|安全检查',
    '点击|链接|验证|认证|解冻|解除|冻结|注销|保证金|click|verify|link|haga clic|verific*|enlace|transfer|balance|转账|余额|转入|transfiera|saldo',
    '',
    16,
  ],
  [
    'link-prompt',
    1,
    '点击链接|点开链接|点链接|点进去|点这个链接|点击下方链接|点击以下链接|打开链接|登录网址|复制链接到浏览器|click the link|click this link|click here|haga clic|pinche en|abra el enlace',
    '',
    '',
    8,
  ],
  [
    'lost-parcel-claim',
    3,
    '丢失|丢了|丢件|遗失|弄丢|破损|损坏|污染|销毁|lost parcel|lost package|was lost|parcel is lost|package is lost|lost in transit|damaged in transit|paquete perdido|paquete se perdio|paquete extraviado|se extravio',
    '给您理赔|为您理赔|帮您理赔|对您进行|pay you|赔我|赔她|赔他|赔你|要赔|要理赔|要给我|给您赔偿|为您办理|给您办理|帮您办理|给您退款|退款给您|赔偿您|联系您|compensate you|refund you|we will refund|we will compensate|reembols*|indemniz*|您的|your|su paquete|理赔请|赔偿请|asked me|me pagarian|le pagaremos',
    '怎么|如何|怎样|可以吗|能不能|赔偿吗|赔吗|how do i|how can i|como',
    16,
  ],
  [
    'membership-charge-threat',
    3,
    '保障服务|会员|vip|代理|分期服务|分期付款功能|分期功能|扣费功能|金条|白条|分付|月付|放心借|membership|subscription|agent account|membresia|suscripcion|批发商|protection plan',
    '扣费|扣钱|帮您取消|为您取消|给您取消|帮你取消|扣除|扣款|即将到期|到期后|否则|不取消|关闭|影响征信|收取|will be charged|will renew|per month|charged monthly|charged every month|monthly charge|cobro mensual|auto-renew|automatically charged|deducted|expire|se le cobrara|cobro automatico|se cobrara|caduca|每月|每个月|每年|expires today|vence hoy',
    '怎么|如何|怎样|能不能|可以|在哪|多少|会不会|扣费吗|how do i|how to|can i|does the|how much|is my|is it|will i be|como|puedo|me cobraran',
    10,
  ],
  [
    'rebate-task',
    4,
    '刷单|刷信誉|做任务|点赞赚|垫付|垫资|垫钱|提成|做单|返佣|日结|兼职|高佣金|task rebate|like and earn|daily pay|part-time job|prepay|gane comisiones|adelantar el pago|trabajo desde casa|comision diaria|tareas pagadas',
    '',
    '违法|犯法|是什么|illegal|ilegal',
    8,
  ],
  [
    'loan-credit',
    4,
    '让我贷款|让我去贷款|要我贷款|叫我贷款|让我借钱|让我去借|要我借钱|asked me to take a loan|told me to take a loan|que pidiera un prestamo',
    '',
    '',
    8,
  ],
  [
    'loan-credit',
    4,
    '征信|贷款|网贷|借呗|微粒贷|额度|金条|白条|学生账户|学生账号|流水|credit score|credit record|loan|prestamo|historial crediticio|credito|校园贷|学生贷|jiebei|weilidai|baitiao',
    '影响|修复|注销|提高|提升|刷|验证|开通|申请|冻结|借钱|借出|贷出|额度|affect*|raise|increase|improve|damage|drop|take a loan|verify|afect*|aument*|mejor*|danar|verific*|borrow|pedir|pida|subir',
    '怎么|如何|怎样|征信吗|影响吗|会不会|how do i|how to|how can i|como',
    8,
  ],
  ['safe-account-transfer', 5, '安全账户|安全帐户|safe account|cuenta segura', '', '', 8],
  [
    'safe-account-transfer',
    5,
    '指定账户|对公账户|转账到|转到|解冻|保证金|secure account|transfer the money|transfer to this account|unfreeze|transfiera|transferir el dinero|descongelar',
    '转账|转入|汇款|打款|转到|账户|解冻|缴纳|才能|transfer|wire|send|account|money|transfiera|cuenta|dinero',
    '开店|店铺|入驻|商家',
    12,
  ],
  [
    'qr-code',
    3,
    '扫这个码|扫一下这个码|扫描这个码|扫下面的码|另一部手机|另外一部手机|另一台手机|另一个手机',
    '扫|码|请您|用',
    '失败|付款|支付|签收|取件|不出|扫不|不了',
    10,
  ],
  [
    'qr-code',
    3,
    '二维码|扫码|扫一扫|qr code|codigo qr',
    '退款|理赔|领取|赔偿|赔付|返现|让我|要我|叫我|refund|claim|compensation|asked me|scan a|scan the|scan this|reembolso|indemnizacion|recibir|escane*|手续费|费用|fee|tarifa',
    '签收|取件|优惠券|coupon|cupon|官方app|official app|app oficial|淘宝app|taobao app',
    14,
  ],
  [
    'face-verification',
    3,
    '人脸识别|刷脸|视频认证|视频验证|video verification|人脸验证|面部识别|face verification|facial recognition|face scan|verificacion facial|reconocimiento facial|su rostro|your face|对着镜头|眨眼|look at the camera|mire a la camara',
    '配合|需要您|请您|进行|完成|按照|要我|让我|先|please|must|complete|por favor|necesita|debe|completar|要做|做一下|链接|打开|link|open|need|enlace|abra|necesitamos',
    '失败|不了|不成功|不通过|要怎么|failed|failing|falla|no funciona|how do|how to|为什么|why|por que|do i need',
    8,
  ],
  [
    'authority-impersonation',
    4,
    '公安局|公安机关|民警|检察院|法院传票|通缉|洗钱|涉嫌|逮捕|money laundering|arrest warrant|police case|lavado de dinero|orden de arresto|诈骗案|涉案|国家安全账户|缉私|警官|刑警|police officer|contraband|seized by customs|contrabando',
    '',
    '电话是多少|电话多少|号码是多少|在哪|怎么报警|phone number',
    8,
  ],
  [
    'investment-lure',
    3,
    '稳赚|高收益|高回报|带单|导师|投资群|理财群|内幕消息|保本|月收益|guaranteed return|guaranteed returns|guaranteed profit|high returns|investment group|rentabilidad garantizada|ganancias garantizadas|理财平台|投资平台|日收益|收益稳定|带你赚钱|虚拟币|usdt|investment platform|daily return*|daily profit*|plataforma de inversion|rentabilidad diaria',
    '',
    '',
    8,
  ],
  [
    'refund-outside-flow',
    3,
    '双倍|三倍|两倍|翻倍|double|triple|twice|three times|el doble',
    '退款|退还|赔|返还|refund*|compensat*|pay|repay|reembols*|indemniz*|paga*|devolv*|的钱|the price|the amount|el precio',
    '积分|points|puntos|假一赔|退一赔|申请|要求|我要|我想|能不能|能赔|会不会|可以赔|可以退|在哪|哪里|怎么|运费|为什么|shipping|envio|where|why|i want|can i|can we|donde|por que|quiero|puedo',
    6,
  ],
  [
    'membership-charge-threat',
    3,
    '百万保障|百万医疗|million protection',
    '电话|打|拨|到期|取消|扣|call|expire*|cancel*|charge*|llam*|venc*|cobr*',
    '是什么|什么意思|what is|que es',
    12,
  ],
  [
    'membership-charge-threat',
    3,
    '操作失误|误操作|误开通|误设|被设为|设成了|设置成了|signed you up|registered you as|enrolled you|le registramos',
    '扣|每月|每个月|取消|charge*|cobr*|monthly|mensual',
    '我不小心|我误|我开通|怎么|如何|how do|how can|como|i accidentally|me equivoque',
    12,
  ],
  [
    'rebate-task',
    4,
    '点赞|日赚|一天赚|每天赚|每单赚|earn|make money|gane|gana*',
    'a day|per day|per task|liking|tasks|commission|al dia|por dia|diario|tareas|me gusta|佣金|返现|返利|日结|每单|垫付|先付',
    '违法|是什么|积分|points|puntos|coins',
    10,
  ],
  [
    'secrecy',
    2,
    "不要告诉家人|不要告诉任何人|不要告诉别人|别告诉家人|保密|don't tell anyone|do not tell anyone|no se lo diga a nadie",
    '',
    '',
    8,
  ],
  [
    'prize-fee',
    3,
    '中奖|抽中|领奖|奖品|被选为|体验官|you won|prize|lottery|premio|ha ganado',
    '交|缴|税|付|保证金|费|fee|tax|pay|deposit|pague|pagar|impuesto|tarifa|cuota',
    '怎么领|如何领|how do i|como',
    20,
  ],
  [
    'payment-request',
    3,
    '入会费|验资|升级商家|income tax|membership fee|cuota de inscripcion',
    '交|缴|先|转|付|pay|transfer|first|pague|pagar|transfiera|abonar',
    '怎么|如何|多少|how much|how do|cuanto|como',
    10,
  ],
  [
    'payment-request',
    3,
    '保证金|押金|手续费|费用|fee|tarifa',
    '即可领取|才能领取|才能到账|to receive|to claim|para recibir',
    '怎么|如何|多少|how much|how do|cuanto|como',
    10,
  ],
  [
    'payment-request',
    2,
    '保证金|押金|deposit|processing fee|deposito',
    '先交|先转|先付|需先|要交|pay first|pay a|pay the|pague|transfiera',
    '怎么|如何|多少|退还|退回|什么时候|how much|how do|when|cuanto|como|cuando',
    10,
  ],
  [
    'app-download',
    2,
    'download|install|descarg*|instal*|下载|安装',
    'app|软件|aplicacion',
    '怎么|如何|淘宝|taobao|官方|official|oficial|how|como|更新|update',
    6,
  ],
  [
    'authority-impersonation',
    4,
    '海关|customs|aduana',
    '违禁|缉私|公安|警官|警察|contraband|police|policia|contrabando',
    '清关|报关|关税|怎么|如何|how|como|duty|tax|impuesto',
    12,
  ],
  [
    'refund-offer',
    2,
    '退款|理赔|赔偿|补偿|refund|compensation|reembolso|compensacion|indemnizacion',
    '下载|安装|扫码|扫描|二维码|加我|共享|download|install|scan|add me|descargue|instale|escanee|agreg*',
    '在哪|哪里|怎么|如何|where|how|donde|como',
    12,
  ],
  // Weak cues (issue #17): alone they stay low; a refund offered plus urgency, a link, a payment or a
  // number to call, or a reported demand plus any topic, adds up to medium.
  [
    'guided-operation',
    2,
    '按我说的|按照我说的|按我的指示|跟着我操作|我来指导|我指导您|我指导你|我教您|按提示操作|配合我操作|需要您配合|请您配合|follow my instructions|i will guide you|siga mis instrucciones|le guiare',
    '',
    '',
    8,
  ],
  [
    'contact-agent',
    1,
    '联系客服专员|联系专员|联系理赔专员|专属客服|专员为您|专人为您|contact our agent|our specialist|nuestro agente',
    '',
    '',
    8,
  ],
  [
    'refund-offer',
    2,
    '给您退|为您退|给你退|退款给您|退款给你|给您理赔|为您理赔|给你理赔|为您赔付|给您赔付|退款待领取|领取退款|领取理赔|退款码|退款需要您|理赔需要您|要给我退|给我办理退|要给我理赔|要给我赔|要退我|退你|链接理赔|链接退款|链接领取|走理赔|理赔流程|拿到赔偿|拿到退款|领到赔偿|退不了款|就退不了|refund you|receive your refund|get your refund|claim your refund|receive the refund|your compensation|release the compensation|devolverle el dinero|devolveremos el dinero|devolverme el dinero|su reembolso|recibir el reembolso|才能理赔|才能到账|才能退|才能赔|speed up the refund',
    '',
    '',
    8,
  ],
  [
    'payment-request',
    3,
    '转1元|转入一元|转一元|转入1元|一元测试|转账测试|send 1 yuan|pay 1 yuan|transfer 1 yuan',
    '',
    '',
    8,
  ],
  [
    'payment-request',
    2,
    '转一笔|转账确认|先转账|转账给他|转给他|转钱给他|缴纳|解冻费|手续费|激活费|把余额转|余额转到|把钱转|转移资金|资金转移|transfer your balance|move your money|pay a fee|transfer it to us|transfer your funds|pague una tarifa|pagar una tarifa|pagar una multa|pagar un deposito',
    '',
    '怎么|多少|如何|how much|how do|cuanto',
    8,
  ],
  [
    'urgency',
    1,
    '马上|立即|立刻|否则|小时内|尽快|将失效|视为放弃|超时就|过期就|赶紧操作|immediately|right now|within 24 hours|or it expires|inmediatamente|en 24 horas|de lo contrario',
    '',
    '',
    8,
  ],
  [
    'app-download',
    2,
    '下载一个|下载个|下载这个|安装一个|安装这个|download an app|que descargara|que instalara',
    '',
    '',
    8,
  ],
  [
    'link-sent',
    2,
    '发了个链接|发了一个链接|给您发一个链接|给您发个链接|发您一个链接|给你发个链接|发来一个链接|发来的链接|发给我一个链接|给我发了链接|sent me a link|texted me a link|me mandaron un enlace|me enviaron un enlace',
    '',
    '',
    8,
  ],
  [
    'reported-demand',
    1,
    '有人|对方|陌生|自称|冒充|那个人|这个人|他说|她说|他们说|打电话说|打来说|短信说|someone|a man|a woman|a guy|claiming|they said|he said|she said|they told me|me llamaron|me llamo|alguien|un hombre|un senor|una mujer|una senora|me escribieron|me dijeron|caller',
    '让我|要我|叫我|要求我|让她|让他|催我|asked me|told me|wanted me|i need to|i had to|i must|me pidi*|que descargara|que transfiriera|que instalara|tenia que',
    '',
    24,
  ],
  [
    'customer-service-impersonation',
    1,
    '淘宝客服|天猫客服|支付宝客服|天天特卖客服|官方客服|淘宝的售后|淘宝售后|快递客服|物流客服|理赔中心|客服中心|taobao customer service|taobao support|alipay customer service|alipay support|courier service|servicio de atencion al cliente|atencion al cliente de taobao',
    "我是|这里是|自称|我们是|冒充|来电|说是|说他是|说她是|this is|i am|i'm|we are|calling from|claimed to be|said he was|said she was|soy|somos|le llamamos|dijo ser|dijo que era",
    '',
    8,
  ],
];

const list = (words: string): readonly string[] => (words === '' ? [] : words.split('|'));

function ruleOf([id, weight, anchors, triggers, blockers, window]: RuleRow): ScamRule {
  const rule: ScamRule = { id, weight, anchors: list(anchors), blockers: list(blockers), window };
  return triggers === '' ? rule : { ...rule, triggers: list(triggers) };
}

/**
 * The scam signals of `assessScamRisk`, one rule each: its id, weight and the words that show it
 * (zh-CN, en, es).
 *
 * @example
 * SCAM_RULES.length > 0; //=> true
 */
export const SCAM_RULES: readonly ScamRule[] = /* @__PURE__ */ RULE_TABLE.map(ruleOf);

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
 * Traditional characters of the scam word lists and their Simplified forms, as pairs of characters
 * (“驗验證证…”): a message in Traditional Chinese (請把驗證碼告訴我) reads like one in Simplified.
 *
 * @example
 * TRADITIONAL_TO_SIMPLIFIED.slice(0, 4); //=> '驗验證证'
 */
export const TRADITIONAL_TO_SIMPLIFIED =
  '驗验證证碼码帳账賬账號号銀银轉转戶户貸贷額额寶宝會会員员費费賠赔償偿聯联繫系掃扫維维臉脸識识別别務务鏈链結结專专議议訴诉請请給给發发們们報报寫写幫帮這这裡里為为將将開开關关啟启動动註注銷销題题質质檢检線线視视頻频釘钉騰腾訊讯異异凍冻擊击領领損损壞坏遺遗認认說说讓让嗎吗話话電电過过麼么從从絕绝萬万單单傭佣賣卖辦办續续後后時时險险錢钱匯汇網网點点螢萤醫医療疗';
