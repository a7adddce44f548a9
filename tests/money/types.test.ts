import { describe, expect, it } from 'vitest';
import { OFFER_KINDS, OFFER_LEVELS, SKIP_CODES } from '../../src/money/index.js';

describe('money vocabularies', () => {
  it('lists the kinds, levels (in the order they apply) and skip codes', () => {
    expect([OFFER_KINDS, OFFER_LEVELS, SKIP_CODES.length]).toEqual([
      ['threshold', 'every', 'tiers', 'discount', 'coupon'],
      ['item', 'shop', 'platform'],
      7,
    ]);
  });
});
