import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Offer, type Order, priceOrder, refundAmount, safePriceOrder } from '../../src/money/index.js';
import { offersArb, orderArb } from '../helpers/money-arbitraries.js';

const at = new Date('2026-11-11T00:00:00+08:00');
const line = (sku: string, unitPrice: number, quantity = 1, shopId = 's1') => ({
  sku,
  shopId,
  unitPrice,
  quantity,
});
const platform = { level: 'platform' } as const;
const shop = (shopId: string) => ({ level: 'shop', shopId }) as const;

describe('priceOrder: the offer kinds', () => {
  const order: Order = { lines: [line('A', 20000), line('B', 10000)] };
  it.each<[string, Offer, number]>([
    // 满300减30 applies at exactly 300.00: thresholds are inclusive.
    [
      '满300减30 at exactly 300',
      { id: 'x', kind: 'threshold', scope: platform, threshold: 30000, off: 3000 },
      27000,
    ],
    ['每满100减10, repeats', { id: 'x', kind: 'every', scope: platform, every: 10000, off: 1000 }, 27000],
    [
      '每满100减10, cap 20',
      { id: 'x', kind: 'every', scope: platform, every: 10000, off: 1000, cap: 2000 },
      28000,
    ],
    [
      '阶梯满减 tiers in any order: the highest reached',
      {
        id: 'x',
        kind: 'tiers',
        scope: platform,
        tiers: [
          { threshold: 40000, off: 8000 },
          { threshold: 10000, off: 1000 },
          { threshold: 30000, off: 5000 },
        ],
      },
      25000,
    ],
    ['95折 pays 95%', { id: 'x', kind: 'discount', scope: platform, percent: 95 }, 28500],
    [
      '无门槛 coupon (threshold 0)',
      { id: 'x', kind: 'coupon', scope: platform, threshold: 0, off: 500 },
      29500,
    ],
    [
      'an item offer tests its skus combined',
      { id: 'x', kind: 'threshold', scope: { level: 'item', skus: ['A', 'B'] }, threshold: 30000, off: 100 },
      29900,
    ],
    [
      'an off above the amount stops at 0',
      { id: 'x', kind: 'coupon', scope: { level: 'item', skus: ['B'] }, threshold: 0, off: 99999 },
      20000,
    ],
  ])('%s', (_, offer, payable) => {
    expect(priceOrder(order, [offer], { at }).payable).toBe(payable);
  });

  it('a discount rounds the discounted amount half-up to the fen', () => {
    // 0.95 × 1.10 = 1.045 → 1.05 (half-up); 0.95 × 1.30 = 1.235 → 1.24.
    const r = priceOrder(
      { lines: [line('A', 110)] },
      [{ id: 'd', kind: 'discount', scope: platform, percent: 95 }],
      { at },
    );
    expect(r.payable).toBe(105);
    expect(
      priceOrder({ lines: [line('A', 130)] }, [{ id: 'd', kind: 'discount', scope: platform, percent: 95 }], {
        at,
      }).payable,
    ).toBe(124);
  });
});

