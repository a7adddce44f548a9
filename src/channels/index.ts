// tiantian-support/channels: the guide's four contact channels, their hours, channel choice,
// hand-off detection for bots and routing to the service modules.
//
// The root entry re-exports this entry's `isOpen` and `nextOpening` only as `isChannelOpen` and
// `nextChannelOpening` (the calendar's `isOpen(at, hours)` has the same name).
export { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
export { CHANNELS, type Channel, getChannel, type SocialAccount } from './catalog.js';
export { channelHours } from './channel-hours.js';
export {
  BEIJING_AREA_CODE,
  type ChannelTableRow,
  CUSTOMER_SERVICE_EMAIL,
  GUIDE_CHANNEL_TABLE,
  GUIDE_RESPONSE_TARGETS,
  HOTLINE_NUMBER,
  type ResponseTarget,
  SOCIAL_MEDIA_OPENING,
} from './data/contact.js';
export {
  DUTY_IDS,
  type DutyId,
  ISSUE_TYPE_OWNERS,
  type IssueOwner,
  SERVICE_MODULE_IDS,
  SERVICE_MODULES,
  type ServiceDuty,
  type ServiceModule,
  type ServiceModuleId,
  serviceModuleFor,
} from './data/service-modules.js';
export {
  type ComposedEmail,
  composeEmail,
  EMAIL_REQUIRED_PARTS,
  type EmailRequest,
  validateEmailRequest,
} from './email.js';
export {
  detectHandoff,
  HANDOFF_PHRASES,
  type HandoffDetection,
  type HandoffPhrase,
  safeDetectHandoff,
} from './handoff.js';
export {
  type HotlineCaller,
  type HotlineDialing,
  hotlineDialString,
} from './hotline.js';
export { isChannelOpen, isOpen, nextChannelClosing, nextChannelOpening, nextOpening } from './hours.js';
export {
  CHANNEL_RECOMMENDATIONS,
  type ChannelRecommendation,
  type RecommendChannelsOptions,
  type RecommendationEntry,
  type RecommendationRule,
  type RecommendationTier,
  recommendChannels,
} from './recommend.js';
export { routeToServiceModule, type ServiceRoute } from './routing.js';
