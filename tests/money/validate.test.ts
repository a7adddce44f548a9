import { describe, expect, it } from 'vitest';
import { orThrow, readPriceInput } from '../../src/money/validate.js';

describe('readPriceInput', () => {
  it('defaults the locale to zh-CN and prefixes paths', () => {
    const r = readPriceInput({ lines: [] }, [], { at: new Date(0) });
    expect(r).toEqual({
      success: true,
      data: { order: { lines: [] }, offers: [], at: new Date(0), locale: 'zh-CN' },
    });
    const bad = readPriceInput({ lines: 'x' }, 'y', { locale: 'fr' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path)).toEqual([
      ['order', 'lines'],
      ['offers'],
      ['options', 'locale'],
    ]);
  });

  it('orThrow throws a TiantianError at the first path', () => {
    expect(() => orThrow(readPriceInput(null, [], {}))).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['order'] }),
    );
  });
});
