// The evidence area's guide facts (三.1 提前准备关键信息, 三.5 妥善保存沟通证据 and the evidence Q1–Q4
// name), each beside the guide's words: the picture and naming rules, the keeping rules, every
// evidence item and which items each issue type's checklist holds. The checklists (checklists.ts),
// the picture check (image-size.ts) and the file names use them.
import type { IssueType } from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';
import { CHAT_RECORD_RETENTION_MONTHS } from '../sla/data.js';

/**
 * The guide's resolution rule (图片分辨率建议800×600以上), phrased so that rotation does not
 * matter: the long side at least 800 pixels and the short side at least 600.
 *
 * @example
 * MINIMUM_RESOLUTION; //=> { longSide: 800, shortSide: 600 }
 */
export const MINIMUM_RESOLUTION = { longSide: 800, shortSide: 600 } as const;

/**
 * The naming rule of every evidence file (文件命名格式为“订单号+问题类型”), as a pattern.
 *
 * @example
 * EVIDENCE_NAMING_PATTERN; //=> '{orderId}+{issueType}[-{sequence}].{extension}'
 */
export const EVIDENCE_NAMING_PATTERN = '{orderId}+{issueType}[-{sequence}].{extension}' as const;

/**
 * One of the guide's rules for keeping proof (妥善保存沟通证据).
 *
 * @example
 * const rule: EvidenceKeepingRule = EVIDENCE_KEEPING_RULES[1];
 * rule.minimumMonths; //=> 1
 */
export interface EvidenceKeepingRule {
  readonly id: 'call-recording' | 'chat-archive' | 'third-party-witness';
  readonly name: LocalizedText;
  readonly rule: LocalizedText;
  /**
   * How long to keep it in months, when the guide says (至少1个月), counted as `chatRecordRetention`
   * (tiantian-support/sla) counts it: to 24:00 of the corresponding day of the next month.
   */
  readonly minimumMonths: number | null;
}

/**
 * The guide's three rules for keeping proof: 录音记录 (tell the other side before recording a
 * call), 文字存档 (keep chat logs complete for at least a month), 第三方见证 (a third party for
 * major disputes).
 *
 * @example
 * EVIDENCE_KEEPING_RULES.map((r) => r.id); //=> ['call-recording', 'chat-archive', 'third-party-witness']
 */
export const EVIDENCE_KEEPING_RULES: readonly EvidenceKeepingRule[] = /* @__PURE__ */ Object.freeze([
  {
    id: 'call-recording',
    name: { 'zh-CN': '录音记录', en: 'Call recording', es: 'Grabación de llamadas' },
    rule: {
      'zh-CN': '电话沟通时应提前告知对方进行录音',
      en: 'When talking on the phone, tell the other side beforehand that you are recording.',
      es: 'Al hablar por teléfono, avise antes a la otra parte de que graba la llamada.',
    },
    minimumMonths: null,
  },
  {
    id: 'chat-archive',
    name: { 'zh-CN': '文字存档', en: 'Chat archive', es: 'Archivo de chats' },
    rule: {
      'zh-CN': '在线聊天记录需完整保存至少1个月',
      en: 'Keep online chat logs complete for at least one month.',
      es: 'Conserve completos los chats en línea durante al menos un mes.',
    },
    minimumMonths: CHAT_RECORD_RETENTION_MONTHS,
  },
  {
    id: 'third-party-witness',
    name: { 'zh-CN': '第三方见证', en: 'Third-party witness', es: 'Testigo externo' },
    rule: {
      'zh-CN': '重大纠纷可邀请平台监察部门介入',
      en: "In a major dispute, ask the platform's supervision department to step in.",
      es: 'En una disputa grave, pida la intervención del departamento de supervisión de la plataforma.',
    },
    minimumMonths: null,
  },
]);

/** What kind of file proves an item. */
export type EvidenceKind = 'picture' | 'video' | 'audio' | 'document';

/**
 * The rules a file for one checklist item follows.
 *
 * @example
 * const rules: EvidenceRules = EVIDENCE_CHECKLISTS['quality-dispute'][0].rules;
 */
