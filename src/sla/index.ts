// tiantian-support/sla: the guide's response promises as deadlines, an SLA policy model with
// pausable clocks, and the guide's other time rules (shipping promise, chat record retention).
export {
  type CountedPeriod,
  type ResponseDeadline,
  type ResponseDeadlineInput,
  responseDeadline,
} from './deadline.js';
export { SLA_EVENT_TYPES, type SlaEvent, type SlaEventType } from './events.js';
export { type GuidePolicyOptions, guidePolicy } from './guide-policy.js';
export {
  defineSlaPolicy,
  SLA_METRICS,
  type SlaMetric,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaTarget,
  type SlaTargetInput,
  type SlaWarning,
} from './policy.js';
export { CHAT_RECORD_RETENTION_MONTHS, SHIPPING_LATE_COMPENSATION } from './data.js';
export { type ChatRecordRetention, chatRecordRetention } from './retention.js';
export { safeResponseDeadline, safeSlaStatus } from './safe.js';
export {
  checkShippingPromise,
  diagnoseUnshippedOrder,
  type ShippingPromiseCheck,
  type ShippingPromiseInput,
  type ShippingState,
  type UnshippedOrderAction,
  type UnshippedOrderDiagnosis,
  type UnshippedOrderInput,
} from './shipping.js';
export {
  type SlaMinutes,
  type SlaState,
  type SlaStatus,
  type SlaTargetStatus,
  slaStatus,
} from './status.js';
export { RETURN_WINDOW_LAW, type ReturnWindow, returnWindow } from './return-window.js';
