// The JSON Schema files shipped in dist/schemas/json/ are exactly the exported `jsonSchemas`, in the
// ESM and the CommonJS build, one file per schema and no other file.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const require = createRequire(import.meta.url);
const esm = (await import('../dist/schemas/index.js')).jsonSchemas;
const cjs = require('../dist/schemas/index.cjs').jsonSchemas;
const files = readdirSync(new URL('../dist/schemas/json/', import.meta.url)).sort();
const names = Object.keys(esm).sort();
const problems = [];
if (
  !isDeepStrictEqual(
    files,
    names.map((name) => `${name}.json`),
  )
)
  problems.push(`files ${files.join(', ')} are not the schemas ${names.join(', ')}`);
for (const name of names) {
  const shipped = JSON.parse(
    readFileSync(new URL(`../dist/schemas/json/${name}.json`, import.meta.url), 'utf8'),
  );
  if (!isDeepStrictEqual(shipped, esm[name])) problems.push(`${name}.json differs from jsonSchemas.${name}`);
  if (!isDeepStrictEqual(cjs[name], esm[name]))
    problems.push(`jsonSchemas.${name} differs between CJS and ESM`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`json-schemas: ${problem}`);
  process.exitCode = 1;
} else console.log(`json-schemas: ${names.length} shipped files equal jsonSchemas (ESM and CJS)`);