describe('priceOrder: levels, exclusivity and explanations', () => {
  it('levels apply item → shop → platform, each threshold on what earlier levels left', () => {
    const order = { lines: [line('A', 31000)] };
    const r = priceOrder(
      order,
      [
        { id: 'platform-300', kind: 'threshold', scope: platform, threshold: 30000, off: 3000 },
        { id: 'shop-20', kind: 'coupon', scope: shop('s1'), threshold: 0, off: 2000 },
      ],
      { at, locale: 'en' },
    );
    // The shop coupon leaves 290.00: ¥10.00 short of the platform's 满300.
    expect(r).toEqual({
      original: 31000,
      payable: 29000,
      saved: 2000,
      applied: [{ offerId: 'shop-20', saved: 2000 }],
      skipped: [
        {
          offerId: 'platform-300',
          code: 'below-threshold',
          message:
            '¥10.00 short of the ¥300.00 threshold: the lines in scope come to ¥290.00 after earlier offers',
          shortBy: 1000,
        },
      ],
      lines: [{ sku: 'A', original: 31000, payable: 29000 }],
    });
  });

  it('offers in one exclusive group never stack: the better one is used, the other is excluded', () => {
    const r = priceOrder(
      { lines: [line('A', 50000)] },
      [
        { id: 'c1', kind: 'coupon', scope: platform, threshold: 0, off: 1000, exclusive: 'platform-coupon' },
        { id: 'c2', kind: 'coupon', scope: platform, threshold: 0, off: 3000, exclusive: 'platform-coupon' },
      ],
      { at, locale: 'en' },
    );
    expect(r.applied).toEqual([{ offerId: 'c2', saved: 3000 }]);
    expect(r.skipped).toEqual([
      {
        offerId: 'c1',
        code: 'excluded',
        message: 'does not stack with c2 (exclusive group "platform-coupon"), which is used as it saves more',
      },
    ]);
  });

  it('expired, not-yet-valid and out-of-scope offers are skipped with their reason', () => {
    const r = priceOrder(
      { lines: [line('A', 10000)] },
      [
        {
          id: 'old',
          kind: 'coupon',
          scope: platform,
          threshold: 0,
          off: 100,
          validTo: new Date('2026-11-10T23:59:59+08:00'),
        },
        {
          id: 'soon',
          kind: 'coupon',
          scope: platform,
          threshold: 0,
          off: 100,
          validFrom: new Date('2026-11-12T00:00:00+08:00'),
        },
        { id: 'other-shop', kind: 'coupon', scope: shop('s9'), threshold: 0, off: 100 },
      ],
      { at, locale: 'zh-CN' },
    );
    expect(r.skipped).toEqual([
      { offerId: 'other-shop', code: 'out-of-scope', message: '订单中没有适用此优惠的商品' },
      { offerId: 'old', code: 'expired', message: '已于北京时间2026-11-10 23:59过期' },
      { offerId: 'soon', code: 'not-yet-valid', message: '北京时间2026-11-12 00:00起才可使用' },
    ]);
    expect(r.payable).toBe(10000);
  });

  it('validity bounds are inclusive', () => {
    const coupon: Offer = {
      id: 'c',
      kind: 'coupon',
      scope: platform,
      threshold: 0,
      off: 100,
      validFrom: at,
      validTo: at,
    };
    expect(priceOrder({ lines: [line('A', 1000)] }, [coupon], { at }).payable).toBe(900);
  });

  it('splits a saving by largest remainder: ¥10 off 10/10/10 is 3.34 + 3.33 + 3.33, never 3.33 × 3 (macrozheng/mall #356)', () => {
    const r = priceOrder(
      { lines: [line('A', 1000), line('B', 1000), line('C', 1000)] },
      [{ id: 'x', kind: 'coupon', scope: platform, threshold: 0, off: 1000 }],
      { at },
    );
    // A tie on the remainder: the earlier line takes the odd fen of the saving.
    expect(r.lines.map((l) => l.payable)).toEqual([666, 667, 667]);
  });

  it('splits by price, not by unit count (woocommerce #46631)', () => {
    const r = priceOrder(
      { lines: [line('A', 100, 3), line('B', 900)] },
      [{ id: 'x', kind: 'coupon', scope: platform, threshold: 0, off: 120 }],
      { at },
    );
    expect(r.lines.map((l) => l.payable)).toEqual([270, 810]);
  });
});

