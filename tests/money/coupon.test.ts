import { describe, expect, it } from 'vitest';
import { diagnoseCoupon, type Offer, safeDiagnoseCoupon } from '../../src/money/index.js';

const at = new Date('2026-11-11T12:00:00+08:00');
const order = {
  lines: [
    { sku: 'A', shopId: 's1', unitPrice: 28750, quantity: 1 },
    { sku: 'B', shopId: 's2', unitPrice: 5000, quantity: 1 },
  ],
};
const coupon: Offer = {
  id: 'c',
  kind: 'coupon',
  scope: { level: 'shop', shopId: 's1' },
  threshold: 30000,
  off: 3000,
};

describe('diagnoseCoupon (Q3: “检查券有效期及使用门槛,若仍无效可申请人工核销”)', () => {
  it('below-threshold says how much is missing', () => {
    expect(diagnoseCoupon(order, coupon, { at, locale: 'en' })).toEqual({
      usable: false,
      reasons: [
        {
          code: 'below-threshold',
          message:
            '¥12.50 short of the ¥300.00 threshold: the lines in scope come to ¥287.50 after earlier offers',
          shortBy: 1250,
        },
      ],
      saves: 0,
    });
  });

  it('lists every reason: expired and below the threshold', () => {
    const expired = { ...coupon, validTo: new Date('2026-11-10T23:59:59+08:00') };
    expect(diagnoseCoupon(order, expired, { at }).reasons.map((r) => r.code)).toEqual([
      'expired',
      'below-threshold',
    ]);
  });

  it.each<[string, Offer, string]>([
    [
      'not-yet-valid',
      { ...coupon, threshold: 0, validFrom: new Date('2026-11-12T00:00:00+08:00') },
      'not-yet-valid',
    ],
    ['out-of-scope', { ...coupon, scope: { level: 'shop', shopId: 's9' } }, 'out-of-scope'],
  ])('%s', (_, c, code) => {
    const d = diagnoseCoupon(order, c, { at });
    expect([d.usable, d.reasons.map((r) => r.code)]).toEqual([false, [code]]);
  });

  it('usable at exactly the threshold, with what it saves', () => {
    expect(diagnoseCoupon(order, { ...coupon, threshold: 28750 }, { at })).toEqual({
      usable: true,
      reasons: [],
      saves: 3000,
    });
  });

  it('tests the threshold on what earlier levels of the other offers leave', () => {
    const itemDiscount: Offer = {
      id: 'd',
      kind: 'discount',
      scope: { level: 'item', skus: ['A'] },
      percent: 90,
    };
    const d = diagnoseCoupon(order, { ...coupon, threshold: 28000 }, { at, offers: [itemDiscount] });
    // 287.50 × 90% = 258.75: 21.25 short of 280.
    expect(d.reasons).toEqual([expect.objectContaining({ code: 'below-threshold', shortBy: 2125 })]);
  });

  it('bad input: the safeParse shape, or a TiantianError', () => {
    const r = safeDiagnoseCoupon(order, { id: 'c', kind: 'coupon', threshold: 0, off: 1 });
    expect(r.success ? [] : r.error.issues[0]?.path).toEqual(['coupon', 'scope']);
    expect(() => diagnoseCoupon(order, { ...coupon, off: -5 }, { at })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['coupon', 'off'] }),
    );
    expect(safeDiagnoseCoupon(order, coupon, { at, offers: [coupon] }).success).toBe(false);
  });
});
