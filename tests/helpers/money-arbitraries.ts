// fast-check arbitraries of small carts and offers, shared by the money tests.
import * as fc from 'fast-check';
import type { Offer, Order } from '../../src/money/index.js';

const SKUS = ['A', 'B', 'C', 'D', 'E'] as const;
const SHOPS = ['s1', 's2'] as const;

export const orderArb: fc.Arbitrary<Order> = fc.record({
  lines: fc.array(
    fc.record({
      sku: fc.constantFrom(...SKUS),
      shopId: fc.constantFrom(...SHOPS),
      unitPrice: fc.integer({ min: 0, max: 50000 }),
      quantity: fc.integer({ min: 1, max: 5 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

const scopeArb = fc.oneof(
  fc.record({
    level: fc.constant('item' as const),
    skus: fc.uniqueArray(fc.constantFrom(...SKUS), { minLength: 1 }),
  }),
  fc.record({ level: fc.constant('shop' as const), shopId: fc.constantFrom(...SHOPS) }),
  fc.constant({ level: 'platform' as const }),
);

const amount = fc.integer({ min: 0, max: 100000 });
const off = fc.integer({ min: 1, max: 20000 });

const kindArb = fc.oneof(
  fc.record({ kind: fc.constant('threshold' as const), threshold: amount, off }),
  fc.record(
    { kind: fc.constant('every' as const), every: fc.integer({ min: 1, max: 50000 }), off, cap: off },
    { requiredKeys: ['kind', 'every', 'off'] },
  ),
  fc.record({
    kind: fc.constant('tiers' as const),
    tiers: fc.uniqueArray(fc.record({ threshold: amount, off }), {
      minLength: 1,
      maxLength: 3,
      selector: (tier) => tier.threshold,
    }),
  }),
  fc.record({ kind: fc.constant('discount' as const), percent: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('coupon' as const), threshold: amount, off }),
);

/** Offers with unique ids, some in exclusive groups, some optional. */
export function offersArb(max = 6, withGroups = true): fc.Arbitrary<Offer[]> {
  return fc
    .array(
      fc.record({
        kind: kindArb,
        scope: scopeArb,
        exclusive: withGroups
          ? fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined })
          : fc.constant(undefined),
        optional: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: max },
    )
    .map((list) =>
      list.map(({ kind, scope, exclusive, optional }, i) => {
        const offer: Record<string, unknown> = { id: `o${i}`, scope, ...kind };
        if (exclusive !== undefined) offer.exclusive = exclusive;
        if (optional !== undefined) offer.optional = optional;
        return offer as unknown as Offer;
      }),
    );
}
