import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reader, readOffer, readOptions, readOrder } from '../../src/money/check.js';
import {
  BestCombinationOptionsSchema,
  OfferSchema,
  OrderSchema,
  PriceOptionsSchema,
} from '../../src/money/index.js';
import { offersArb, orderArb } from '../helpers/money-arbitraries.js';

// The hand-written reader keeps priceOrder small; it must accept exactly what the schemas accept.
const accepts = (read: (r: Reader, v: unknown) => unknown, value: unknown) => {
  const r = new Reader();
  read(r, value);
  return r.issues.length === 0;
};

/** Random damage to a valid value: a key dropped, a key added, or a value replaced. */
const damaged = <T>(valid: fc.Arbitrary<T>) =>
  fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom('drop', 'add', 'replace'),
      fc.oneof(
        fc.constant(-1),
        fc.constant(1.5),
        fc.constant(Number('1e400')),
        fc.string(),
        fc.constant(null),
        fc.constant(new Date(Number.NaN)),
        fc.constant(Object.create(Date.prototype)),
        fc.constant([]),
      ),
    )
    .map(([value, n, how, junk]) => {
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys[n % Math.max(1, keys.length)] ?? 'x';
      if (how === 'drop') delete copy[key];
      else if (how === 'add') copy.extra = junk;
      else copy[key] = junk;
      return copy;
    });

describe('the reader agrees with the schemas', () => {
  it('on valid and damaged offers', () => {
    const offer = offersArb(1)
      .filter((list) => list.length === 1)
      .map((list) => list[0]!);
    fc.assert(
      fc.property(fc.oneof(offer, damaged(offer)), (value) => {
        expect(accepts((r, v) => readOffer(r, v, []), value)).toBe(OfferSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('on valid and damaged orders', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          orderArb,
          orderArb.map((o) => ({ lines: o.lines.map((l, i) => (i === 0 ? { ...l, unitPrice: -1 } : l)) })),
          damaged(orderArb),
        ),
        (value) => {
          expect(accepts((r, v) => readOrder(r, v, []), value)).toBe(OrderSchema.safeParse(value).success);
        },
      ),
    );
  });

  it.each([
    {},
    { at: new Date() },
    { locale: 'es' },
    { locale: 'fr' },
    { limit: 3 },
    { at: 'x' },
    { other: 1 },
    null,
    [],
  ])('on options %o', (value) => {
    expect(accepts((r, v) => readOptions(r, v, [], false), value)).toBe(
      PriceOptionsSchema.safeParse(value).success,
    );
    expect(accepts((r, v) => readOptions(r, v, [], true), value)).toBe(
      BestCombinationOptionsSchema.safeParse(value).success,
    );
  });
});
