import { describe, expect, it } from 'vitest';
import { add, div, mul, oneMinus, percent, ratio, roundHalfUp, toDecimal } from '../../src/money/rational.js';

describe('exact rates', () => {
  it.each([
    [13, { n: 13n, d: 1n }],
    [9.1, { n: 91n, d: 10n }],
    ['23.059', { n: 23059n, d: 1000n }],
  ])('%s is exactly %o', (value, expected) => {
    expect(ratio(value)).toEqual(expected);
  });

  it.each([-1, 1e-7, Number.POSITIVE_INFINITY, '1e5', '0.0000001'])(
    '%s is not an exact rate here',
    (value) => {
      expect(ratio(value)).toBeUndefined();
    },
  );

  it('rounds half-up once on the exact value', () => {
    expect([
      roundHalfUp({ n: 5n, d: 2n }),
      roundHalfUp({ n: 49n, d: 20n }),
      roundHalfUp({ n: 51n, d: 20n }),
    ]).toEqual([3, 2, 3]);
    // 0.15 / 0.85 × 0.7 × 42500 = 5250 exactly.
    const c = percent(ratio(15)!);
    expect(roundHalfUp(mul(mul(div({ n: 42500n, d: 1n }, oneMinus(c)), c), ratio('0.7')!))).toBe(5250);
    expect(toDecimal(add(c, percent(ratio(13)!)), 4)).toBe('0.2800');
  });
});
