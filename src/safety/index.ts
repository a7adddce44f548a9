// tiantian-support/safety: personal data in free text (redactPii, pseudonymizePii) and fake
// customer service scams (assessScamRisk), with the facts and word lists they rest on.
export {
  ADDRESS_LABELS,
  ANTI_FRAUD_ADVICE,
  BRAND_NAMES,
  CALL_WORDS,
  NEGATIONS,
  CARD_CONTEXT_WORDS,
  CARD_ISSUERS,
  GLUED_LABELS,
  type CardIssuer,
  ID_CARD_CHECK_CHARACTERS,
  ID_CARD_PROVINCES,
  ID_CARD_WEIGHTS,
  LINK_TLDS,
  MOBILE_PREFIXES,
  type MobilePrefix,
  NAME_LABELS,
  NO_DEMAND_CUES,
  NOT_LOOKALIKES,
  OFFICIAL_NUMBERS,
  ORDER_CONTEXT_AFTER,
  ORDER_CONTEXT_WORDS,
  PLATFORM_DOMAINS,
  PUBLIC_SECOND_LEVELS,
  SCAM_LEVEL_THRESHOLDS,
  SCAM_RULES,
  type ScamRule,
  SIGNAL_WEIGHTS,
  TRADITIONAL_TO_SIMPLIFIED,
  URL_SHORTENERS,
} from './data.js';
export { editDistance, findLinks, type LinkFinding, type LinkSignalId, registrableDomain } from './links.js';
export {
  type PiiFinding,
  type PiiRedaction,
  type PseudonymizePiiOptions,
  type PseudonymKey,
  pseudonymizePii,
  type RedactionPolicy,
  type RedactPiiOptions,
  redactPii,
} from './redact.js';
export {
  type AssessScamRiskOptions,
  assessScamRisk,
  type ConversationMessage,
  type ScamAssessment,
  type ScamLevel,
  normalizeScamText,
  type ScamSignal,
} from './scam.js';
export { PII_KINDS, type PiiKind, type PiiValidator } from './scan.js';
export {
  cardIssuer,
  idCardCheckCharacter,
  isMainlandMobile,
  isValidBirthDate,
  isValidIdCardNumber,
  isValidLegacyIdCardNumber,
  luhnValid,
} from './validators.js';
