import { describe, expect, it } from 'vitest';
import {
  checkShippingPromise,
  diagnoseUnshippedOrder,
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
    const now = bj('2026-11-12T00:00:00');
    expect(() => checkShippingPromise({ paidAt, now } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() =>
      checkShippingPromise({ paidAt, now, promisedHours: 1, promisedBy: now } as never),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => checkShippingPromise({ paidAt, now, promisedHours: -1 } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() =>
      checkShippingPromise({ paidAt, now, promisedBy: bj('2026-11-10T00:00:00') } as never),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() =>
      checkShippingPromise({
        paidAt,
        now,
        promisedHours: 1,
        shippedAt: bj('2026-11-13T00:00:00'),
      } as never),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() =>
      checkShippingPromise({ paidAt: new Date('x'), now, promisedHours: 1 } as never),
    ).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => checkShippingPromise(null as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

const P = bj('2026-09-30T20:30:00');

describe('checkShippingPromise: every field', () => {
  it('awaiting', () => {
    expect(checkShippingPromise({ paidAt: P, promisedHours: 48, now: bj('2026-10-02T08:30:00') })).toEqual({
      state: 'awaiting',
      deadline: bj('2026-10-02T20:30:00'),
      shipped: false,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 43200000,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '尚未发货，承诺发货时间 2026-10-02 20:30（北京时间）未到。',
        en: 'Not shipped yet; the promise runs until 2026-10-02 20:30 Beijing time.',
        es: 'Aún no enviado; el plazo prometido vence el 2026-10-02 20:30 hora de Pekín.',
      },
    });
  });
  it('awaiting at the very deadline', () => {
    expect(checkShippingPromise({ paidAt: P, promisedHours: 48, now: bj('2026-10-02T20:30:00') })).toEqual({
      state: 'awaiting',
      deadline: bj('2026-10-02T20:30:00'),
      shipped: false,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 0,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '尚未发货，承诺发货时间 2026-10-02 20:30（北京时间）未到。',
        en: 'Not shipped yet; the promise runs until 2026-10-02 20:30 Beijing time.',
        es: 'Aún no enviado; el plazo prometido vence el 2026-10-02 20:30 hora de Pekín.',
      },
    });
  });
  it('overdue by 90.5 minutes', () => {
    expect(checkShippingPromise({ paidAt: P, promisedHours: 48, now: bj('2026-10-02T22:00:30') })).toEqual({
      state: 'overdue',
      deadline: bj('2026-10-02T20:30:00'),
      shipped: false,
      onTime: false,
      lateByMs: 5430000,
      lateByMinutes: 90.5,
      remainingMs: 0,
      mayClaimCompensation: true,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '超过承诺时间（2026-10-02 20:30，北京时间）90.5分钟仍未发货，可申请双倍赔偿。',
        en: 'Not shipped 90.5 min after the promise (2026-10-02 20:30 Beijing time): you may claim double compensation.',
        es: 'Sin enviar 90.5 min después del plazo (2026-10-02 20:30 hora de Pekín): puede solicitar una compensación doble.',
      },
    });
  });
  it('shipped exactly at the deadline', () => {
    expect(
      checkShippingPromise({
        paidAt: P,
        promisedHours: 48,
        shippedAt: bj('2026-10-02T20:30:00'),
        now: bj('2026-10-05T10:00:00'),
      }),
    ).toEqual({
      state: 'shipped-on-time',
      deadline: bj('2026-10-02T20:30:00'),
      shipped: true,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 0,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '已按承诺时间（2026-10-02 20:30，北京时间）发货。',
        en: 'Shipped within the promise (2026-10-02 20:30 Beijing time).',
        es: 'Enviado dentro del plazo prometido (2026-10-02 20:30 hora de Pekín).',
      },
    });
  });
  it('shipped 45 minutes late', () => {
    expect(
      checkShippingPromise({
        paidAt: P,
        promisedBy: bj('2026-10-01T12:00:00'),
        shippedAt: bj('2026-10-01T12:45:00'),
        now: bj('2026-10-05T10:00:00'),
      }),
    ).toEqual({
      state: 'shipped-late',
      deadline: bj('2026-10-01T12:00:00'),
      shipped: true,
      onTime: false,
      lateByMs: 2700000,
      lateByMinutes: 45,
      remainingMs: 0,
      mayClaimCompensation: true,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '超过承诺时间（2026-10-01 12:00，北京时间）45分钟才发货，可申请双倍赔偿。',
        en: 'Shipped 45 min after the promise (2026-10-01 12:00 Beijing time): you may claim double compensation.',
        es: 'Enviado 45 min después del plazo (2026-10-01 12:00 hora de Pekín): puede solicitar una compensación doble.',
      },
    });
  });
  it('promised by payment, shipped at payment, now at payment', () => {
    expect(checkShippingPromise({ paidAt: P, promisedBy: P, shippedAt: P, now: P })).toEqual({
      state: 'shipped-on-time',
      deadline: bj('2026-09-30T20:30:00'),
      shipped: true,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 0,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '已按承诺时间（2026-09-30 20:30，北京时间）发货。',
        en: 'Shipped within the promise (2026-09-30 20:30 Beijing time).',
        es: 'Enviado dentro del plazo prometido (2026-09-30 20:30 hora de Pekín).',
      },
    });
  });
  it('0 hours, now at payment', () => {
    expect(checkShippingPromise({ paidAt: P, promisedHours: 0, now: P })).toEqual({
      state: 'awaiting',
      deadline: bj('2026-09-30T20:30:00'),
      shipped: false,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 0,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '尚未发货，承诺发货时间 2026-09-30 20:30（北京时间）未到。',
        en: 'Not shipped yet; the promise runs until 2026-09-30 20:30 Beijing time.',
        es: 'Aún no enviado; el plazo prometido vence el 2026-09-30 20:30 hora de Pekín.',
      },
    });
  });
  it('1.5 hours', () => {
    expect(checkShippingPromise({ paidAt: P, promisedHours: 1.5, now: bj('2026-09-30T21:00:00') })).toEqual({
      state: 'awaiting',
      deadline: bj('2026-09-30T22:00:00'),
      shipped: false,
      onTime: true,
      lateByMs: 0,
      lateByMinutes: 0,
      remainingMs: 3600000,
      mayClaimCompensation: false,
      compensation: SHIPPING_LATE_COMPENSATION,
      message: {
        'zh-CN': '尚未发货，承诺发货时间 2026-09-30 22:00（北京时间）未到。',
        en: 'Not shipped yet; the promise runs until 2026-09-30 22:00 Beijing time.',
        es: 'Aún no enviado; el plazo prometido vence el 2026-09-30 22:00 hora de Pekín.',
      },
    });
  });

  it('without now, uses the current time (a shipment long past)', () => {
    const r = checkShippingPromise({
      paidAt: bj('2026-01-05T10:00:00'),
      promisedHours: 48,
      shippedAt: bj('2026-01-05T11:00:00'),
    });
    expect(r.state).toBe('shipped-on-time');
    expect(r.deadline).toEqual(bj('2026-01-07T10:00:00'));
  });
});

