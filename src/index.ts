// tiantian-support: everything. Each area is also its own subpath entry (tiantian-support/<area>).
// The channels' `isOpen(channel, at)` and `nextOpening(channel, at)` are exported here only as
// `isChannelOpen` and `nextChannelOpening`: the calendar's `isOpen(at, hours)` keeps the plain names.
export * from './calendar/index.js';
export {
  BEIJING_AREA_CODE,
  CHANNEL_RECOMMENDATIONS,
  CHANNELS,
  type Channel,
  type ChannelRecommendation,
  type ChannelTableRow,
  type ComposedEmail,
  CUSTOMER_SERVICE_EMAIL,
  composeEmail,
  DUTY_IDS,
  type DutyId,
  detectHandoff,
  safeDetectHandoff,
  EMAIL_REQUIRED_PARTS,
  type EmailRequest,
  GUIDE_CHANNEL_TABLE,
  GUIDE_RESPONSE_TARGETS,
  getChannel,
  HANDOFF_PHRASES,
  HOTLINE_NUMBER,
  type HandoffDetection,
  type HandoffPhrase,
  type HotlineCaller,
  type HotlineDialing,
  hotlineDialString,
  ISSUE_TYPE_OWNERS,
  type IssueOwner,
  isChannelOpen,
  nextChannelClosing,
  nextChannelOpening,
  type RecommendChannelsOptions,
  type RecommendationEntry,
  type RecommendationRule,
  type RecommendationTier,
  type ResponseTarget,
  recommendChannels,
  routeToServiceModule,
  SERVICE_MODULE_IDS,
  SERVICE_MODULES,
  type ServiceDuty,
  type ServiceModule,
  type ServiceModuleId,
  type ServiceRoute,
  SOCIAL_MEDIA_OPENING,
  type SocialAccount,
  serviceModuleFor,
  validateEmailRequest,
} from './channels/index.js';
export * from './evidence/index.js';
export * from './faq/index.js';
export * from './scripts/index.js';
export * from './shared/index.js';
export * from './sla/index.js';
export * from './triage/index.js';
export * from './money/index.js';
// The Q3 decision of triage keeps the root names; the money area's order-aware one is
// `tiantian-support/money`'s `diagnoseCoupon`, here `diagnoseOrderCoupon`.
export { type CouponDiagnosis, diagnoseCoupon } from './triage/index.js';
export {
  type CouponDiagnosis as OrderCouponDiagnosis,
  diagnoseCoupon as diagnoseOrderCoupon,
} from './money/index.js';
export * from './cases/index.js';
export * from './safety/index.js';
export * from './insights/index.js';