describe('priceOrder: bad input', () => {
  const order = { lines: [line('A', 1000)] };
  it.each<[string, unknown, unknown, (string | number)[]]>([
    ['negative fen', { lines: [line('A', -1)] }, [], ['order', 'lines', 0, 'unitPrice']],
    ['fractional fen', { lines: [line('A', 12.5)] }, [], ['order', 'lines', 0, 'unitPrice']],
    ['1e400', { lines: [line('A', Number('1e400'))] }, [], ['order', 'lines', 0, 'unitPrice']],
    [
      'a string amount',
      { lines: [{ ...line('A', 1), unitPrice: '12.30' }] },
      [],
      ['order', 'lines', 0, 'unitPrice'],
    ],
    ['an unknown kind', order, [{ id: 'x', kind: 'cashback', scope: platform }], ['offers', 0, 'kind']],
    [
      'a coupon with no scope',
      order,
      [{ id: 'x', kind: 'coupon', threshold: 0, off: 1 }],
      ['offers', 0, 'scope'],
    ],
    [
      'a misspelt key',
      order,
      [{ id: 'x', kind: 'coupon', scope: platform, threshold: 0, off: 1, valdTo: at }],
      ['offers', 0],
    ],
    [
      'two offers with one id',
      order,
      [
        { id: 'x', kind: 'coupon', scope: platform, threshold: 0, off: 1 },
        { id: 'x', kind: 'discount', scope: platform, percent: 90 },
      ],
      ['offers', 1, 'id'],
    ],
    [
      'duplicate tiers',
      order,
      [
        {
          id: 'x',
          kind: 'tiers',
          scope: platform,
          tiers: [
            { threshold: 1, off: 1 },
            { threshold: 1, off: 2 },
          ],
        },
      ],
      ['offers', 0, 'tiers', 1, 'threshold'],
    ],
    ['an unsafe total', { lines: [line('A', Number.MAX_SAFE_INTEGER, 2)] }, [], ['order', 'lines', 0]],
  ])('%s: the safeParse shape from safePriceOrder, a TiantianError from priceOrder', (_, o, offers, path) => {
    const result = safePriceOrder(o, offers, { at });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues[0]?.path).toEqual(path);
    expect(() => priceOrder(o as Order, offers as Offer[], { at })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });

  it('survives throwing getters, Proxies and fake dates', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(safePriceOrder(hostile, [], {}).success).toBe(false);
    expect(safePriceOrder(order, [hostile], {}).success).toBe(false);
    expect(safePriceOrder(order, [], { at: Object.create(Date.prototype) }).success).toBe(false);
    expect(safePriceOrder(order, [], { at: new Date(Number.NaN) }).success).toBe(false);
    expect(safePriceOrder('x'.repeat(1e6), [], {}).success).toBe(false);
  });
});

describe('priceOrder properties', () => {
  const priced = fc
    .tuple(orderArb, offersArb())
    .map(([order, offers]) => ({ order, offers, r: priceOrder(order, offers, { at }) }));

  it('line payables sum exactly to the payable, none below 0, none above its original, payable ≤ original', () => {
    fc.assert(
      fc.property(priced, ({ r }) => {
        expect(r.lines.reduce((s, l) => s + l.payable, 0)).toBe(r.payable);
        expect(r.lines.every((l) => l.payable >= 0 && l.payable <= l.original)).toBe(true);
        expect(r.payable).toBeLessThanOrEqual(r.original);
        expect(r.saved).toBe(r.applied.reduce((s, a) => s + a.saved, 0));
        expect(r.original - r.payable).toBe(r.saved);
      }),
    );
  });

  it('a refund of every line equals the payable', () => {
    fc.assert(
      fc.property(priced, ({ order, r }) => {
        const all = order.lines.map((l, i) => ({ line: i, quantity: l.quantity }));
        expect(refundAmount(order, r, all).total).toBe(r.payable);
      }),
    );
  });

  it('the same input in any offer order gives the same output (no exclusive ties)', () => {
    fc.assert(
      fc.property(orderArb, offersArb(6, false), fc.context(), (order, offers, ctx) => {
        const reversed = [...offers].reverse();
        ctx.log(JSON.stringify(offers));
        expect(priceOrder(order, reversed, { at })).toEqual(priceOrder(order, offers, { at }));
      }),
    );
  });

  it('every offer is either applied or skipped, once', () => {
    fc.assert(
      fc.property(priced, ({ offers, r }) => {
        const ids = [...r.applied.map((a) => a.offerId), ...r.skipped.map((s) => s.offerId)].sort();
        expect(ids).toEqual(offers.map((o) => o.id).sort());
      }),
    );
  });
});
