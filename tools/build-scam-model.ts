// `npm run build` (a first step): trains the wording model of assessScamRisk on the labelled corpora
// of tests/safety (tools/scam-model.ts: fixed seed and order, so the same corpora give the same
// file) and writes it to src/safety/generated/scam-model.ts. tests/safety/wording.test.ts fails
// when the file and the corpora drift.
//   tsx tools/build-scam-model.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledMessages, scamModelSource, trainScamModel } from './scam-model.js';

const messages = labelledMessages();
const source = scamModelSource(trainScamModel(messages), messages.length);
const file = resolve(dirname(fileURLToPath(import.meta.url)), '../src/safety/generated/scam-model.ts');
writeFileSync(file, source);
// In the house format, so that `biome check` passes on the committed file.
execFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/biome'),
  ['format', '--write', file],
  {
    stdio: 'ignore',
  },
);
console.log(`build-scam-model: ${file} (${source.length} characters, ${messages.length} messages)`);
