import type { Locale, LocalizedText } from './locale.js';

/**
 * The kinds of problem a customer brings (问题类型), in the contract's order. They are also the
 * FAQ intent ids. Q1–Q5 of the source guide come first.
 *
 * @example
 * ISSUE_TYPES[0]; //=> 'paid-not-shipped'
 * ISSUE_TYPES.length; //=> 21
 */
export const ISSUE_TYPES = [
  'paid-not-shipped',
  'not-as-described',
  'coupon-unusable',
  'customs-blocked',
  'mistaken-order',
  'payment-problem',
  'logistics-delay',
  'quality-dispute',
  'return-exchange',
  'contact-human',
  'complaint-followup',
  'compensation',
  'stock-restock',
  'promotion-rules',
  'product-info',
  'cross-border-tax',
  'membership-points',
  'tech-issue',
  'security-fraud',
  'evidence-guide',
  'feedback',
] as const;

/**
 * The id of a kind of problem (问题类型).
 *
 * @example
 * const issue: IssueType = 'coupon-unusable';
 */
export type IssueType = (typeof ISSUE_TYPES)[number];

/**
 * The labels of the three issue types the guide's channel table names (三、3. 合理选择沟通渠道:
 * “紧急支付问题 | 电话/在线客服 | 即时响应”, “物流延迟投诉 | 邮件/社交媒体 | 24小时内”, “商品质量争议 |
 * 在线客服转人工 | 1小时内”), the same objects as their `ISSUE_TYPE_LABELS` entries. Kept apart so that
 * `responseDeadline`, which names only these, does not carry all 21 labels.
 *
 * @example
 * CHANNEL_TABLE_ISSUE_LABELS['logistics-delay'] === ISSUE_TYPE_LABELS['logistics-delay']; //=> true
 */
export const CHANNEL_TABLE_ISSUE_LABELS = {
  'payment-problem': {
    'zh-CN': '紧急支付问题',
    en: 'Urgent payment problem',
    es: 'Problema urgente de pago',
  },
  'logistics-delay': { 'zh-CN': '物流延迟', en: 'Delivery delay', es: 'Retraso en la entrega' },
  'quality-dispute': { 'zh-CN': '商品质量争议', en: 'Quality dispute', es: 'Disputa de calidad' },
} as const satisfies Partial<Record<IssueType, LocalizedText>>;

/**
 * The issue types the guide's channel table names.
 *
 * @example
 * const row: ChannelTableIssueType = 'quality-dispute';
 */
export type ChannelTableIssueType = keyof typeof CHANNEL_TABLE_ISSUE_LABELS;

/**
 * The label of each {@link IssueType} in every locale. The `zh-CN` labels are the ones evidence
 * file names use (订单号+问题类型).
 *
 * @example
 * ISSUE_TYPE_LABELS['quality-dispute']['zh-CN']; //=> '商品质量争议'
 */
// Built in a `/* @__PURE__ */` arrow call: its property reads are not known to be free of side
// effects, and a bundle that needs only `CHANNEL_TABLE_ISSUE_LABELS` must be able to drop it.
export const ISSUE_TYPE_LABELS: Readonly<Record<IssueType, LocalizedText>> = /* @__PURE__ */ (() => ({
  'paid-not-shipped': { 'zh-CN': '支付成功未发货', en: 'Paid but not shipped', es: 'Pagado pero no enviado' },
  'not-as-described': {
    'zh-CN': '商品与描述不符',
    en: 'Item not as described',
    es: 'El artículo no coincide con la descripción',
  },
  'coupon-unusable': {
    'zh-CN': '优惠券无法使用',
    en: 'Coupon cannot be used',
    es: 'El cupón no se puede usar',
  },
  'customs-blocked': {
    'zh-CN': '跨境商品清关受阻',
    en: 'Cross-border item held in customs',
    es: 'Artículo internacional retenido en aduana',
  },
  'mistaken-order': {
    'zh-CN': '误拍商品退款',
    en: 'Refund for an order placed by mistake',
    es: 'Reembolso de un pedido hecho por error',
  },
  'payment-problem': CHANNEL_TABLE_ISSUE_LABELS['payment-problem'],
  'logistics-delay': CHANNEL_TABLE_ISSUE_LABELS['logistics-delay'],
  'quality-dispute': CHANNEL_TABLE_ISSUE_LABELS['quality-dispute'],
  'return-exchange': {
    'zh-CN': '退换货与退款进度',
    en: 'Returns, exchanges and refund status',
    es: 'Devoluciones, cambios y estado del reembolso',
  },
  'contact-human': {
    'zh-CN': '联系人工客服',
    en: 'Contact a human agent',
    es: 'Contactar con un agente humano',
  },
  'complaint-followup': {
    'zh-CN': '投诉进度跟踪',
    en: 'Complaint follow-up',
    es: 'Seguimiento de una reclamación',
  },
  compensation: { 'zh-CN': '赔偿与补偿', en: 'Compensation', es: 'Compensación' },
  'stock-restock': { 'zh-CN': '库存与补货', en: 'Stock and restocking', es: 'Existencias y reposición' },
  'promotion-rules': { 'zh-CN': '活动规则', en: 'Promotion rules', es: 'Reglas de las promociones' },
  'product-info': { 'zh-CN': '商品参数咨询', en: 'Product details', es: 'Detalles del producto' },
  'cross-border-tax': {
    'zh-CN': '跨境税费',
    en: 'Cross-border taxes and duties',
    es: 'Impuestos de importación',
  },
  'membership-points': { 'zh-CN': '会员与积分', en: 'Membership and points', es: 'Membresía y puntos' },
  'tech-issue': { 'zh-CN': '系统故障', en: 'Technical problem', es: 'Problema técnico' },
  'security-fraud': {
    'zh-CN': '安全风险与诈骗',
    en: 'Security risks and fraud',
    es: 'Riesgos de seguridad y fraude',
  },
  'evidence-guide': {
    'zh-CN': '凭证准备与保存',
    en: 'Preparing and keeping evidence',
    es: 'Preparar y conservar pruebas',
  },
  feedback: { 'zh-CN': '建议与评价', en: 'Suggestions and feedback', es: 'Sugerencias y opiniones' },
}))();

/**
 * Whether a value is one of {@link ISSUE_TYPES}.
 *
 * @param value - anything
 * @returns true for a known issue type id
 * @example
 * isIssueType('logistics-delay'); //=> true
 * isIssueType('weather'); //=> false
 */
export function isIssueType(value: unknown): value is IssueType {
  return (ISSUE_TYPES as readonly unknown[]).includes(value);
}

/**
 * The label of an issue type in one locale.
 *
 * @param issueType - the issue type
 * @param locale - the locale (default `'zh-CN'`)
 * @returns the label, e.g. the 问题类型 part of an evidence file name
 * @example
 * issueTypeLabel('mistaken-order'); //=> '误拍商品退款'
 * issueTypeLabel('mistaken-order', 'en'); //=> 'Refund for an order placed by mistake'
 */
export function issueTypeLabel(issueType: IssueType, locale: Locale = 'zh-CN'): string {
  return ISSUE_TYPE_LABELS[issueType][locale];
}
