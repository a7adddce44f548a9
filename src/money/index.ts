// `tiantian-support/money`: promotions and coupons (满减, 优惠券), import tax (跨境综合税, 行邮税) and
// compensation (赔偿), exact to the fen.
export {
  type BestCombination,
  type BestCombinationOptions,
  bestCombination,
  safeBestCombination,
} from './best.js';
export {
  type CompensationProposal,
  type CompensationRequest,
  compensationScriptVariables,
  proposeCompensation,
  safeProposeCompensation,
} from './compensation.js';
export {
  COUPON_REASON_CODES,
  type CouponDiagnosis,
  type CouponReasonCode,
  type DiagnoseCouponOptions,
  diagnoseCoupon,
  safeDiagnoseCoupon,
} from './coupon.js';
export {
  CBEC_REGIMES,
  type CbecRegime,
  COMPENSATION_BASES,
  COMPENSATION_RULES,
  EXHAUSTIVE_COMBINATION_LIMIT,
  GUIDE_MONEY_WORDS,
  HIGH_END_COSMETICS,
  type MoneySource,
  PARCEL_ORIGINS,
  POSTAL_CATEGORIES,
  POSTAL_LIMITS,
  POSTAL_REGIMES,
  type PostalRegime,
} from './data.js';
export { formatYuan, parseYuan } from './fen.js';
export {
  cbecCompositePercent,
  type ImportTaxEstimate,
  type ImportTaxLine,
  type ImportTaxRequest,
  type ImportTaxRule,
  estimateImportTax,
  isHighEndCosmetic,
  safeEstimateImportTax,
} from './import-tax.js';
export { type PriceOptions, priceOrder, safePriceOrder } from './price.js';
export { type RefundReturn, refundAmount } from './refund.js';
export {
  BestCombinationOptionsJsonSchema,
  BestCombinationOptionsSchema,
  CompensationRequestSchema,
  DiagnoseCouponOptionsJsonSchema,
  ImportTaxLineSchema,
  ImportTaxRequestJsonSchema,
  ImportTaxRequestSchema,
  OfferJsonSchema,
  OfferSchema,
  OfferScopeSchema,
  OffersJsonSchema,
  OffersSchema,
  OrderLineSchema,
  OrderSchema,
  PriceOptionsJsonSchema,
  PriceOptionsSchema,
  TierSchema,
} from './schemas.js';
export { splitFen } from './split.js';
export {
  OFFER_KINDS,
  OFFER_LEVELS,
  type Offer,
  type OfferBase,
  type OfferKind,
  type OfferScope,
  type Order,
  type OrderLine,
  type PriceResult,
  SKIP_CODES,
  type SkipCode,
  type SkippedOffer,
} from './types.js';
