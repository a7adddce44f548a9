import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/scripts');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, code: readFileSync(join(dir, f), 'utf8') }));

describe('the scripts module’s source', () => {
  it('has no eval, Function constructor or with', () => {
    for (const { file, code } of sources) {
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\bwith\s*\(/);
    }
  });
  it("never calls replace with a string replacement (`$&`/`$'` patterns): only with a function", () => {
    for (const { file, code } of sources) {
      for (const match of code.matchAll(/\.replace(?:All)?\(([^,]+),\s*([^)]{0,12})/g)) {
        expect(
          match[2]?.trimStart().startsWith('(') || match[2]?.includes('=>'),
          `${file}: ${match[0]}`,
        ).toBe(true);
      }
    }
  });
});
