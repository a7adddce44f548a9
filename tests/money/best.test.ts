import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestCombination,
  type Offer,
  type Order,
  priceOrder,
  safeBestCombination,
} from '../../src/money/index.js';
import { offersArb, orderArb } from '../helpers/money-arbitraries.js';

const at = new Date('2026-11-11T00:00:00+08:00');

/** Every legal subset, priced one by one: the reference answer. */
function bruteForce(order: Order, offers: readonly Offer[]): number {
  const usable = offers.filter((o) =>
    priceOrder(order, [o], { at }).skipped.every(
      (s) => !['expired', 'not-yet-valid', 'out-of-scope'].includes(s.code),
    ),
  );
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << usable.length; mask++) {
    const chosen = usable.filter((_, i) => mask & (1 << i));
    const left = usable.filter((_, i) => !(mask & (1 << i)));
    // A mandatory offer (not optional, not a coupon) cannot be left out, except by its group.
    const optional = (o: Offer) => o.optional ?? o.kind === 'coupon';
    const groups = new Map<string, Offer[]>();
    for (const o of usable)
      if (o.exclusive !== undefined) groups.set(o.exclusive, [...(groups.get(o.exclusive) ?? []), o]);
    const legal =
      left.every((o) => o.exclusive !== undefined || optional(o)) &&
      [...groups.values()].every((members) => {
        const used = members.filter((m) => chosen.includes(m)).length;
        return used === 1 || (used === 0 && members.every(optional));
      });
    if (!legal) continue;
    best = Math.min(best, priceOrder(order, chosen, { at }).payable);
  }
  return best;
}

describe('bestCombination', () => {
  it('leaves out a coupon that would take the cart below a later threshold', () => {
    const order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 30500, quantity: 1 }] };
    const best = bestCombination(
      order,
      [
        { id: 'item-coupon', kind: 'coupon', scope: { level: 'item', skus: ['A'] }, threshold: 0, off: 1000 },
        { id: 'platform-300', kind: 'threshold', scope: { level: 'platform' }, threshold: 30000, off: 5000 },
      ],
      { at, locale: 'en' },
    );
    expect(best).toEqual({
      offerIds: ['platform-300'],
      result: {
        original: 30500,
        payable: 25500,
        saved: 5000,
        applied: [{ offerId: 'platform-300', saved: 5000 }],
        skipped: [
          { offerId: 'item-coupon', code: 'not-chosen', message: 'leaving it out costs less (or the same)' },
        ],
        lines: [{ sku: 'A', original: 30500, payable: 25500 }],
      },
      method: 'exhaustive',
      combinations: 2,
      tried: 2,
    });
  });

  it('says it is a heuristic above its limit', () => {
    const order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 100000, quantity: 1 }] };
    const coupons: Offer[] = Array.from({ length: 5 }, (_, i) => ({
      id: `c${i}`,
      kind: 'coupon',
      scope: { level: 'platform' },
      threshold: 0,
      off: 100 * (i + 1),
    }));
    const best = bestCombination(order, coupons, { at, limit: 16 });
    expect(best.method).toBe('heuristic');
    expect(best.combinations).toBe(32);
    expect(bestCombination(order, coupons, { at, limit: 32 }).method).toBe('exhaustive');
    expect(bestCombination(order, coupons, { at, limit: 32 }).result.payable).toBe(100000 - 1500);
  });

  it('agrees with brute force on small carts', () => {
    fc.assert(
      fc.property(orderArb, offersArb(6), (order, offers) => {
        const best = bestCombination(order, offers, { at });
        expect(best.method).toBe('exhaustive');
        expect(best.result.payable).toBe(bruteForce(order, offers));
      }),
      { numRuns: 150 },
    );
  });

  it('never costs more than priceOrder with every offer', () => {
    fc.assert(
      fc.property(orderArb, offersArb(6), (order, offers) => {
        expect(bestCombination(order, offers, { at }).result.payable).toBeLessThanOrEqual(
          priceOrder(order, offers, { at }).payable,
        );
      }),
    );
  });

  it('refuses a bad limit: the safeParse shape, or a TiantianError', () => {
    const order = { lines: [] };
    expect(safeBestCombination(order, [], { limit: 0 })).toEqual({
      success: false,
      error: {
        issues: [{ code: 'too_small', message: 'limit must be at least 1', path: ['options', 'limit'] }],
      },
    });
    expect(() => bestCombination(order, [], { limit: 1.5 })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['options', 'limit'] }),
    );
  });
});