describe('checkShippingPromise: bad input', () => {
  const cases: readonly [unknown, string, string, readonly string[]][] = [
    [
      null,
      'invalid_argument',
      'checkShippingPromise expects { paidAt, promisedHours | promisedBy, shippedAt?, now? }, got null',
      [],
    ],
    [
      3,
      'invalid_argument',
      'checkShippingPromise expects { paidAt, promisedHours | promisedBy, shippedAt?, now? }, got number 3',
      [],
    ],
    [
      { paidAt: new Date('x'), promisedHours: 1, now: P },
      'invalid_date',
      'paidAt must be a valid Date, got Invalid Date',
      ['paidAt'],
    ],
    [
      { paidAt: P, promisedHours: 1, now: new Date('x') },
      'invalid_date',
      'now must be a valid Date, got Invalid Date',
      ['now'],
    ],
    [
      { paidAt: P, promisedHours: 1, promisedBy: P, now: P },
      'invalid_argument',
      'Give exactly one of promisedHours or promisedBy, not both',
      ['promisedHours'],
    ],
    [
      { paidAt: P, now: P },
      'invalid_argument',
      'Give the promise: promisedHours (hours after payment) or promisedBy (a Date)',
      ['promisedHours'],
    ],
    [
      { paidAt: P, promisedHours: -1, now: P },
      'invalid_argument',
      'promisedHours must be a finite number of hours, 0 or more, got number -1',
      ['promisedHours'],
    ],
    [
      { paidAt: P, promisedHours: '2', now: P },
      'invalid_argument',
      'promisedHours must be a finite number of hours, 0 or more, got "2"',
      ['promisedHours'],
    ],
    [
      { paidAt: P, promisedHours: Number.NaN, now: P },
      'invalid_argument',
      'promisedHours must be a finite number of hours, 0 or more, got number NaN',
      ['promisedHours'],
    ],
    [
      { paidAt: P, promisedBy: new Date('x'), now: P },
      'invalid_date',
      'promisedBy must be a valid Date, got Invalid Date',
      ['promisedBy'],
    ],
    [
      { paidAt: P, promisedBy: new Date(P.getTime() - 1000), now: P },
      'invalid_argument',
      'promisedBy (2026-09-30T12:29:59.000Z) is before paidAt (2026-09-30T12:30:00.000Z)',
      ['promisedBy'],
    ],
    [
      { paidAt: P, promisedHours: 1, shippedAt: new Date('x'), now: P },
      'invalid_date',
      'shippedAt must be a valid Date, got Invalid Date',
      ['shippedAt'],
    ],
    [
      { paidAt: P, promisedHours: 1, shippedAt: new Date(P.getTime() - 1000), now: P },
      'invalid_argument',
      'shippedAt (2026-09-30T12:29:59.000Z) is before paidAt (2026-09-30T12:30:00.000Z)',
      ['shippedAt'],
    ],
    [
      { paidAt: P, promisedHours: 1, shippedAt: new Date(P.getTime() + 1000), now: P },
      'invalid_argument',
      'shippedAt (2026-09-30T12:30:01.000Z) is after now (2026-09-30T12:30:00.000Z); a shipment cannot be in the future',
      ['shippedAt'],
    ],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i', (_i, input, code, message, path) => {
    expect(() => checkShippingPromise(input as never)).toThrowError(
      expect.objectContaining({ name: 'TiantianError', code, message, path }),
    );
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

  it.each([
    ['null', null, 'null'],
    ['a string', 'x', '"x"'],
  ])('refuses %s instead of the facts, with a message naming what it expects', (_name, input, shown) => {
    expect(() => diagnoseUnshippedOrder(input as never)).toThrowError(
      expect.objectContaining({
        name: 'TiantianError',
        code: 'invalid_argument',
        message: `diagnoseUnshippedOrder expects { paidAt, promisedHours | promisedBy, shippedAt?, now }, got ${shown}`,
      }),
    );
  });

  it('names now in the error for a missing now', () => {
    expect(() =>
      diagnoseUnshippedOrder({ paidAt, promisedHours: 48 } as unknown as Parameters<
        typeof diagnoseUnshippedOrder
      >[0]),
    ).toThrowError(expect.objectContaining({ code: 'invalid_date', path: ['now'] }));
  });

  it('a parcel shipped on time: the one step is to track it', () => {
    const d = diagnoseUnshippedOrder({
      paidAt,
      promisedHours: 48,
      shippedAt: new Date('2026-11-12T10:00:00+08:00'),
      now: new Date('2026-11-14T10:00:00+08:00'),
    });
    expect(d.action).toBe('track-shipment');
    expect(d.mayClaimCompensation).toBe(false);
    expect(d.steps).toHaveLength(1);
    expect(d.steps[0]?.['zh-CN']).toEqual(expect.any(String));
    expect(d.steps[0]?.['zh-CN']).not.toBe('');
  });
});
