import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';

describe('printable', () => {
  it.each([
    ['an ANSI escape', '\u001b[31mred.jpg', '\\u{1b}[31mred.jpg'],
    ['a newline that would start a forged line', 'a\n✓ 订单截图: all good', 'a\\u{a}✓ 订单截图: all good'],
    ['a carriage return', 'ok\rforged', 'ok\\u{d}forged'],
    ['a tab', 'a\tb', 'a\\u{9}b'],
    ['DEL', 'a\u007fb', 'a\\u{7f}b'],
    ['a C1 control (NEL)', 'a\u0085b', 'a\\u{85}b'],
    ['the right-to-left override', 'x\u202egpj.exe', 'x\\u{202e}gpj.exe'],
    ['an isolate', 'a\u2066b\u2069', 'a\\u{2066}b\\u{2069}'],
    ['the Arabic letter mark', 'a\u061cb', 'a\\u{61c}b'],
    ['the line separator', 'a\u2028b', 'a\\u{2028}b'],
    ['a lone surrogate', 'a\ud800b', 'a\\u{d800}b'],
    ['the byte-order mark', '\ufeffa', '\\u{feff}a'],
  ])('writes %s as its code point', (_, input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it('leaves Chinese, emoji with joiners and ordinary punctuation as they are', () => {
    const text = '故障演示视频 👩‍👩‍👧 1550672064762308113+商品质量争议.jpg (¥12.30)';
    expect(printable(text)).toBe(text);
  });
});

describe('printable (fuzz)', () => {
  const UNSAFE = /[\p{Cc}\p{Cs}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;
  const hostile = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom(
        '\u001b',
        '[',
        '2',
        'J',
        '\n',
        '\r',
        '\u0085',
        '\u202e',
        '\u2066',
        '\ud800',
        'a',
        '订',
      ),
    }),
  );

  it('leaves no control, separator, bidi character or lone surrogate, and no line break', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const shown = printable(text);
        expect(UNSAFE.test(shown)).toBe(false);
        expect(shown.includes('\n')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('loses nothing: every escape reads back to the character it stands for', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const back = printable(text.replaceAll('\\', '')).replace(/\\u\{([0-9a-f]+)\}/g, (_, hex: string) =>
          String.fromCodePoint(Number.parseInt(hex, 16)),
        );
        expect(back).toBe(text.replaceAll('\\', ''));
      }),
      { numRuns: 1000 },
    );
  });
});
