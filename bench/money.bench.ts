// priceOrder (canonical order, level-by-level, largest-remainder split, exclusive search) against a
// straightforward implementation written here: offers applied in one pass per level, saving split
// proportionally with a last-line remainder, exclusive groups tried by brute force over whole
// pricing calls. bestCombination of 12 optional offers against brute force over all 4,096 subsets
// through priceOrder. Both sides' payables are checked equal before the benchmark.
import { bench, describe } from 'vitest';
import { bestCombination, type Offer, type Order, priceOrder } from '../src/money/index.js';

const at = new Date('2026-11-11T00:00:00+08:00');
const SHOPS = ['s1', 's2', 's3', 's4', 's5'];
const cart: Order = {
  lines: Array.from({ length: 50 }, (_, i) => ({
    sku: `sku-${i}`,
    shopId: SHOPS[i % SHOPS.length]!,
    unitPrice: 1990 + ((i * 7919) % 30000),
    quantity: 1 + (i % 3),
  })),
};
const twenty: Offer[] = [
  ...Array.from(
    { length: 5 },
    (_, i): Offer => ({
      id: `item-${i}`,
      kind: 'discount',
      scope: { level: 'item', skus: [`sku-${i * 3}`, `sku-${i * 3 + 1}`] },
      percent: 90,
    }),
  ),
  ...SHOPS.map(
    (shopId, i): Offer => ({
      id: `shop-every-${i}`,
      kind: 'every',
      scope: { level: 'shop', shopId },
      every: 20000,
      off: 2000,
      cap: 10000,
    }),
  ),
  ...SHOPS.map(
    (shopId, i): Offer => ({
      id: `shop-coupon-${i}`,
      kind: 'coupon',
      scope: { level: 'shop', shopId },
      threshold: 50000,
      off: 5000,
    }),
  ),
  {
    id: 'platform-tiers',
    kind: 'tiers',
    scope: { level: 'platform' },
    tiers: [
      { threshold: 100000, off: 5000 },
      { threshold: 300000, off: 20000 },
      { threshold: 500000, off: 40000 },
    ],
  },
  {
    id: 'platform-300',
    kind: 'threshold',
    scope: { level: 'platform' },
    threshold: 30000,
    off: 3000,
    exclusive: 'platform',
  },
  { id: 'platform-95', kind: 'discount', scope: { level: 'platform' }, percent: 95, exclusive: 'platform' },
  {
    id: 'platform-coupon',
    kind: 'coupon',
    scope: { level: 'platform' },
    threshold: 0,
    off: 1000,
    exclusive: 'platform',
  },
  {
    id: 'platform-big',
    kind: 'coupon',
    scope: { level: 'platform' },
    threshold: 900000,
    off: 90000,
    exclusive: 'platform',
  },
];

const LEVEL = { item: 0, shop: 1, platform: 2 } as const;

/** The straightforward way: per level, each offer on its lines, saving split proportionally, the last line takes the rest. */
function naivePrice(order: Order, offers: readonly Offer[]): number {
  const left = order.lines.map((l) => l.unitPrice * l.quantity);
  const inScope = (o: Offer, i: number) => {
    const line = order.lines[i]!;
    return (
      o.scope.level === 'platform' ||
      (o.scope.level === 'shop' ? line.shopId === o.scope.shopId : o.scope.skus.includes(line.sku))
    );
  };
  for (const level of [0, 1, 2]) {
    const here = offers.filter((o) => LEVEL[o.scope.level] === level).sort((a, b) => (a.id < b.id ? -1 : 1));
    const bases = here.map((o) => left.reduce((s, v, i) => s + (inScope(o, i) ? v : 0), 0));
    here.forEach((o, k) => {
      const base = bases[k]!;
      let saving = 0;
      if (o.kind === 'threshold' || o.kind === 'coupon') saving = base >= o.threshold ? o.off : 0;
      else if (o.kind === 'every') saving = Math.min(Math.floor(base / o.every) * o.off, o.cap ?? Infinity);
      else if (o.kind === 'tiers')
        saving = Math.max(0, ...o.tiers.filter((t) => t.threshold <= base).map((t) => t.off));
      else saving = base - Math.floor((2 * base * o.percent + 100) / 200);
      const idx = left.map((_, i) => i).filter((i) => inScope(o, i));
      const total = idx.reduce((s, i) => s + left[i]!, 0);
      saving = Math.min(saving, total);
      if (saving <= 0) return;
      let given = 0;
      idx.forEach((i, j) => {
        const part = j === idx.length - 1 ? saving - given : Math.floor((saving * left[i]!) / total);
        left[i]! -= part;
        given += part;
      });
    });
  }
  return left.reduce((s, v) => s + v, 0);
}

/** Exclusive groups by brute force: every member of the one group, the cheapest. */
function naiveWithGroups(order: Order, offers: readonly Offer[]): number {
  const free = offers.filter((o) => o.exclusive === undefined);
  const group = offers.filter((o) => o.exclusive !== undefined);
  return Math.min(...group.map((member) => naivePrice(order, [...free, member])));
}

const check = (a: number, b: number, what: string) => {
  if (a !== b) throw new Error(`bench inputs differ (${what}): ${a} vs ${b}`);
};
check(priceOrder(cart, twenty, { at }).payable, naiveWithGroups(cart, twenty), 'priceOrder');

const small: Order = { lines: cart.lines.slice(0, 10) };
const twelve: Offer[] = Array.from(
  { length: 12 },
  (_, i): Offer => ({
    id: `c${String(i).padStart(2, '0')}`,
    kind: 'coupon',
    scope:
      i < 4
        ? { level: 'item', skus: [`sku-${i}`] }
        : i < 8
          ? { level: 'shop', shopId: SHOPS[i % 5]! }
          : { level: 'platform' },
    threshold: 5000 * (i % 4),
    off: 300 + 150 * i,
  }),
);
twelve.push({ id: 'p-300', kind: 'threshold', scope: { level: 'platform' }, threshold: 300000, off: 30000 });

function bruteBest(order: Order, offers: readonly Offer[]): number {
  const optional = offers.filter((o) => o.kind === 'coupon');
  const fixed = offers.filter((o) => o.kind !== 'coupon');
  let best = Infinity;
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    best = Math.min(
      best,
      priceOrder(order, [...fixed, ...optional.filter((_, i) => mask & (1 << i))], { at }).payable,
    );
  }
  return best;
}
check(bestCombination(small, twelve, { at }).result.payable, bruteBest(small, twelve), 'bestCombination');

describe('priceOrder: 50 lines, 20 offers (one exclusive group of 4)', () => {
  bench('tiantian-support priceOrder', () => {
    priceOrder(cart, twenty, { at });
  });
  bench('straightforward: per-level pass, last-line remainder, group by brute force', () => {
    naiveWithGroups(cart, twenty);
  });
});

describe('bestCombination: 12 optional coupons (4,096 subsets), 10 lines', () => {
  bench('tiantian-support bestCombination', () => {
    bestCombination(small, twelve, { at });
  });
  bench('brute force: priceOrder on every subset', () => {
    bruteBest(small, twelve);
  });
});
