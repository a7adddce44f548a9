// The built package (dist/, made by `npm run build`, which `npm test` runs before this suite): the
// CommonJS and ES module builds of every subpath export the same names, and an error thrown by one
// build is recognized by the other's `isTiantianError` (two loaded copies, two TiantianError classes).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const { exports: map } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  exports: Record<string, string | { import: { default: string }; require: { default: string } }>;
};
const ENTRIES = Object.entries(map).flatMap(([key, value]) =>
  typeof value === 'string' ? [] : [[key, value.import.default, value.require.default] as const],
);

type Errors = {
  TiantianError: new (code: string, message: string) => Error;
  isTiantianError: (error: unknown, code?: string) => boolean;
  getChannel: (id: string) => unknown;
};

describe('the built package', () => {
  it('has been built (npm run build)', () => {
    expect(existsSync(`${ROOT}dist/index.js`) && existsSync(`${ROOT}dist/index.cjs`)).toBe(true);
  });

  it.each(ENTRIES)('%s exports the same names in CommonJS and ESM', async (_key, esmPath, cjsPath) => {
    const esm = Object.keys(await import(pathToFileURL(ROOT + esmPath).href)).filter((k) => k !== 'default');
    const cjs = Object.keys(require(ROOT + cjsPath) as object);
    expect(esm.sort()).toEqual(cjs.sort());
  });

  it('isTiantianError of either build recognizes an error thrown by the other', async () => {
    const esm = (await import(pathToFileURL(`${ROOT}dist/index.js`).href)) as Errors;
    const cjs = require(`${ROOT}dist/index.cjs`) as Errors;
    expect(esm.TiantianError).not.toBe(cjs.TiantianError);
    const thrown = (build: Errors) => {
      try {
        build.getChannel('fax');
      } catch (error) {
        return error;
      }
      throw new Error('getChannel("fax") did not throw');
    };
    const fromEsm = thrown(esm);
    const fromCjs = thrown(cjs);
    expect([
      esm.isTiantianError(fromCjs),
      cjs.isTiantianError(fromEsm),
      esm.isTiantianError(fromCjs, 'unknown_channel'),
      cjs.isTiantianError(fromEsm, 'unknown_channel'),
      esm.isTiantianError(fromCjs, 'invalid_date'),
      cjs.isTiantianError(fromEsm, 'invalid_date'),
    ]).toEqual([true, true, true, true, false, false]);
    // The name alone is not enough: a TiantianError has a string code.
    const lookalike = Object.assign(new Error('x'), { name: 'TiantianError' });
    expect([esm.isTiantianError(lookalike), cjs.isTiantianError({ name: 'TiantianError', code: 7 })]).toEqual(
      [false, false],
    );
  });
});
