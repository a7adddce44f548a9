// tiantian-support/cases: the case file (投诉档案) from first message to resolution, its
// tamper-evident record (存证: RFC 9162 Merkle tree over the events) and its clocks.
export {
  CASE_EVENT_TYPES,
  CASE_STATES,
  type CaseEscalatedEvent,
  type CaseEvent,
  type CaseEventJson,
  CaseEventJsonSchema,
  CaseEventSchema,
  type CaseEventType,
  type CaseEvidenceCheckedEvent,
  type CaseEvidenceEvent,
  type CaseMessageEvent,
  type CaseOpenedEvent,
  type CaseReturnReceivedEvent,
  type CaseSignedForEvent,
  type CaseState,
  type CaseStatusEvent,
  MAX_MESSAGE_LENGTH,
  MESSAGE_AUTHORS,
  type MessageAuthor,
} from './events.js';
export { CASE_LOG_FORMAT, type CaseLog, type CaseLogEntry, type HexHash } from './log-shape.js';
export { fromBase64, fromHex, toBase64, toHex } from './hex.js';
export {
  consistencyProof,
  inclusionProof,
  merkleLeafHash,
  merkleNodeHash,
  merkleRoot,
  sha256,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';
export { canonicalEventBytes, canonicalJson } from './canonical.js';
export {
  type CaseLogFault,
  type CaseLogVerification,
  type VerifyCaseLogOptions,
  verifyCaseLog,
} from './verify.js';
export { appendCaseEvent, caseEventLeafHash, createCaseLog, EMPTY_ROOT, safeAppendCaseEvent } from './log.js';
export { CaseLogJsonSchema, MAX_CASE_LOG_ENTRIES, parseCaseLog } from './parse.js';
export {
  type Checkpoint,
  type CheckpointSigner,
  type CheckpointVerifier,
  caseLogConsistencyProof,
  checkpointBody,
  createCheckpoint,
  formatCheckpoint,
  parseCheckpoint,
  verifyCheckpointConsistency,
  verifyCheckpointSignature,
} from './checkpoint.js';
export { GUIDE_CASE_WORDS, ONLINE_LITIGATION_RULES, SELLER_REFUND, THREE_GUARANTEES } from './data.js';
export {
  type CaseClock,
  type CaseClockId,
  type CaseClockState,
  type CaseStatus,
  type CaseStatusOptions,
  caseSlaEvents,
  caseSlaPolicy,
  caseStatus,
} from './status.js';
export {
  createEvidenceBundle,
  type EvidenceBundle,
  type EvidenceBundleVerification,
  verifyEvidenceBundle,
} from './bundle.js';
export { evidenceCheckedEvent, evidenceEvent, hashEvidenceBytes } from './evidence.js';
export { CheckpointSchema, EvidenceBundleJsonSchema } from './schemas.js';
export { caseTimeline } from './timeline.js';
