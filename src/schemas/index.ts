// tiantian-support/schemas: every zod schema of the library, and the JSON Schema of each.
export * from './json-schemas.js';
export * from './zod.js';
