import { describe, expect, it } from 'vitest';
import {
  cancelOrReturn,
  customsDocuments,
  diagnoseCoupon,
  diagnoseUnshippedOrder,
} from '../../src/faq/index.js';
import { checkShippingPromise } from '../../src/sla/index.js';

describe('diagnoseUnshippedOrder — Q1: “立即联系客服核查订单状态,若超过承诺时间未发货,可申请双倍赔偿”', () => {
  const paidAt = new Date('2026-11-11T10:00:00+08:00');

  it('while the promise runs: contact customer service to check the order status', () => {
    const now = new Date('2026-11-12T10:00:00+08:00');
    const d = diagnoseUnshippedOrder({ paidAt, promisedHours: 48, now });
    expect(d.action).toBe('contact-service');
    expect(d.mayClaimCompensation).toBe(false);
    expect(d.steps[0]?.['zh-CN']).toBe('立即联系客服核查订单状态');
    expect(d.check).toEqual(checkShippingPromise({ paidAt, promisedHours: 48, now }));
  });

  it('past the promised time and unshipped: double compensation may be claimed', () => {
    const d = diagnoseUnshippedOrder({
      paidAt,
      promisedHours: 48,
      now: new Date('2026-11-13T10:00:01+08:00'),
    });
    expect(d.action).toBe('claim-double-compensation');
    expect(d.mayClaimCompensation).toBe(true);
    expect(d.steps.map((s) => s['zh-CN']).join('\n')).toContain('可申请双倍赔偿');
    expect(d.check.deadline.toISOString()).toBe('2026-11-13T02:00:00.000Z');
  });

  it('exactly at the deadline is still on time', () => {
    const d = diagnoseUnshippedOrder({
      paidAt,
      promisedHours: 48,
      now: new Date('2026-11-13T10:00:00+08:00'),
    });
    expect(d.action).toBe('contact-service');
  });

  it('shipped on time: a tracking question, no compensation; shipped late: compensation and tracking', () => {
    const onTime = diagnoseUnshippedOrder({
      paidAt,
      promisedBy: new Date('2026-11-12T10:00:00+08:00'),
      shippedAt: new Date('2026-11-12T09:00:00+08:00'),
      now: new Date('2026-11-14T10:00:00+08:00'),
    });
    expect(onTime.action).toBe('track-shipment');
    expect(onTime.mayClaimCompensation).toBe(false);
    const late = diagnoseUnshippedOrder({
      paidAt,
      promisedHours: 24,
      shippedAt: new Date('2026-11-13T09:00:00+08:00'),
      now: new Date('2026-11-14T10:00:00+08:00'),
    });
    expect(late.action).toBe('claim-double-compensation');
    expect(late.steps).toHaveLength(3);
  });

  it('requires now and valid dates', () => {
    expect(() =>
      diagnoseUnshippedOrder({ paidAt, promisedHours: 48 } as unknown as Parameters<
        typeof diagnoseUnshippedOrder
      >[0]),
    ).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() =>
      diagnoseUnshippedOrder({ paidAt: new Date('x'), promisedHours: 48, now: new Date() }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
  });
});

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

describe('customsDocuments — Q4: “提供购买发票、成分证明等材料,客服协助联系海关”', () => {
  it("lists the guide's documents first, then the evidence checklist's, then customer service contacts customs", () => {
    const answer = customsDocuments();
    expect(answer.documents.map((d) => d.name['zh-CN'])).toEqual([
      '购买发票',
      '成分证明',
      '订单截图',
      '支付凭证',
    ]);
    expect(answer.documents.filter((d) => d.source === 'Q4').map((d) => d.id)).toEqual([
      'purchase-invoice',
      'ingredient-proof',
    ]);
    expect(answer.nextStep['zh-CN']).toBe('客服协助联系海关');
    expect(customsDocuments({ includeSupporting: false }).documents.map((d) => d.name['zh-CN'])).toEqual([
      '购买发票',
      '成分证明',
    ]);
  });
});

describe('cancelOrReturn — Q5: “在发货前可直接取消订单,已发货则需按退货流程处理”', () => {
  it('before shipment: cancel the order directly', () => {
    const d = cancelOrReturn({ shipped: false });
    expect(d.action).toBe('cancel-order');
    expect(d.steps[0]?.['zh-CN']).toBe('在发货前可直接取消订单');
  });

  it('after shipment: the return process', () => {
    const d = cancelOrReturn({ shipped: true });
    expect(d.action).toBe('return-process');
    expect(d.steps[0]?.['zh-CN']).toBe('已发货则需按退货流程处理');
    expect(d.steps.length).toBeGreaterThan(1);
  });

  it('throws invalid_argument when shipped is not a boolean', () => {
    expect(() => cancelOrReturn({ shipped: 'yes' } as unknown as { shipped: boolean })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
