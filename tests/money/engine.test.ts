import { describe, expect, it } from 'vitest';
import { evaluate, plan, prepare, search, thresholdOf } from '../../src/money/engine.js';
import type { Offer } from '../../src/money/index.js';

const at = new Date('2026-11-11T00:00:00+08:00');
const order = {
  lines: [
    { sku: 'A', shopId: 's1', unitPrice: 20000, quantity: 1 },
    { sku: 'B', shopId: 's2', unitPrice: 10000, quantity: 1 },
  ],
};
const offers: Offer[] = [
  { id: 'z-platform', kind: 'threshold', scope: { level: 'platform' }, threshold: 25000, off: 2000 },
  {
    id: 'a-shop',
    kind: 'coupon',
    scope: { level: 'shop', shopId: 's1' },
    threshold: 0,
    off: 1000,
    exclusive: 'g',
  },
  {
    id: 'b-shop',
    kind: 'coupon',
    scope: { level: 'shop', shopId: 's1' },
    threshold: 0,
    off: 3000,
    exclusive: 'g',
  },
];

describe('the pricing engine', () => {
  it('orders offers by level, then id', () => {
    expect(prepare(order, offers, at).offers.map((o) => o.id)).toEqual(['a-shop', 'b-shop', 'z-platform']);
  });

  it('evaluates level by level and reports the base each offer saw', () => {
    const p = prepare(order, offers, at);
    const e = evaluate(p, [false, true, true]);
    // Shop coupon: A 200 → 170. Platform 满250减20 on 270 splits 20 as 12.59 / 7.41 (largest remainder).
    expect(e).toEqual({
      remaining: [15741, 9259],
      saved: [0, 3000, 2000],
      short: [0, 0, 0],
      bases: [0, 20000, 27000],
    });
  });

  it('searches the exclusive group for the cheapest member', () => {
    const p = prepare(order, offers, at);
    const chosen = plan(p, false);
    expect(chosen.choices).toEqual([[[0], [1]]]);
    expect(search(p, chosen.always, chosen.choices)).toEqual({ picks: [1], exhaustive: true, tried: 2 });
  });

  it.each<[Offer, number]>([
    [
      {
        id: 't',
        kind: 'tiers',
        scope: { level: 'platform' },
        tiers: [
          { threshold: 500, off: 1 },
          { threshold: 200, off: 1 },
        ],
      },
      200,
    ],
    [{ id: 'd', kind: 'discount', scope: { level: 'platform' }, percent: 90 }, 0],
    [{ id: 'e', kind: 'every', scope: { level: 'platform' }, every: 300, off: 1 }, 300],
  ])('the least threshold of %o is %d', (offer, threshold) => {
    expect(thresholdOf(offer)).toBe(threshold);
  });
});
