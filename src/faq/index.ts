/**
 * `tiantian-support/faq`: from a customer's own words to the right FAQ entry (常见问题), offline,
 * dependency-free and identical in every JavaScript engine. It knows text, not deadlines: the guide's
 * answers as decisions live with the facts they need (`diagnoseUnshippedOrder` in `/sla`, the others
 * in the root entry).
 *
 * @packageDocumentation
 */
export {
  type DurationMention,
  extractEntities,
  type FaqEntities,
  type MoneyMention,
} from './entities.js';
export { defaultFaqEntries } from './knowledge-base.js';
export { DEFAULT_MAX_QUERY_LENGTH, normalizeFaqText } from './normalize.js';
export { createFaqResolver, DEFAULT_FAQ_RESOLVER_OPTIONS, resolveFaq } from './resolver.js';
export { safeResolveFaq } from './safe.js';
export type {
  CustomFaqEntry,
  FaqEntry,
  FaqEntryData,
  FaqMatch,
  FaqResolution,
  FaqResolver,
  FaqResolverOptions,
} from './types.js';
