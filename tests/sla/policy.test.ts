import { describe, expect, it } from 'vitest';
import { defineBusinessHours } from '../../src/calendar/index.js';
import { getChannel } from '../../src/channels/index.js';
import {
  defineSlaPolicy,
  guidePolicy,
  responseDeadline,
  type SlaEvent,
  type SlaPolicy,
  type SlaPolicyInput,
  slaStatus,
} from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const ev = (type: SlaEvent['type'], local: string): SlaEvent => ({ type, at: bj(local) });

describe('defineSlaPolicy', () => {
  it('checks the configuration (invalid_configuration)', () => {
    const bad: unknown[] = [
      { id: '', targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar' }] },
      { id: 'x', targets: [] },
      { id: 'x', targets: [{ metric: 'first-answer', minutes: 60, clock: 'calendar' }] },
      { id: 'x', targets: [{ metric: 'first-reply', minutes: -1, clock: 'calendar' }] },
      { id: 'x', targets: [{ metric: 'first-reply', minutes: Number.NaN, clock: 'calendar' }] },
      { id: 'x', targets: [{ metric: 'first-reply', minutes: 60, clock: 'wall' }] },
      { id: 'x', targets: [{ metric: 'first-reply', minutes: 60, clock: 'business' }] },
      { id: 'x', targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 61 }] },
      {
        id: 'x',
        targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: { fraction: 2 } }],
      },
      null,
    ];
    for (const input of bad)
      expect(() => defineSlaPolicy(input as SlaPolicyInput)).toThrowError(
        expect.objectContaining({ code: 'invalid_configuration' }),
      );
  });

  it('resolves the warning to milliseconds (default: the last quarter)', () => {
    const policy = defineSlaPolicy({
      id: 'p',
      targets: [
        { metric: 'first-reply', minutes: 60, clock: 'calendar' },
        { metric: 'resolution', minutes: 600, clock: 'calendar', warnBefore: 30 },
        { metric: 'next-reply', minutes: 100, clock: 'calendar', warnBefore: { fraction: 0.1 } },
      ],
    });
    expect(policy.targets.map((t) => t.warnMs)).toEqual([15 * 60_000, 30 * 60_000, 10 * 60_000]);
  });

  it('a business target takes the policy’s hours when it names none', () => {
    const hours = getChannel('social-media').hours;
    const policy = defineSlaPolicy({
      id: 'p',
      hours,
      targets: [{ metric: 'first-reply', minutes: 60, clock: 'business' }],
    });
    expect(policy.targets[0]?.hours).toBe(hours);
  });
});

