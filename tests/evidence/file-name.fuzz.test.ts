import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEvidenceFileName,
  isPortableFileName,
  parseEvidenceFileName,
} from '../../src/evidence/index.js';

/**
 * Any UTF-16 code units (full-width forms, bidi controls, lone surrogates). fast-check's
 * `unit: 'binary'` does the same but was measured 400× slower to generate here.
 */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

describe('parseEvidenceFileName fuzzing: never a throw', () => {
  it('random strings, including full-width, bidi and lone surrogates', () => {
    fc.assert(
      fc.property(fc.oneof(codeUnits, fc.string({ unit: 'grapheme', maxLength: 200 })), (name) => {
        const result = parseEvidenceFileName(name);
        if (result.success) {
          // Whatever it accepts formats back to a portable name that parses to the same parts.
          const formatted = formatEvidenceFileName(result.data);
          expect(isPortableFileName(formatted)).toBe(true);
          expect(parseEvidenceFileName(formatted)).toStrictEqual(result);
        } else {
          expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('names close to the convention: digits, separators, labels, numbers and junk mixed', () => {
    const piece = fc.constantFrom(
      '1550672064762308113',
      '１２３４５６７',
      '+',
      '＋',
      '_',
      '-',
      ' ',
      '(',
      ')',
      '（',
      '2',
      '商品质量争议',
      'Quality Dispute',
      'paid-not-shipped',
      '.jpg',
      '.JPG',
      '.',
      '\u202e',
      'CON',
      '\u0000',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = parseEvidenceFileName(pieces.join(''));
        expect(typeof result.success).toBe('boolean');
      }),
    );
  });

  it('non-strings and very long strings give error results', () => {
    for (const value of [null, undefined, 42, 1550672064762308113n, {}, ['a']]) {
      expect(parseEvidenceFileName(value as unknown as string).success).toBe(false);
    }
    expect(parseEvidenceFileName(`${'1'.repeat(20)}+${'-'.repeat(100_000)}.jpg`).success).toBe(false);
    expect(parseEvidenceFileName(`123456+${' -'.repeat(500)}1.jpg`).success).toBe(false);
  });
});
