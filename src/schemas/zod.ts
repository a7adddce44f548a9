// The zod schemas of every area, re-exported from their owning files.
export * from '../calendar/schemas.js';
export * from '../channels/schemas.js';
export * from '../evidence/schemas.js';
export * from '../faq/schemas.js';
export * from '../scripts/schemas.js';
export * from '../shared/schemas.js';
export * from '../sla/schemas.js';