export interface EvidenceRules {
  /** Accepted file extensions, lower case, without the dot. */
  readonly formats: readonly string[];
  /** The minimum size of a picture, or `null` when the item is not a picture (a video, a recording). */
  readonly minimumResolution: typeof MINIMUM_RESOLUTION | null;
  /** The naming rule: 订单号+问题类型. */
  readonly naming: typeof EVIDENCE_NAMING_PATTERN;
}

/**
 * One item of an evidence checklist (必备材料): what to provide, why, and its rules.
 *
 * @example
 * const item: EvidenceItem = getEvidenceChecklist('not-as-described')[0];
 * item.name.en; //=> 'Order screenshot'
 */
export interface EvidenceItem {
  /** Stable id, e.g. `'order-screenshot'`. */
  readonly id: EvidenceItemId;
  readonly name: LocalizedText;
  /** Why support needs it. */
  readonly why: LocalizedText;
  readonly kind: EvidenceKind;
  readonly rules: EvidenceRules;
  /** Whether the case is incomplete without it. */
  readonly required: boolean;
  /** Words that, found in a file name, say which item the file proves (any locale, lower case). */
  readonly keywords: readonly string[];
}

const PICTURE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'avif', 'gif', 'bmp'] as const;
const VIDEO_FORMATS = ['mp4', 'mov', 'm4v', 'webm', '3gp'] as const;
const DOCUMENT_FORMATS = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'avif'] as const;

const AUDIO_FORMATS = ['m4a', 'mp3', 'aac', 'amr', 'wav', 'ogg'] as const;

const PICTURE: EvidenceRules = {
  formats: PICTURE_FORMATS,
  minimumResolution: MINIMUM_RESOLUTION,
  naming: EVIDENCE_NAMING_PATTERN,
};
const VIDEO: EvidenceRules = {
  formats: VIDEO_FORMATS,
  minimumResolution: null,
  naming: EVIDENCE_NAMING_PATTERN,
};
// A call recording (录音记录) is audio: no picture rule.
const AUDIO: EvidenceRules = {
  formats: AUDIO_FORMATS,
  minimumResolution: null,
  naming: EVIDENCE_NAMING_PATTERN,
};
// A document may be a PDF or a photo of the paper; a photo still follows the resolution rule.
const DOCUMENT: EvidenceRules = {
  formats: DOCUMENT_FORMATS,
  minimumResolution: MINIMUM_RESOLUTION,
  naming: EVIDENCE_NAMING_PATTERN,
};

/**
 * An entry of `EVIDENCE_ITEMS`: an evidence item before a checklist says whether it is required.
 *
 * @example
 * const definition: EvidenceItemDefinition = EVIDENCE_ITEMS['order-screenshot'];
 */
export type EvidenceItemDefinition = Omit<EvidenceItem, 'id' | 'required' | 'rules'> & {
  readonly rules: EvidenceRules;
};

const item = (
  name: LocalizedText,
  why: LocalizedText,
  kind: EvidenceKind,
  keywords: readonly string[],
): EvidenceItemDefinition => ({
  name,
  why,
  kind,
  rules: kind === 'picture' ? PICTURE : kind === 'video' ? VIDEO : kind === 'audio' ? AUDIO : DOCUMENT,
  keywords,
});

/**
 * Every evidence item the checklists use, by id. The first four are the guide's 必备材料清单
 * (订单截图、支付凭证、商品实物照片、聊天记录截屏).
 *
 * @example
 * EVIDENCE_ITEMS['payment-proof'].name['zh-CN']; //=> '支付凭证'
 */
