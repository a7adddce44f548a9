export * from './channel-ids.js';
export * from './errors.js';
export * from './issue-types.js';
export * from './locale.js';
export * from './order-id.js';
export * from './result.js';
export * from './time-zone.js';
