// Writes src/schemas/json-schemas.json: the JSON Schema (draft 2020-12) of every zod schema that
// tiantian-support/schemas exports, under the same name. Run by `npm run build` before tsup; the
// test tests/schemas/json-schemas.test.ts fails when the file and the zod schemas disagree.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clientJsonSchemas } from '../src/schemas/to-json-schema.js';
import * as zodSchemas from '../src/schemas/zod.js';

const target = fileURLToPath(new URL('../src/schemas/json-schemas.json', import.meta.url));
const schemas = clientJsonSchemas(zodSchemas);
writeFileSync(target, `${JSON.stringify(schemas, null, 2)}\n`);
console.log(`json-schemas: ${Object.keys(schemas).length} schemas written to src/schemas/json-schemas.json`);