describe('slaStatus', () => {
  const chat = defineSlaPolicy({
    id: 'chat',
    targets: [
      { metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 15 },
      { metric: 'next-reply', minutes: 30, clock: 'calendar', warnBefore: 10 },
      { metric: 'resolution', minutes: 24 * 60, clock: 'calendar', warnBefore: 60 },
    ],
  });
  const created = ev('created', '2026-09-30T10:00:00');

  it('first reply: on track → at risk → breached as now grows', () => {
    const at = (local: string) => slaStatus(chat, [created], bj(local)).metrics['first-reply'];
    expect(at('2026-09-30T10:30:00')).toMatchObject({ status: 'on-track', remaining: { calendar: 30 } });
    expect(at('2026-09-30T10:50:00')).toMatchObject({ status: 'at-risk', remaining: { calendar: 10 } });
    expect(at('2026-09-30T11:00:00')).toMatchObject({ status: 'at-risk', remaining: { calendar: 0 } });
    const late = at('2026-09-30T11:20:00');
    expect(late).toMatchObject({
      status: 'breached',
      breachedAt: bj('2026-09-30T11:00:00'),
      remaining: { calendar: -20 },
    });
  });

  it('first reply achieved in time; a reply exactly at the due instant is in time', () => {
    const onTime = slaStatus(
      chat,
      [created, ev('agent-reply', '2026-09-30T11:00:00')],
      bj('2026-09-30T12:00:00'),
    );
    expect(onTime.metrics['first-reply']).toMatchObject({
      status: 'achieved',
      fulfilledAt: bj('2026-09-30T11:00:00'),
    });
    const late = slaStatus(
      chat,
      [created, ev('agent-reply', '2026-09-30T11:00:01')],
      bj('2026-09-30T12:00:00'),
    );
    expect(late.metrics['first-reply']).toMatchObject({
      status: 'breached',
      breachedAt: bj('2026-09-30T11:00:00'),
    });
    expect(late.breached).toBe(true);
  });

  it('pause keeps waiting-on-the-customer time out of the clock and reports it', () => {
    const events = [
      created,
      ev('agent-reply', '2026-09-30T10:10:00'),
      ev('pause', '2026-09-30T11:00:00'),
      ev('resume', '2026-09-30T15:00:00'),
    ];
    const status = slaStatus(chat, events, bj('2026-10-01T12:00:00')).metrics.resolution!;
    expect(status.pausedMinutes.calendar).toBe(240);
    // 24 h + 4 h paused: due 2026-10-01 14:00.
    expect(status.due).toEqual(bj('2026-10-01T14:00:00'));
    expect(status.elapsedMinutes).toBe(26 * 60 - 240);
  });

  it('while paused the status is paused and due is as if resumed now', () => {
    const events = [created, ev('agent-reply', '2026-09-30T10:10:00'), ev('pause', '2026-09-30T11:00:00')];
    const status = slaStatus(chat, events, bj('2026-09-30T13:00:00'));
    expect(status.paused).toBe(true);
    expect(status.metrics.resolution).toMatchObject({ status: 'paused', due: bj('2026-10-01T12:00:00') });
    expect(status.pausedMinutes).toBe(120);
  });

  it('a customer message while paused resumes the clock', () => {
    const events = [
      created,
      ev('agent-reply', '2026-09-30T10:10:00'),
      ev('pause', '2026-09-30T11:00:00'),
      ev('customer-message', '2026-09-30T12:00:00'),
    ];
    const status = slaStatus(chat, events, bj('2026-09-30T12:05:00'));
    expect(status.paused).toBe(false);
    expect(status.metrics['next-reply']).toMatchObject({
      status: 'on-track',
      startedAt: bj('2026-09-30T12:00:00'),
    });
    expect(status.metrics.resolution?.pausedMinutes.calendar).toBe(60);
  });

  it('next reply: a new cycle per customer message after an agent reply, counting breaches', () => {
    const events = [
      created,
      ev('agent-reply', '2026-09-30T10:05:00'),
      ev('customer-message', '2026-09-30T10:10:00'),
      ev('customer-message', '2026-09-30T10:20:00'), // still waiting: no new cycle
      ev('agent-reply', '2026-09-30T11:00:00'), // 50 min: breached (30 min target)
      ev('customer-message', '2026-09-30T12:00:00'),
      ev('agent-reply', '2026-09-30T12:10:00'),
    ];
    const status = slaStatus(chat, events, bj('2026-09-30T13:00:00')).metrics['next-reply']!;
    expect(status).toMatchObject({
      status: 'achieved',
      cycle: 2,
      breaches: 1,
      startedAt: bj('2026-09-30T12:00:00'),
    });
    const during = slaStatus(chat, events, bj('2026-09-30T10:50:00')).metrics['next-reply']!;
    expect(during).toMatchObject({ status: 'breached', cycle: 1, startedAt: bj('2026-09-30T10:10:00') });
  });

  it('resolution: solved stops the clock, reopened goes on with the same clock', () => {
    const events = [
      created,
      ev('agent-reply', '2026-09-30T10:05:00'),
      ev('solved', '2026-09-30T20:00:00'),
      ev('reopened', '2026-10-01T20:00:00'),
    ];
    const solved = slaStatus(chat, events, bj('2026-10-01T08:00:00'));
    expect(solved.solved).toBe(true);
    expect(solved.metrics.resolution).toMatchObject({
      status: 'achieved',
      fulfilledAt: bj('2026-09-30T20:00:00'),
    });
    const reopened = slaStatus(chat, events, bj('2026-10-01T21:00:00')).metrics.resolution!;
    // 10 h before solving + 1 h after reopening; 24 h solved do not count.
    expect(reopened).toMatchObject({ status: 'on-track', elapsedMinutes: 11 * 60, fulfilledAt: null });
    expect(reopened.due).toEqual(bj('2026-10-02T10:00:00'));
  });

  it('sorts an unsorted history and ignores events after now', () => {
    const events = [ev('agent-reply', '2026-09-30T10:30:00'), created];
    expect(slaStatus(chat, events, bj('2026-09-30T11:00:00')).metrics['first-reply']?.status).toBe(
      'achieved',
    );
    expect(slaStatus(chat, events, bj('2026-09-30T10:20:00')).metrics['first-reply']?.status).toBe(
      'on-track',
    );
  });

  it('rejects a malformed history', () => {
    const now = bj('2026-09-30T12:00:00');
    expect(() => slaStatus(chat, [], now)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => slaStatus(chat, [created, created], now)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => slaStatus(chat, [ev('agent-reply', '2026-09-30T09:00:00'), created], now)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => slaStatus(chat, [{ type: 'created', at: new Date('x') }], now)).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    // @ts-expect-error an unknown event type
    expect(() => slaStatus(chat, [created, { type: 'note', at: now }], now)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => slaStatus(chat, [created], bj('2026-09-30T09:00:00'))).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
    expect(() => slaStatus(chat, [created], new Date('x'))).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('reports business and calendar minutes for a business target', () => {
    const policy = guidePolicy('social-media');
    const events = [ev('created', '2026-09-30T20:30:00')];
    const status = slaStatus(policy, events, bj('2026-10-05T12:00:00')).metrics['first-reply']!;
    expect(status.status).toBe('on-track');
    expect(status.remaining.business).toBe(90);
    // From 2026-10-05 12:00 to 2026-10-08 10:30 on the clock.
    expect(status.remaining.calendar).toBe(2 * 24 * 60 + 22 * 60 + 30);
  });

  it('a lunch break schedule: business time skips it', () => {
    const hours = defineBusinessHours({
      timeZone: 'Asia/Shanghai',
      intervals: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
    });
    const policy = defineSlaPolicy({
      id: 'shop',
      hours,
      targets: [{ metric: 'first-reply', minutes: 120, clock: 'business' }],
    });
    const status = slaStatus(policy, [ev('created', '2026-09-29T11:00:00')], bj('2026-09-29T11:00:00'));
    expect(status.metrics['first-reply']?.due).toEqual(bj('2026-09-29T14:00:00'));
  });
});

describe('guidePolicy agrees with responseDeadline', () => {
  it('for every channel, issue type of the table and the 2026 National Day evening', () => {
    const at = bj('2026-09-30T20:30:00');
    for (const channel of ['online-chat', 'hotline', 'email', 'social-media'] as const) {
      for (const issueType of [undefined, 'payment-problem', 'logistics-delay', 'quality-dispute'] as const) {
        for (const complex of [false, true]) {
          const due = responseDeadline({ channel, submittedAt: at, issueType, complex }).due;
          const policy = guidePolicy(channel, { issueType, complex });
          expect(slaStatus(policy, [{ type: 'created', at }], at).metrics['first-reply']?.due).toEqual(due);
        }
      }
    }
  });

  it('names the policy after its inputs', () => {
    expect(guidePolicy('email', { issueType: 'logistics-delay', complex: true }).id).toBe(
      'guide:email:logistics-delay:complex',
    );
    expect(guidePolicy('social-media', { issueType: 'logistics-delay' }).targets).toHaveLength(2);
  });
});

describe('the guide page’s policy example (docs/guides/sla.md)', () => {
  it('first reply achieved after National Day, resolution paused while waiting on the customer', () => {
    const hours = getChannel('social-media').hours;
    const policy = defineSlaPolicy({
      id: 'weibo',
      targets: [
        { metric: 'first-reply', minutes: 120, clock: 'business', hours, warnBefore: 30 },
        { metric: 'next-reply', minutes: 240, clock: 'business', hours },
        {
          metric: 'resolution',
          minutes: 3 * 12 * 60,
          clock: 'business',
          hours,
          warnBefore: { fraction: 0.1 },
        },
      ],
    });
    const status = slaStatus(
      policy,
      [
        ev('created', '2026-09-30T20:30:00'),
        ev('agent-reply', '2026-10-08T09:10:00'),
        ev('pause', '2026-10-08T09:11:00'),
      ],
      bj('2026-10-08T12:00:00'),
    );
    expect(status.metrics['first-reply']?.status).toBe('achieved');
    // 30 open minutes on 09-30 and 11 on 10-08 before the pause; 3 open days are far away.
    expect(status.metrics.resolution).toMatchObject({ status: 'paused', elapsedMinutes: 41 });
    expect(status.metrics.resolution?.pausedMinutes.calendar).toBe(169);
    expect(status.metrics['next-reply']).toBeUndefined();
  });
});

const FR = { metric: 'first-reply', minutes: 60, clock: 'calendar' } as const;
const POLICY_CASES: readonly [() => unknown, string, string, readonly (string | number)[]][] = [
  [
    () => defineSlaPolicy(null as never),
    'invalid_configuration',
    'defineSlaPolicy expects { id, targets }, got null',
    [],
  ],
  [
    () => defineSlaPolicy(7 as never),
    'invalid_configuration',
    'defineSlaPolicy expects { id, targets }, got number 7',
    [],
  ],
  [
    () => defineSlaPolicy({ id: '  ', targets: [] }),
    'invalid_configuration',
    'A policy needs a non-empty string id, got "  "',
    ['id'],
  ],
  [
    () => defineSlaPolicy({ id: 3, targets: [] } as never),
    'invalid_configuration',
    'A policy needs a non-empty string id, got number 3',
    ['id'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [] }),
    'invalid_configuration',
    'A policy needs at least one target, got an array',
    ['targets'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: 'x' } as never),
    'invalid_configuration',
    'A policy needs at least one target, got "x"',
    ['targets'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR], hours: 5 } as never),
    'invalid_configuration',
    'hours must be a BusinessHours from defineBusinessHours',
    ['hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR], hours: null } as never),
    'invalid_configuration',
    'hours must be a BusinessHours from defineBusinessHours',
    ['hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR, null] } as never),
    'invalid_configuration',
    'targets[1] must be an object { metric, minutes, clock }, got null',
    ['targets', 1],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR, 'x'] } as never),
    'invalid_configuration',
    'targets[1] must be an object { metric, minutes, clock }, got "x"',
    ['targets', 1],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, metric: 'reply' }] } as never),
    'invalid_configuration',
    'targets[0].metric must be one of first-reply, next-reply, resolution, got "reply"',
    ['targets', 0, 'metric'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: -1 }] }),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got number -1',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: Number.POSITIVE_INFINITY }] }),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got number Infinity',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: '60' }] } as never),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got "60"',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, clock: 'wall' }] } as never),
    'invalid_configuration',
    "targets[0].clock must be 'business' or 'calendar', got \"wall\"",
    ['targets', 0, 'clock'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, hours: 'x' }] } as never),
    'invalid_configuration',
    'targets[0].hours must be a BusinessHours from defineBusinessHours',
    ['targets', 0, 'hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, clock: 'business' }] }),
    'invalid_configuration',
    'targets[0] counts business time but names no hours; pass hours (defineBusinessHours) on the target or the policy',
    ['targets', 0, 'hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: 61 }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number 61",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: -1 }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number -1",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: Number.NaN }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number NaN",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: 1.5 } }] }),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: -0.1 } }] }),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: '0.5' } }] } as never),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: 'soon' }] } as never),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got "soon"',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => guidePolicy('email', { complex: 'yes' } as never),
    'invalid_argument',
    'complex must be a boolean, got "yes"',
    ['complex'],
  ],
];

