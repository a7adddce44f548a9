import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFen } from '../../src/money/index.js';

describe('splitFen', () => {
  it.each([
    [1000, [1000, 1000, 1000], [334, 333, 333]],
    [100, [1, 3], [25, 75]],
    [0, [0, 0], [0, 0]],
    [5, [0, 1], [0, 5]],
    [Number.MAX_SAFE_INTEGER, [1, 1], [4503599627370496, 4503599627370495]],
  ])('%d over %o → %o', (amount, weights, parts) => {
    expect(splitFen(amount, weights)).toEqual(parts);
  });

  it('parts sum to the amount and stay within their weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1e9), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((s, w) => s + w, 0);
          const amount = Math.floor(total * share);
          const parts = splitFen(amount, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
          expect(parts.every((p, i) => p >= 0 && p <= weights[i]!)).toBe(true);
        },
      ),
    );
  });

  it.each<[number, number[], (string | number)[]]>([
    [-1, [1], ['amount']],
    [1, [-1], ['weights', 0]],
    [1, [0], ['weights']],
    [1, [Number.MAX_SAFE_INTEGER, 1], ['weights']],
  ])('refuses %d over %o', (amount, weights, path) => {
    expect(() => splitFen(amount, weights)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });
});
