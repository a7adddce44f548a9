import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/evidence/index.js';

const DIR = fileURLToPath(new URL('../fixtures/images/', import.meta.url));
const FIXTURES = readdirSync(DIR)
  .filter((name) => name !== 'README.md')
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(DIR + name)) }));

describe('readImageSize fuzzing on mutated real files', () => {
  it('every prefix of every fixture gives a result, never a throw', () => {
    for (const { name, bytes } of FIXTURES) {
      // Prefixes up to 600 bytes one by one (headers live there), then every 97th length.
      for (let length = 0; length <= bytes.length; length += length < 600 ? 1 : 97) {
        const result = readImageSize(bytes.subarray(0, length));
        expect(typeof result.success, `${name}[0..${length}]`).toBe('boolean');
      }
    }
  });

  it('random byte changes in the first kilobyte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat({ max: 1023 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        ({ bytes }, edits) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) copy[at % copy.length] = value;
          const result = readImageSize(copy);
          if (result.success) expect(result.data.width > 0 && result.data.height > 0).toBe(true);
          else expect(result.error.issues.length).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
