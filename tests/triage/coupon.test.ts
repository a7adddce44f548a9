import { describe, expect, it } from 'vitest';
import { diagnoseCoupon } from '../../src/triage/coupon.js';

describe('diagnoseCoupon — Q3: “检查券有效期及使用门槛,若仍无效可申请人工核销”', () => {
  const now = new Date('2026-11-20T12:00:00+08:00');
  const coupon = {
    validFrom: new Date('2026-11-01T00:00:00+08:00'),
    validUntil: new Date('2026-11-30T23:59:59+08:00'),
    threshold: 200,
  };

  it('checks the validity window first', () => {
    expect(
      diagnoseCoupon({ coupon, order: { subtotal: 10 }, now: new Date('2026-10-31T23:59:59+08:00') }),
    ).toMatchObject({ outcome: 'not-yet-valid', failedCheck: 'validity' });
    expect(
      diagnoseCoupon({ coupon, order: { subtotal: 10 }, now: new Date('2026-12-01T00:00:00+08:00') }),
    ).toMatchObject({ outcome: 'expired', failedCheck: 'validity' });
    // Both ends are inclusive.
    expect(diagnoseCoupon({ coupon, order: { subtotal: 500 }, now: coupon.validUntil }).outcome).toBe(
      'manual-write-off',
    );
    expect(diagnoseCoupon({ coupon, order: { subtotal: 500 }, now: coupon.validFrom }).outcome).toBe(
      'manual-write-off',
    );
  });

  it('then the spending threshold, saying how much more to spend, in fen', () => {
    const d = diagnoseCoupon({ coupon, order: { subtotal: 180.5 }, now });
    expect(d).toMatchObject({ outcome: 'threshold-not-met', failedCheck: 'threshold', shortfallFen: 1950 });
    expect(d.message['zh-CN']).toBe('未达到使用门槛,还差 19.50 元');
  });

  it('compares in whole fen: 0.1 + 0.2 reaches a 0.3 threshold', () => {
    const d = diagnoseCoupon({ coupon: { ...coupon, threshold: 0.3 }, order: { subtotal: 0.1 + 0.2 }, now });
    expect(d.outcome).toBe('manual-write-off');
    const justShort = diagnoseCoupon({
      coupon: { ...coupon, threshold: 100 },
      order: { subtotal: 99.99 },
      now,
    });
    expect(justShort.shortfallFen).toBe(1);
  });

  it('then stacking: a non-stackable coupon fails beside another coupon', () => {
    const base = { coupon: { ...coupon, stackable: false }, now };
    expect(diagnoseCoupon({ ...base, order: { subtotal: 300, otherCoupons: 1 } }).outcome).toBe(
      'not-stackable',
    );
    expect(diagnoseCoupon({ ...base, order: { subtotal: 300 } }).outcome).toBe('manual-write-off');
    expect(diagnoseCoupon({ coupon, order: { subtotal: 300, otherCoupons: 2 }, now }).outcome).toBe(
      'manual-write-off',
    );
  });

  it('when every check passes: apply for a manual write-off (申请人工核销)', () => {
    const d = diagnoseCoupon({ coupon, order: { subtotal: 200 }, now });
    expect(d).toMatchObject({ outcome: 'manual-write-off', failedCheck: null, shortfallFen: 0 });
    expect(d.message['zh-CN']).toContain('若仍无效可申请人工核销');
  });

  it('rejects invalid amounts and dates', () => {
    const bad = (input: unknown) => () => diagnoseCoupon(input as Parameters<typeof diagnoseCoupon>[0]);
    expect(bad({ coupon: { ...coupon, threshold: -1 }, order: { subtotal: 1 }, now })).toThrowError(
      /coupon.threshold/,
    );
    expect(bad({ coupon, order: { subtotal: Number.NaN }, now })).toThrowError(/order.subtotal/);
    expect(bad({ coupon, order: { subtotal: 1.001 }, now })).toThrowError(/2 decimals/);
    expect(bad({ coupon, order: { subtotal: 1, otherCoupons: 0.5 }, now })).toThrowError(/otherCoupons/);
    expect(bad({ coupon, order: { subtotal: 1 }, now: new Date('x') })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(
      bad({
        coupon: { ...coupon, validFrom: new Date('2026-12-31T00:00:00Z') },
        order: { subtotal: 1 },
        now,
      }),
    ).toThrowError(/validFrom/);
    expect(bad({ coupon, now })).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
