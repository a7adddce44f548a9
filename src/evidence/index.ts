// tiantian-support/evidence: what to provide for each kind of problem, how to name it, whether a
// picture is large enough, and the timeline table (the guide's 三.1 and 三.5).
export {
  type CheckEvidenceOptions,
  checkEvidence,
  type EvidenceFile,
  type EvidenceFinding,
  type EvidenceReport,
} from './check.js';
export {
  EVIDENCE_CHECKLISTS,
  EVIDENCE_ITEMS,
  type EvidenceItem,
  type EvidenceItemDefinition,
  type EvidenceItemId,
  type EvidenceKind,
  type EvidenceRules,
  getEvidenceChecklist,
} from './checklists.js';
export {
  DEFAULT_ORDER_ID_LENGTH,
  type EvidenceFileName,
  type EvidenceFileNameOptions,
  formatEvidenceFileName,
  isPortableFileName,
  issueTypeFromLabel,
  MAX_EVIDENCE_SEQUENCE,
  parseEvidenceFileName,
  safeFormatEvidenceFileName,
  utf8ByteLength,
} from './file-name.js';
export {
  EVIDENCE_KEEPING_RULES,
  EVIDENCE_NAMING_PATTERN,
  type EvidenceKeepingRule,
  MINIMUM_RESOLUTION,
} from './data.js';
export {
  IMAGE_FORMATS,
  type ImageFormat,
  type ImageSize,
  meetsMinimumResolution,
  readImageSize,
} from './image-size.js';
export {
  createTimeline,
  type RenderTimelineOptions,
  renderTimeline,
  type Timeline,
  type TimelineEvent,
  type TimelineEventInput,
} from './timeline.js';
