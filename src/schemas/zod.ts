// The zod schemas of every area, re-exported from their owning files.
export * from '../calendar/schemas.js';
export * from '../channels/schemas.js';
export * from '../evidence/schemas.js';
export * from '../faq/schemas.js';
export * from '../scripts/schemas.js';
export * from '../shared/schemas.js';
export * from '../sla/schemas.js';
// The second release's areas: the in-memory schemas and, where a request holds instants, their JSON
// forms (`<Name>JsonSchema`, instants as ISO 8601 strings).
export { CaseEventJsonSchema, CaseEventSchema } from '../cases/events.js';
export { CaseLogJsonSchema } from '../cases/parse.js';
export { CheckpointSchema, EvidenceBundleJsonSchema } from '../cases/schemas.js';
export { RiskRuleSchema } from '../insights/risk-rules.js';
export { RiskOrderJsonSchema, RiskOrderSchema } from '../insights/risks.js';
export * from '../insights/schemas.js';
export * from '../money/schemas.js';
export * from '../safety/schemas.js';
