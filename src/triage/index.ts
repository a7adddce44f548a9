export {
  type TriageChannel,
  type TriageOptions,
  type TriageResult,
  type TriageScript,
  triage,
} from './triage.js';
