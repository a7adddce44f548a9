// The root entry's triage: from a customer's words to everything a bot or an agent needs, and the
// guide's answers Q3–Q5 as decisions over facts (they need more than text, so they live above faq).
export { type CancelOrReturnDecision, cancelOrReturn } from './cancel-or-return.js';
export {
  type CouponCheck,
  type CouponDiagnosis,
  type CouponOrder,
  type CouponOutcome,
  type CouponRules,
  diagnoseCoupon,
} from './coupon.js';
export { type CustomsDocument, type CustomsDocumentsAnswer, customsDocuments } from './customs.js';
export { ESCALATION_CUES, type EscalationSignal, escalationSignal } from './escalation.js';
export {
  type TriageChannel,
  type TriageOptions,
  type TriageResult,
  type TriageScript,
  safeTriage,
  triage,
} from './triage.js';