// Built in a `/* @__PURE__ */` arrow call (`item()` is a call): a bundle that needs only the
// resolution or naming rule of this module drops the table.
export const EVIDENCE_ITEMS = /* @__PURE__ */ (() =>
  ({
    // “必备材料清单:订单截图、支付凭证、商品实物照片、聊天记录截屏” (三.1): the first of the four.
    'order-screenshot': item(
      { 'zh-CN': '订单截图', en: 'Order screenshot', es: 'Captura del pedido' },
      {
        'zh-CN': '证明订单存在,显示订单号、商品、金额和下单时间。',
        en: 'Proves the order exists: it shows the order number, the item, the amount and when it was placed.',
        es: 'Demuestra que el pedido existe: muestra el número, el artículo, el importe y la fecha.',
      },
      'picture',
      ['订单截图', '订单', 'order', 'pedido'],
    ),
    // “必备材料清单:…支付凭证…” (三.1)
    'payment-proof': item(
      { 'zh-CN': '支付凭证', en: 'Payment proof', es: 'Comprobante de pago' },
      {
        'zh-CN': '证明已付款及付款金额、时间和方式。',
        en: 'Proves you paid, how much, when and how.',
        es: 'Demuestra que pagó, cuánto, cuándo y cómo.',
      },
      'picture',
      ['支付凭证', '支付', '付款', 'payment', 'receipt', 'pago', 'comprobante'],
    ),
    // “必备材料清单:…商品实物照片…” (三.1)
    'item-photos': item(
      { 'zh-CN': '商品实物照片', en: 'Photos of the item', es: 'Fotos del artículo' },
      {
        'zh-CN': '让客服看到收到的实物状况。',
        en: 'Lets support see the item you actually received.',
        es: 'Permite ver el artículo que realmente recibió.',
      },
      'picture',
      ['实物', '商品照片', 'item', 'photo', 'producto', 'foto'],
    ),
    // “必备材料清单:…聊天记录截屏” (三.1)
    'chat-screenshots': item(
      { 'zh-CN': '聊天记录截屏', en: 'Chat screenshots', es: 'Capturas del chat' },
      {
        'zh-CN': '记录与商家或客服的沟通和承诺。',
        en: 'Records what the seller or support said and promised.',
        es: 'Registra lo que el vendedor o el soporte dijo y prometió.',
      },
      'picture',
      ['聊天', '对话', 'chat', 'conversation', 'conversación'],
    ),
    // Q2 “拍照取证后发起退货申请,同步向客服提供对比图佐证”
    'comparison-photos': item(
      { 'zh-CN': '描述与实物对比图', en: 'Comparison pictures', es: 'Imágenes comparativas' },
      {
        'zh-CN': '把商品页描述与实物并排对照,证明不符(拍照取证,同步向客服提供对比图佐证)。',
        en: 'Puts the listing and the item side by side to show the difference.',
        es: 'Pone el anuncio y el artículo lado a lado para mostrar la diferencia.',
      },
      'picture',
      ['对比', 'comparison', 'compare', 'comparación', 'comparativa'],
    ),
    'listing-screenshot': item(
      { 'zh-CN': '商品详情页截图', en: 'Listing screenshot', es: 'Captura del anuncio' },
      {
        'zh-CN': '保存下单时商家的描述、参数和承诺。',
        en: "Keeps the seller's description, specifications and promises as they were when you ordered.",
        es: 'Conserva la descripción, los datos y las promesas del vendedor al comprar.',
      },
      'picture',
      ['详情', '描述', 'listing', 'description', 'anuncio', 'descripción'],
    ),
    'defect-photos': item(
      { 'zh-CN': '问题部位特写照片', en: 'Close-up photos of the defect', es: 'Fotos de cerca del defecto' },
      {
        'zh-CN': '清楚显示破损或故障部位,供质量问题仲裁和第三方检测。',
        en: 'Shows the damage or fault clearly, for quality arbitration and third-party testing.',
        es: 'Muestra con claridad el daño o fallo, para el arbitraje de calidad.',
      },
      'picture',
      ['破损', '瑕疵', '故障', '特写', 'defect', 'damage', 'broken', 'defecto', 'daño'],
    ),
    'defect-video': item(
      { 'zh-CN': '故障演示视频', en: 'Video of the fault', es: 'Vídeo del fallo' },
      {
        'zh-CN': '功能故障用视频比照片更能说明问题。',
        en: 'A functional fault shows better on video than in a photo.',
        es: 'Un fallo de funcionamiento se ve mejor en vídeo que en foto.',
      },
      'video',
      ['视频', '录像', 'video', 'vídeo'],
    ),
    'unboxing-video': item(
      { 'zh-CN': '开箱视频', en: 'Unboxing video', es: 'Vídeo del desembalaje' },
      {
        'zh-CN': '证明问题在开箱时已存在。',
        en: 'Proves the problem was there when the parcel was opened.',
        es: 'Demuestra que el problema existía al abrir el paquete.',
      },
      'video',
      ['开箱', 'unboxing', 'desembalaje'],
    ),
    'tracking-screenshot': item(
      { 'zh-CN': '物流轨迹截图', en: 'Tracking screenshot', es: 'Captura del seguimiento' },
      {
        'zh-CN': '显示物流单号和最后一次更新,证明延迟或停滞。',
        en: 'Shows the tracking number and the last update, proving the delay.',
        es: 'Muestra el número de seguimiento y la última actualización.',
      },
      'picture',
      ['物流', '快递', '轨迹', 'tracking', 'logistics', 'shipping', 'seguimiento', 'envío'],
    ),
    // Q1 “若超过承诺时间未发货,可申请双倍赔偿”: the promised time is the proof.
    'shipping-promise': item(
      { 'zh-CN': '承诺发货时间截图', en: 'Promised shipping time', es: 'Plazo de envío prometido' },
      {
        'zh-CN': '超过承诺时间未发货可申请双倍赔偿,需证明承诺的时间。',
        en: 'Late shipping can earn double compensation; this proves the promised time.',
        es: 'El envío tardío puede dar doble compensación; esto prueba el plazo prometido.',
      },
      'picture',
      ['承诺', '发货时间', 'promise', 'promised', 'plazo'],
    ),
    // Q4 “提供购买发票、成分证明等材料,客服协助联系海关”
    'purchase-invoice': item(
      { 'zh-CN': '购买发票', en: 'Purchase invoice', es: 'Factura de compra' },
      {
        'zh-CN': '海关核验价值与来源需要购买发票。',
        en: 'Customs checks the value and origin of the goods against the invoice.',
        es: 'La aduana comprueba el valor y el origen con la factura.',
      },
      'document',
      ['发票', 'invoice', 'factura'],
    ),
    // Q4 “提供购买发票、成分证明等材料”
    'ingredient-proof': item(
      { 'zh-CN': '成分证明', en: 'Ingredient proof', es: 'Certificado de composición' },
      {
        'zh-CN': '食品、化妆品等清关需要成分证明。',
        en: 'Food, cosmetics and similar goods need proof of ingredients to clear customs.',
        es: 'Alimentos, cosméticos y similares necesitan certificado de composición.',
      },
      'document',
      ['成分', 'ingredient', 'composition', 'composición', 'ingredientes'],
    ),
    'customs-notice': item(
      { 'zh-CN': '海关或物流通知截图', en: 'Customs notice', es: 'Aviso de aduana' },
      {
        'zh-CN': '说明清关受阻的原因和要求补充的材料。',
        en: 'Shows why the parcel is held and what customs asks for.',
        es: 'Muestra por qué está retenido y qué pide la aduana.',
      },
      'picture',
      ['海关', '清关', 'customs', 'aduana'],
    ),
    'tax-bill': item(
      { 'zh-CN': '税费账单', en: 'Tax bill', es: 'Liquidación de impuestos' },
      {
        'zh-CN': '核对关税计算是否正确。',
        en: 'Lets support check how the duties were calculated.',
        es: 'Permite comprobar el cálculo de los impuestos.',
      },
      'document',
      ['税', 'tax', 'duty', 'impuesto'],
    ),
    'payment-records': item(
      { 'zh-CN': '支付流水记录', en: 'Payment records', es: 'Registro de pagos' },
      {
        'zh-CN': '银行或支付宝流水,核查扣款、重复扣款或退款。',
        en: 'Bank or Alipay statements, to trace a charge, a double charge or a refund.',
        es: 'Extractos del banco o de Alipay para rastrear cargos o reembolsos.',
      },
      'picture',
      ['流水', '账单', '扣款', 'statement', 'transaction', 'records', 'extracto', 'movimientos'],
    ),
    'error-screenshot': item(
      { 'zh-CN': '错误提示截图', en: 'Error screenshot', es: 'Captura del error' },
      {
        'zh-CN': '帮助技术支持定位支付失败、页面卡顿等问题根源。',
        en: 'Helps tech support find the cause of a failed payment or a frozen page.',
        es: 'Ayuda a encontrar la causa de un pago fallido o una página bloqueada.',
      },
      'picture',
      ['错误', '报错', '故障截图', 'error', 'fallo'],
    ),
    // Q3 “检查券有效期及使用门槛,若仍无效可申请人工核销”
    'coupon-screenshot': item(
      { 'zh-CN': '优惠券详情截图', en: 'Coupon screenshot', es: 'Captura del cupón' },
      {
        'zh-CN': '显示券的有效期与使用门槛,供人工核销。',
        en: 'Shows the validity and minimum spend, so an agent can apply it by hand.',
        es: 'Muestra la validez y el gasto mínimo para aplicarlo a mano.',
      },
      'picture',
      ['优惠券', '券', 'coupon', 'cupón'],
    ),
    'promotion-screenshot': item(
      { 'zh-CN': '活动页面截图', en: 'Promotion page screenshot', es: 'Captura de la promoción' },
      {
        'zh-CN': '保存活动规则(限时折扣、满减、叠加)原文。',
        en: 'Keeps the promotion rules (time-limited discounts, spend thresholds, stacking) as written.',
        es: 'Conserva las reglas de la promoción tal como estaban escritas.',
      },
      'picture',
      ['活动', '满减', '促销', 'promotion', 'promo', 'promoción'],
    ),
    'return-tracking': item(
      { 'zh-CN': '退货寄回单号截图', en: 'Return shipment receipt', es: 'Resguardo de la devolución' },
      {
        'zh-CN': '证明已寄回并可查询退款进度。',
        en: 'Proves the item was sent back, so the refund can be traced.',
        es: 'Demuestra que se devolvió el artículo para seguir el reembolso.',
      },
      'picture',
      ['退货', '寄回', 'return', 'devolución'],
    ),
    'complaint-record': item(
      { 'zh-CN': '投诉记录截图', en: 'Complaint record', es: 'Registro de la reclamación' },
      {
        'zh-CN': '投诉编号与已有处理进度,便于专属档案持续跟进。',
        en: 'The complaint number and progress so far, for the case file.',
        es: 'El número de la reclamación y su avance, para el expediente.',
      },
      'picture',
      ['投诉', 'complaint', 'reclamación', 'queja'],
    ),
    'points-screenshot': item(
      { 'zh-CN': '会员积分页面截图', en: 'Membership and points screenshot', es: 'Captura de puntos' },
      {
        'zh-CN': '显示会员等级与积分变动。',
        en: 'Shows the membership level and the points history.',
        es: 'Muestra el nivel de membresía y los movimientos de puntos.',
      },
      'picture',
      ['积分', '会员', 'points', 'membership', 'puntos'],
    ),
    'stock-screenshot': item(
      { 'zh-CN': '库存状态截图', en: 'Stock status screenshot', es: 'Captura del stock' },
      {
        'zh-CN': '显示缺货或补货提示。',
        en: 'Shows the out-of-stock or restock notice.',
        es: 'Muestra el aviso de agotado o reposición.',
      },
      'picture',
      ['库存', '缺货', 'stock', 'existencias'],
    ),
    'suspicious-message': item(
      { 'zh-CN': '可疑信息截图', en: 'Suspicious message screenshot', es: 'Captura del mensaje sospechoso' },
      {
        'zh-CN': '钓鱼链接、冒充客服的号码或短信,用于识别并阻断诈骗。',
        en: 'Phishing links, fake support numbers or texts, to identify and block the fraud.',
        es: 'Enlaces de phishing o números falsos, para bloquear el fraude.',
      },
      'picture',
      ['可疑', '诈骗', '钓鱼', 'phishing', 'fraud', 'scam', 'fraude', 'estafa'],
    ),
    // “录音记录:电话沟通时应提前告知对方进行录音” (三.5): audio, not a picture.
    'call-recording': item(
      { 'zh-CN': '通话录音', en: 'Call recording', es: 'Grabación de la llamada' },
      {
        'zh-CN': '录音记录:电话沟通时应提前告知对方进行录音。',
        en: 'Record phone calls, telling the other side beforehand.',
        es: 'Grabe las llamadas avisando antes a la otra parte.',
      },
      'audio',
      ['录音', 'recording', 'grabación'],
    ),
  }) as const satisfies Record<string, EvidenceItemDefinition>)();

