import { describe, expect, it } from 'vitest';
import { isTiantianError } from '../../src/shared/errors.js';
import {
  checkShippingPromise,
  diagnoseUnshippedOrder,
  type ShippingPromiseInput,
  SHIPPING_LATE_COMPENSATION,
} from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const paidAt = bj('2026-11-11T00:10:00');

// Q1:支付成功未发货 — “A:立即联系客服核查订单状态,若超过承诺时间未发货,可申请双倍赔偿”
describe('checkShippingPromise (Q1 支付成功未发货)', () => {
  it('names the guide’s compensation: 双倍赔偿', () => {
    expect(SHIPPING_LATE_COMPENSATION['zh-CN']).toBe('双倍赔偿');
    expect(SHIPPING_LATE_COMPENSATION.en).toMatch(/double/);
  });

  it('not shipped, within the promise: awaiting, on time, no claim', () => {
    const check = checkShippingPromise({ paidAt, promisedHours: 48, now: bj('2026-11-12T00:10:00') });
    expect(check).toMatchObject({
      state: 'awaiting',
      onTime: true,
      lateByMs: 0,
      mayClaimCompensation: false,
    });
    expect(check.deadline).toEqual(bj('2026-11-13T00:10:00'));
    expect(check.remainingMs).toBe(24 * 3_600_000);
  });

  it('“超过承诺时间未发货” → may claim double compensation, late by how much', () => {
    const check = checkShippingPromise({ paidAt, promisedHours: 48, now: bj('2026-11-13T09:10:00') });
    expect(check).toMatchObject({
      state: 'overdue',
      onTime: false,
      lateByMinutes: 540,
      mayClaimCompensation: true,
    });
    expect(check.lateByMs).toBe(540 * 60_000);
    expect(check.compensation).toBe(SHIPPING_LATE_COMPENSATION);
    expect(check.message['zh-CN']).toContain('可申请双倍赔偿');
  });

  it('shipped exactly at the promised time is on time; a millisecond later is late', () => {
    const deadline = bj('2026-11-12T18:00:00');
    const onTime = checkShippingPromise({
      paidAt,
      promisedBy: deadline,
      shippedAt: deadline,
      now: bj('2026-11-20T00:00:00'),
    });
    expect(onTime).toMatchObject({ state: 'shipped-on-time', mayClaimCompensation: false, shipped: true });
    const late = checkShippingPromise({
      paidAt,
      promisedBy: deadline,
      shippedAt: new Date(deadline.getTime() + 1),
      now: bj('2026-11-20T00:00:00'),
    });
    expect(late).toMatchObject({ state: 'shipped-late', lateByMs: 1, mayClaimCompensation: true });
  });

  it('counts calendar time (a holiday does not stop the promise)', () => {
    const check = checkShippingPromise({
      paidAt: bj('2026-09-30T20:00:00'),
      promisedHours: 24,
      now: bj('2026-10-02T20:00:00'),
    });
    expect(check.deadline).toEqual(bj('2026-10-01T20:00:00'));
    expect(check.lateByMinutes).toBe(24 * 60);
  });

  it('rejects misuse with TiantianError', () => {
    const code = (input: unknown) => {
      try {
        checkShippingPromise(input as ShippingPromiseInput);
      } catch (error) {
        return isTiantianError(error) ? error.code : 'other';
      }
      return 'none';
    };
    const now = bj('2026-11-12T00:00:00');
    expect(code({ paidAt, now })).toBe('invalid_argument');
    expect(code({ paidAt, now, promisedHours: 1, promisedBy: now })).toBe('invalid_argument');
    expect(code({ paidAt, now, promisedHours: -1 })).toBe('invalid_argument');
    expect(code({ paidAt, now, promisedBy: bj('2026-11-10T00:00:00') })).toBe('invalid_argument');
    expect(code({ paidAt, now, promisedHours: 1, shippedAt: bj('2026-11-13T00:00:00') })).toBe(
      'invalid_argument',
    );
    expect(code({ paidAt: new Date('x'), now, promisedHours: 1 })).toBe('invalid_date');
    expect(code(null)).toBe('invalid_argument');
  });
});

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