describe('defineSlaPolicy: errors for bad input', () => {
  it.each(POLICY_CASES.map((c, i) => [i, ...c] as const))(
    'case %i throws %s',
    (_i, run, code, message, path) => {
      expect(run).toThrowError(expect.objectContaining({ name: 'TiantianError', code, message, path }));
    },
  );

  it('treats a null target hours as absent (calendar target still valid)', () => {
    const policy = defineSlaPolicy({ id: 'p', targets: [{ ...FR, hours: null }] } as never);
    expect(policy.targets[0]).not.toHaveProperty('hours');
  });
});

const summary = (policy: SlaPolicy) =>
  policy.targets.map((t) => ({
    metric: t.metric,
    minutes: t.minutes,
    clock: t.clock,
    hasHours: t.hours !== undefined,
    warnBefore: t.warnBefore,
    warnMs: t.warnMs,
  }));

describe('defineSlaPolicy: warnings at their bounds', () => {
  it('accepts 0 and the whole target in minutes, and fractions 0 and 1; keeps calendar hours', () => {
    const hours = getChannel('social-media').hours;
    const p = defineSlaPolicy({
      id: 'x',
      targets: [
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: 0 },
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: 60 },
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: { fraction: 0 } },
        { metric: 'resolution', minutes: 61, clock: 'calendar', warnBefore: { fraction: 1 } },
        { metric: 'resolution', minutes: 10, clock: 'calendar' },
        { metric: 'resolution', minutes: 10, clock: 'calendar', hours },
      ],
    });
    expect(summary(p)).toEqual([
      { metric: 'resolution', minutes: 60, clock: 'calendar', hasHours: false, warnBefore: 0, warnMs: 0 },
      {
        metric: 'resolution',
        minutes: 60,
        clock: 'calendar',
        hasHours: false,
        warnBefore: 60,
        warnMs: 3_600_000,
      },
      {
        metric: 'resolution',
        minutes: 60,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 0 },
        warnMs: 0,
      },
      {
        metric: 'resolution',
        minutes: 61,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 1 },
        warnMs: 3_660_000,
      },
      {
        metric: 'resolution',
        minutes: 10,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 0.25 },
        warnMs: 150_000,
      },
      {
        metric: 'resolution',
        minutes: 10,
        clock: 'calendar',
        hasHours: true,
        warnBefore: { fraction: 0.25 },
        warnMs: 150_000,
      },
    ]);
    expect(p.targets[5]?.hours).toBe(hours);
    expect(Object.hasOwn(p.targets[0] ?? {}, 'hours')).toBe(false);
  });
});
