/**
 * `tiantian-support/faq`: from a customer's own words to the right FAQ entry (常见问题), offline,
 * dependency-free and identical in every JavaScript engine; plus the guide's answers as decisions.
 *
 * @packageDocumentation
 */
export { defaultFaqEntries } from './knowledge-base.js';
export { DEFAULT_MAX_QUERY_LENGTH, normalizeFaqText } from './normalize.js';
export { createFaqResolver, DEFAULT_FAQ_RESOLVER_OPTIONS, resolveFaq } from './resolver.js';
export { FaqEntrySchema, FaqResolverOptionsSchema } from './schemas.js';
export type { FaqEntry, FaqMatch, FaqResolution, FaqResolver, FaqResolverOptions } from './types.js';
export {
  type CancelOrReturnDecision,
  type CouponCheck,
  type CouponDiagnosis,
  type CouponOrder,
  type CouponOutcome,
  type CouponRules,
  type CustomsDocument,
  type CustomsDocumentsAnswer,
  cancelOrReturn,
  customsDocuments,
  diagnoseCoupon,
  diagnoseUnshippedOrder,
  type UnshippedOrderAction,
  type UnshippedOrderDiagnosis,
  type UnshippedOrderInput,
} from './decisions.js';
