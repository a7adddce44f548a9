import { describe, expect, it } from 'vitest';
import { defaultFaqEntries } from '../../src/faq/knowledge-base.js';
import { packFaqIndex, unpackFaqIndex } from '../../src/faq/packed-index.js';
import { buildFaqIndexData } from '../../src/faq/resolver.js';

const entries = [
  { id: 'coupon', examples: ['优惠券用不了', 'the coupon will not apply'], keywords: ['优惠券'] },
  { id: 'refund', examples: ['退款什么时候到账', '还没退款'], negativeCues: ['不想退款'] },
];

describe('packFaqIndex', () => {
  it.each([
    ['the built-in knowledge base', defaultFaqEntries],
    ['a small knowledge base of two entries', entries],
    ['a knowledge base of Latin words only', [{ id: 'a', examples: ['where is my parcel'] }]],
  ])('gives back, unpacked, the index it packed: %s', (_, given) => {
    const data = buildFaqIndexData(given);
    expect(unpackFaqIndex(packFaqIndex(data))).toEqual(data);
  });

  it('writes only printable ASCII without quotes, backslashes or `$`', () => {
    const packed = packFaqIndex(buildFaqIndexData(defaultFaqEntries));
    for (const name of ['chars', 'unigrams', 'bigrams', 'terms', 'postings', 'tfs'] as const) {
      expect(packed[name]).toMatch(/^[!#%&(-~]*$/);
      expect(packed[name]).not.toMatch(/[\\'`"$]/);
    }
  });

  it('is smaller than the index it packs once CJK characters are escaped as a bundler writes them', () => {
    const data = buildFaqIndexData(defaultFaqEntries);
    const escaped = (value: unknown): number =>
      JSON.stringify(value).replace(/[\u0080-\uffff]/g, '\\uXXXX').length;
    expect(escaped(packFaqIndex(data))).toBeLessThan(0.6 * escaped(data));
  });
  it('refuses a word holding one of the characters that mark where a packed word starts', () => {
    const data = buildFaqIndexData(entries);
    expect(() =>
      packFaqIndex({ ...data, features: { ...data.features, words: 'coupon no~w' } }),
    ).toThrowError('packed FAQ index: a word with ~');
  });
});

describe('unpackFaqIndex', () => {
  it('rejects a string that is not a packed index', () => {
    const packed = packFaqIndex(buildFaqIndexData(entries));
    expect(() => unpackFaqIndex({ ...packed, postings: '"' })).toThrowError('packed FAQ index');
  });
});
