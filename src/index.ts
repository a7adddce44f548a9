export * from './calendar/index.js';
export * from './channels/index.js';
export * from './evidence/index.js';
export * from './faq/index.js';
export * from './scripts/index.js';
export * from './shared/index.js';
export * from './sla/index.js';
