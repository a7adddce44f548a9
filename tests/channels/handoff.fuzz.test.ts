import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import { detectHandoff, HANDOFF_PHRASES } from '../../src/channels/handoff.js';

const CANONICAL = new Set(HANDOFF_PHRASES.map((p) => p.phrase));

// Returns a boolean (not `expect`) inside properties: an `expect` per run costs more than the
// detection itself.
const hasShape = (result: ReturnType<typeof detectHandoff>): boolean =>
  result.handoff
    ? Object.keys(result).length === 2 && CANONICAL.has(result.phrase ?? '')
    : Object.keys(result).length === 1;

// Any sequence of UTF-16 code units (lone surrogates included) or of code points. Built from
// integers: fast-check's 'binary' string unit is slow to generate.
const ANY_UTF16 = fc.oneof(
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
    .map((units) => String.fromCharCode(...units)),
  fc
    .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 })
    .map((points) => String.fromCodePoint(...points)),
);

// Pieces that stress the normalizer: phrase fragments, Traditional forms, full-width and
// combining characters, emoji, lone surrogates, control characters, separators.
const HOSTILE = fc.constantFrom(
  '转',
  '轉',
  '人',
  '工',
  '客服',
  '真人',
  '智能',
  'human',
  ' ',
  '\u3000',
  '！',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u200B',
  '\u0301',
  '😀',
  'ｈ',
  'İ',
  'ß',
  'agent',
  'a',
);

describe('detectHandoff fuzz', () => {
  it('never throws for any string and answers in the documented shape', () => {
    fc.assert(
      fc.property(ANY_UTF16, (text) => hasShape(detectHandoff(text))),
      { numRuns: 300 },
    );
  });

  it('never throws for hostile mixtures', () => {
    fc.assert(
      fc.property(
        fc.array(HOSTILE, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => hasShape(detectHandoff(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('a guide phrase surrounded by unrelated text still fires', () => {
    const filler = fc.string({
      unit: fc.constantFrom('好', '的', '吗', '你', ',', ' ', '?', '订单'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(filler, fc.constantFrom('转人工', '人工客服'), filler, (before, phrase, after) => {
        return detectHandoff(`${before}${phrase}${after}`).phrase === phrase;
      }),
      { numRuns: 150 },
    );
  });

  it('inserting spaces and punctuation between the characters of a phrase keeps the match', () => {
    const sep = fc.string({ unit: fc.constantFrom(' ', '！', '。', '\u3000', '-', '~'), maxLength: 3 });
    fc.assert(
      fc.property(
        fc.constantFrom('转人工', '人工客服', '找真人', '人工服务', '真人客服'),
        fc.array(sep, { minLength: 4, maxLength: 4 }),
        (phrase, seps) => {
          const spaced = [...phrase].map((ch, i) => `${ch}${seps[i] ?? ''}`).join('');
          return detectHandoff(spaced).phrase === phrase;
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('detectHandoff: long texts (fuzz)', () => {
  // A long customer text of any characters, NFKC-expanding ones (U+FDFA is 18 characters) included.
  const filler = fc
    .tuple(
      fc.string({ unit: fc.constantFrom('a', '订', '\uFDFA', '😀', ' ', '\u0000') }),
      fc.integer({ min: 9000, max: 40_000 }),
    )
    .map(([unit, length]) =>
      (unit === '' ? 'x' : unit).repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length),
    );

  it('a request at the start or the end of a text longer than 8,192 units is found; any text answers in shape', () => {
    fc.assert(
      fc.property(filler, fc.boolean(), (text, atEnd) => {
        const asked = detectHandoff(atEnd ? `${text}。转人工` : `转人工。${text}`);
        return asked.handoff && asked.phrase === '转人工' && hasShape(detectHandoff(text));
      }),
      { numRuns: 40 },
    );
  });
});
