import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, type RiskRule } from '../../src/insights/risk-rules.js';
import {
  predictRisks,
  type RiskOrder,
  RiskOrderJsonSchema,
  RiskOrderSchema,
  safePredictRisks,
} from '../../src/insights/risks.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const H = 3_600_000;
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * H);
const seen = (order: RiskOrder, now: Date) =>
  predictRisks(order, { now }).map((w) => [w.id, w.status, w.dueAt.toISOString()]);

describe('predictRisks: each built-in rule before and after its due instant', () => {
  const paidAt = bj('2026-11-10T10:00:00');
  const promisedShipBy = bj('2026-11-12T10:00:00');
  // Tracking last moved Friday 2026-11-13 18:00; 48 business hours of China working days skip the
  // weekend: Mon 11-16 18:00 … Wed 11-18 18:00.
  const lastTrackingAt = bj('2026-11-13T18:00:00');
  const stallDue = bj('2026-11-17T18:00:00');
  const customsHoldSince = bj('2026-11-14T08:00:00');
  // Signed Mon 2026-11-23: day 1 is 11-24, day 7 is Mon 11-30 (a working day): ends 12-01 00:00.
  const signedAt = bj('2026-11-23T14:00:00');
  const windowEnd = bj('2026-12-01T00:00:00');
  const refundRequestedAt = bj('2026-11-20T09:00:00');

  it.each([
    ['not shipped: before its 12 h lead', { paidAt, promisedShipBy }, plus(promisedShipBy, -12.01), []],
    [
      'not shipped: within the lead',
      { paidAt, promisedShipBy },
      plus(promisedShipBy, -1),
      [['not-shipped', 'due-soon', promisedShipBy.toISOString()]],
    ],
    [
      'not shipped: past the promise',
      { paidAt, promisedShipBy },
      plus(promisedShipBy, 30),
      [['not-shipped', 'overdue', promisedShipBy.toISOString()]],
    ],
    [
      'shipped: no warning',
      { paidAt, promisedShipBy, shippedAt: bj('2026-11-11T10:00:00') },
      plus(promisedShipBy, 1),
      [],
    ],
    [
      'tracking stalled: 48 business hours skip the weekend, before the lead',
      { paidAt, shippedAt: bj('2026-11-11T10:00:00'), lastTrackingAt },
      plus(stallDue, -8.01),
      [],
    ],
    [
      'tracking stalled: within the lead',
      { paidAt, shippedAt: bj('2026-11-11T10:00:00'), lastTrackingAt },
      plus(stallDue, -1),
      [['tracking-stalled', 'due-soon', stallDue.toISOString()]],
    ],
    [
      'tracking stalled: past',
      { paidAt, shippedAt: bj('2026-11-11T10:00:00'), lastTrackingAt },
      stallDue,
      [['tracking-stalled', 'overdue', stallDue.toISOString()]],
    ],
    [
      'customs hold: younger than 72 h minus the lead',
      { paidAt, customsHoldSince },
      plus(customsHoldSince, 47.9),
      [],
    ],
    [
      'customs hold: near 72 h',
      { paidAt, customsHoldSince },
      plus(customsHoldSince, 48),
      [['customs-hold', 'due-soon', plus(customsHoldSince, 72).toISOString()]],
    ],
    [
      'customs hold: older than 72 h',
      { paidAt, customsHoldSince },
      plus(customsHoldSince, 73),
      [['customs-hold', 'overdue', plus(customsHoldSince, 72).toISOString()]],
    ],
    [
      'return window: more than 48 h left',
      { paidAt, shippedAt: paidAt, signedAt },
      plus(windowEnd, -48.01),
      [],
    ],
    [
      'return window: within 48 h',
      { paidAt, shippedAt: paidAt, signedAt },
      plus(windowEnd, -48),
      [['return-window-closing', 'due-soon', windowEnd.toISOString()]],
    ],
    ['return window: closed, no more warning', { paidAt, shippedAt: paidAt, signedAt }, windowEnd, []],
    ['refund: 12 h before its 48 h', { paidAt, refundRequestedAt }, plus(refundRequestedAt, 35.9), []],
    [
      'refund: near',
      { paidAt, refundRequestedAt },
      plus(refundRequestedAt, 36),
      [['refund-unanswered', 'due-soon', plus(refundRequestedAt, 48).toISOString()]],
    ],
    [
      'refund: answered',
      { paidAt, refundRequestedAt, refundAnsweredAt: plus(refundRequestedAt, 2) },
      plus(refundRequestedAt, 50),
      [],
    ],
  ] as const)('%s', (_, order, now, want) => {
    expect(seen(order as RiskOrder, now)).toEqual(want);
  });

  it('the return window ends at 24:00 of the next working day when its 7th day is a rest day (National Day)', () => {
    // Signed 2026-09-26: day 7 is 10-03, a holiday; 10-01..07 are off, 10-08 is the next working day.
    const paid = bj('2026-09-20T10:00:00');
    const order = { paidAt: paid, shippedAt: paid, signedAt: bj('2026-09-26T12:00:00') };
    expect(seen(order, bj('2026-10-08T12:00:00'))).toEqual([
      ['return-window-closing', 'due-soon', bj('2026-10-09T00:00:00').toISOString()],
    ]);
  });

  it('sorts warnings by dueAt and gives a sentence in every locale with the due time in Beijing', () => {
    const order = { paidAt, promisedShipBy, customsHoldSince: bj('2026-11-10T10:30:00') };
    const warnings = predictRisks(order as RiskOrder, { now: bj('2026-11-12T11:00:00') });
    expect(warnings.map((w) => w.id)).toEqual(['not-shipped', 'customs-hold']);
    expect(warnings[0]?.message).toEqual({
      'zh-CN': '订单须在 2026-11-12 10:00（北京时间）前发货，目前仍未发货。',
      en: 'The order must ship by 2026-11-12 10:00 (Beijing time) and has not shipped yet.',
      es: 'El pedido debe enviarse antes de 2026-11-12 10:00 (hora de Pekín) y aún no se ha enviado.',
    });
    expect(warnings[1]?.basis.en).toContain('Q4');
  });

  it('per-carrier and per-route thresholds: the route beats the carrier', () => {
    const base = BUILT_IN_RULES.find((r) => r.id === 'tracking-stalled') as RiskRule;
    const rule: RiskRule = {
      ...base,
      due: {
        kind: 'after',
        from: 'lastTrackingAt',
        hours: 48,
        clock: 'calendar',
        byCarrier: { EMS: 96 },
        byRoute: { 'intl-us': 240 },
      },
    };
    const order = { paidAt, shippedAt: paidAt, lastTrackingAt, carrier: 'EMS' };
    const due = (o: RiskOrder) =>
      predictRisks(o, { now: plus(lastTrackingAt, 1000), rules: [rule] })[0]?.dueAt;
    expect([due(order), due({ ...order, route: 'intl-us' }), due({ ...order, carrier: 'SF' })]).toEqual([
      plus(lastTrackingAt, 96),
      plus(lastTrackingAt, 240),
      plus(lastTrackingAt, 48),
    ]);
  });

  it.each([
    ['a string for a date', { paidAt: '2026-11-10T10:00:00+08:00' }, ['order', 'paidAt']],
    [
      'paid after shipped',
      { paidAt: bj('2026-11-10T10:00:00'), shippedAt: bj('2026-11-09T10:00:00') },
      ['order', 'shippedAt'],
    ],
    [
      'an unknown field',
      { paidAt: bj('2026-11-10T10:00:00'), shipedAt: bj('2026-11-10T10:00:00') },
      ['order'],
    ],
    ['a fake Date', { paidAt: Object.create(Date.prototype) }, ['order', 'paidAt']],
  ])('refuses %s, clearly (safe and throwing)', (_, order, path) => {
    const result = safePredictRisks(order, { now: bj('2026-11-12T10:00:00') });
    expect(result).toEqual({ success: false, error: { issues: [expect.objectContaining({ path })] } });
    expect(() => predictRisks(order as RiskOrder, { now: bj('2026-11-12T10:00:00') })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });

  it('refuses a malformed rule with its path, and a bad now', () => {
    const rule = { ...BUILT_IN_RULES[0], leadHours: -1 } as RiskRule;
    expect(() =>
      predictRisks({ paidAt: bj('2026-11-10T10:00:00') }, { now: new Date(), rules: [rule] }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument', path: ['rules', 0, 'leadHours'] }));
    expect(() =>
      predictRisks({ paidAt: bj('2026-11-10T10:00:00') }, { now: new Date(Number.NaN) }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_date', path: ['now'] }));
  });
});

describe('RiskOrderSchema and RiskOrderJsonSchema', () => {
  it('refuse an order with a malformed instant beside a valid one instead of throwing', () => {
    const paidAt = bj('2026-11-10T10:00:00');
    expect(safePredictRisks({ paidAt, signedAt: 'yesterday' }, { now: paidAt })).toMatchObject({
      success: false,
      error: { issues: [expect.objectContaining({ path: ['order', 'signedAt'] })] },
    });
    // A date without a time fails a format check, which lets the order check run on the text.
    expect(
      RiskOrderJsonSchema.safeParse({ paidAt: '2026-11-10T10:00:00+08:00', signedAt: '2026-11-09' }).error
        ?.issues,
    ).toEqual([expect.objectContaining({ code: 'invalid_format', path: ['signedAt'] })]);
  });

  it('the JSON form reads ISO instants into the Dates that predictRisks takes, and checks their order', () => {
    const order = RiskOrderJsonSchema.parse({ paidAt: '2026-11-10T10:00:00+08:00', carrier: 'EMS' });
    expect(order.paidAt).toEqual(bj('2026-11-10T10:00:00'));
    expect(RiskOrderSchema.safeParse(order).success).toBe(true);
    const issues = RiskOrderJsonSchema.safeParse({
      paidAt: '2026-11-10T10:00:00+08:00',
      shippedAt: '2026-11-09T10:00:00+08:00',
    }).error?.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'custom', path: ['shippedAt'] })]);
  });
});

describe('safePredictRisks: hostile input', () => {
  const trap = () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
  it.each([
    ['a Proxy as the order', () => safePredictRisks(trap(), { now: new Date() })],
    ['a Proxy as the options', () => safePredictRisks({ paidAt: new Date() }, trap() as never)],
  ])('%s gives an invalid_type issue, not an exception', (_, run) => {
    expect(run()).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code: 'invalid_type' })] },
    });
  });
});
