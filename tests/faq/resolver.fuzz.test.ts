import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFaqText, resolveFaq } from '../../src/faq/index.js';
import { expectValidResolution } from './invariants.js';

const domainWords = fc.constantFrom(
  '退款',
  '發貨',
  '优惠卷',
  '清关',
  '人工',
  'refund',
  'cupón',
  '不想',
  '没',
  '😭',
  '\u0000',
  '\uD800',
);

describe('resolveFaq on hostile input', () => {
  it('never throws and keeps its invariants for any unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectValidResolution(resolveFaq(text));
      }),
    );
  });

  it('never throws for mixes of domain words, emoji, controls and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(domainWords, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 40 }),
        (parts) => {
          expectValidResolution(resolveFaq(parts.join('')));
        },
      ),
    );
  });

  it('resolves the same text the same way every time', () => {
    fc.assert(
      fc.property(fc.array(domainWords, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(resolveFaq(text)).toEqual(resolveFaq(text));
      }),
      { numRuns: 50 },
    );
  });

  it('answers a 1 MB string, and the analyzed text is capped', () => {
    const huge = '退款'.repeat(512 * 1024);
    expectValidResolution(resolveFaq(huge));
    expect(normalizeFaqText(huge).length).toBeLessThanOrEqual(512);
    expectValidResolution(resolveFaq('\uD83D'.repeat(1 << 20)));
    expectValidResolution(resolveFaq('\u0000'.repeat(1 << 20)));
  });
});
