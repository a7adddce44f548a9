import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan } from '../../src/money/index.js';

describe('parseYuan', () => {
  it.each([
    ['12.3', 1230],
    ['12.30', 1230],
    ['¥1,299.00', 129900],
    ['￥ 1,299', 129900],
    ['１２．３０', 1230],
    ['12.30元', 1230],
    ['0', 0],
    ['.5', 50],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%s → %d fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ success: true, data: fen });
  });

  it.each([
    ['12.345', 'too_many_decimals'],
    ['12.', 'invalid_format'],
    ['1,2,3', 'invalid_format'],
    ['abc', 'invalid_format'],
    ['1e5', 'invalid_format'],
    ['', 'invalid_format'],
    ['-5', 'too_small'],
    ['90071992547409.92', 'too_big'],
    ['9'.repeat(100), 'too_big'],
  ])('%s is refused (%s), never rounded', (text, code) => {
    const r = parseYuan(text);
    expect(r.success ? undefined : r.error.issues[0]?.code).toBe(code);
  });

  it('refuses what is not a string', () => {
    expect(parseYuan(12.3).success).toBe(false);
  });
});

describe('formatYuan', () => {
  it.each([
    [1230, undefined, '¥12.30'],
    [129900, 'en', '¥1,299.00'],
    [1230, 'es', '12,30\u00a0¥'],
    [Number.MAX_SAFE_INTEGER, 'en', '¥90,071,992,547,409.91'],
    [5, 'zh-CN', '¥0.05'],
  ] as const)('%d (%s) → %s', (fen, locale, text) => {
    expect(formatYuan(fen, locale === undefined ? {} : { locale })).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])('refuses %d', (fen) => {
    expect(() => formatYuan(fen)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['fen'] }),
    );
  });
});