/**
 * The id of an evidence item.
 *
 * @example
 * const id: EvidenceItemId = 'purchase-invoice';
 */
export type EvidenceItemId = keyof typeof EVIDENCE_ITEMS;

/** The guide's four materials (“必备材料清单:订单截图、支付凭证、商品实物照片、聊天记录截屏”), required for every order-bound issue. */
const BASE = ['order-screenshot', 'payment-proof', 'item-photos', 'chat-screenshots'] as const;

// [required ids, optional ids] per issue type. Issues without an item in hand (coupon, stock,
// rules…) require only what proves them; the guide's four stay as optional support.
/**
 * Which items each issue type's checklist holds: [required ids, optional ids].
 *
 * @example
 * EVIDENCE_PLAN['customs-blocked'][0]; //=> ['order-screenshot', 'payment-proof', 'purchase-invoice', 'ingredient-proof']
 */
// In a `/* @__PURE__ */` arrow call: the spreads of BASE are not known to be free of side effects.
export const EVIDENCE_PLAN: Readonly<
  Record<IssueType, readonly [readonly EvidenceItemId[], readonly EvidenceItemId[]]>
> = /* @__PURE__ */ (() => ({
  'paid-not-shipped': [['order-screenshot', 'payment-proof', 'shipping-promise'], ['chat-screenshots']],
  'not-as-described': [
    [...BASE, 'comparison-photos'],
    ['listing-screenshot', 'unboxing-video'],
  ],
  'coupon-unusable': [
    ['coupon-screenshot', 'order-screenshot'],
    ['error-screenshot', 'chat-screenshots'],
  ],
  'customs-blocked': [
    ['order-screenshot', 'payment-proof', 'purchase-invoice', 'ingredient-proof'],
    ['customs-notice', 'chat-screenshots'],
  ],
  'mistaken-order': [
    ['order-screenshot', 'payment-proof'],
    ['tracking-screenshot', 'chat-screenshots'],
  ],
  'payment-problem': [['order-screenshot', 'payment-proof', 'payment-records'], ['error-screenshot']],
  'logistics-delay': [
    ['order-screenshot', 'tracking-screenshot'],
    ['chat-screenshots', 'payment-proof'],
  ],
  'quality-dispute': [
    [...BASE, 'defect-photos'],
    ['defect-video', 'unboxing-video'],
  ],
  'return-exchange': [
    ['order-screenshot', 'return-tracking'],
    ['item-photos', 'chat-screenshots'],
  ],
  'contact-human': [[], ['order-screenshot', 'chat-screenshots']],
  'complaint-followup': [
    ['complaint-record', 'chat-screenshots'],
    ['order-screenshot', 'call-recording'],
  ],
  compensation: [[...BASE], ['shipping-promise', 'defect-photos', 'call-recording']],
  'stock-restock': [['stock-screenshot'], ['listing-screenshot']],
  'promotion-rules': [['promotion-screenshot'], ['order-screenshot', 'payment-proof']],
  'product-info': [['listing-screenshot'], ['chat-screenshots']],
  'cross-border-tax': [
    ['order-screenshot', 'tax-bill'],
    ['purchase-invoice', 'payment-records'],
  ],
  'membership-points': [['points-screenshot'], ['order-screenshot']],
  'tech-issue': [['error-screenshot'], ['order-screenshot', 'payment-records']],
  'security-fraud': [['suspicious-message'], ['payment-records', 'chat-screenshots', 'call-recording']],
  'evidence-guide': [[...BASE], ['call-recording']],
  feedback: [[], ['listing-screenshot', 'chat-screenshots']],
}))();
