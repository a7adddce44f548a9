import { describe, expect, it } from 'vitest';
import { TiantianError } from '../../src/shared/errors.js';
import {
  checkShippingPromise,
  defineSlaPolicy,
  SHIPPING_LATE_COMPENSATION,
  type ShippingPromiseInput,
  safeResponseDeadline,
  safeSlaStatus,
} from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);
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
    let caught: unknown;
    try {
      checkShippingPromise(input as ShippingPromiseInput);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TiantianError);
    const e = caught as TiantianError;
    expect({ code: e.code, message: e.message, path: e.path }).toEqual({ code, message, path });
  });
});

describe('safeResponseDeadline / safeSlaStatus: issues', () => {
  it('reports schema issues and rule issues with their paths', () => {
    expect(safeResponseDeadline(null)).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_type', message: 'Invalid input', path: [] }] },
    });
    expect(safeResponseDeadline({ channel: 'fax', submittedAt: P })).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message: 'Expected a channel: online-chat, hotline, email, social-media',
            path: ['channel'],
          },
        ],
      },
    });
    expect(
      safeResponseDeadline({
        channel: 'online-chat',
        submittedAt: P,
        handoffAt: new Date(P.getTime() - 60_000),
      }),
    ).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_argument',
            message:
              'handoffAt (2026-09-30T12:29:00.000Z) is before submittedAt (2026-09-30T12:30:00.000Z); a chat reaches a person after it starts',
            path: ['handoffAt'],
          },
        ],
      },
    });
    const good = safeResponseDeadline({ channel: 'email', submittedAt: P });
    expect(good.success && good.data.due).toEqual(bj('2026-10-02T20:30:00'));
  });

  const policy = defineSlaPolicy({
    id: 'p',
    targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar' }],
  });
  it('safeSlaStatus: history problems are failures, with events paths', () => {
    expect(safeSlaStatus(policy, 'x', P)).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_type', message: 'Invalid input', path: [] }] },
    });
    expect(safeSlaStatus(policy, [{ type: 'hello', at: P }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message:
              'Expected an event type: created, customer-message, agent-reply, pause, resume, solved, reopened',
            path: [0, 'type'],
          },
        ],
      },
    });
    expect(safeSlaStatus(policy, [{ type: 'pause', at: P }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_argument',
            message: 'events has no created event; every ticket history starts with one',
            path: ['events'],
          },
        ],
      },
    });
    expect(safeSlaStatus(policy, [{ type: 'created', at: new Date(P.getTime() + 60_000) }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'out_of_range',
            message:
              'now (2026-09-30T12:30:00.000Z) is before the ticket was created (2026-09-30T12:31:00.000Z)',
            path: ['events'],
          },
        ],
      },
    });
    const good = safeSlaStatus(policy, [{ type: 'created', at: P }], P);
    expect(good.success && good.data.policyId).toBe('p');
  });

  it('safeSlaStatus: a bad policy or now is misuse and throws', () => {
    expect(() => safeSlaStatus(null as never, [{ type: 'created', at: P }], P)).toThrow(
      'policy must come from defineSlaPolicy, got null',
    );
    expect(() => safeSlaStatus(policy, [{ type: 'created', at: P }], new Date('x'))).toThrow(
      'now must be a valid Date, got Invalid Date',
    );
  });
});
