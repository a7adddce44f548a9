import { describe, expect, it } from 'vitest';
import {
  defineSlaPolicy,
  guidePolicy,
  type SlaEventType,
  type SlaStatus,
  slaStatus,
  type SlaTargetStatus,
} from '../../src/sla/index.js';

// slaStatus for crafted ticket histories: every field of every target, in minutes after T0.
const T0 = new Date('2026-09-29T10:00:00+08:00');
// a Tuesday, a workday
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const since = (d: Date) => (d.getTime() - T0.getTime()) / 60_000;
const P = defineSlaPolicy({
  id: 'cal',
  targets: [
    { metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 15 },
    { metric: 'next-reply', minutes: 30, clock: 'calendar', warnBefore: 10 },
    { metric: 'resolution', minutes: 240, clock: 'calendar' },
  ],
});
const SM = guidePolicy('social-media');
function run(policy: typeof P, events: readonly [SlaEventType, number][], now: number): SlaStatus {
  return slaStatus(
    policy,
    events.map(([type, minutes]) => ({ type, at: at(minutes) })),
    at(now),
  );
}
function overview(s: SlaStatus) {
  return {
    paused: s.paused,
    solved: s.solved,
    breached: s.breached,
    pausedMinutes: s.pausedMinutes,
    next: s.next === null ? null : [s.next.metric, s.next.target.minutes],
    metrics: Object.fromEntries(Object.entries(s.metrics).map(([k, t]) => [k, t.target.minutes])),
  };
}
function brief(t: SlaTargetStatus) {
  return {
    metric: t.metric,
    status: t.status,
    startedAt: since(t.startedAt),
    due: since(t.due),
    breachedAt: t.breachedAt && since(t.breachedAt),
    fulfilledAt: t.fulfilledAt && since(t.fulfilledAt),
    remaining: t.remaining,
    elapsed: t.elapsedMinutes,
    paused: t.pausedMinutes,
    cycle: t.cycle,
    breaches: t.breaches,
  };
}

// One row per history: the events (type, minutes after T0), `now`, and the whole expected status
// (its overview and every target, in minutes after T0).
interface HistoryCase {
  readonly name: string;
  readonly policy: typeof P;
  readonly events: readonly [SlaEventType, number][];
  readonly now: number;
  readonly expected: ReturnType<typeof overview> & { readonly targets: readonly ReturnType<typeof brief>[] };
}

const HISTORIES: readonly HistoryCase[] = [
  {
    name: 'agent reply while paused',
    policy: P,
    events: [
      ['created', 0],
      ['pause', 10],
      ['agent-reply', 40],
    ],
    now: 60,
    expected: {
      paused: true,
      solved: false,
      breached: false,
      pausedMinutes: 50,
      next: ['resolution', 240],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 90,
          breachedAt: null,
          fulfilledAt: 40,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 30, calendar: 30 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'paused',
          startedAt: 0,
          due: 290,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 230, calendar: 230 },
          elapsed: 10,
          paused: { business: 50, calendar: 50 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'paused at now',
    policy: P,
    events: [
      ['created', 0],
      ['pause', 10],
    ],
    now: 50,
    expected: {
      paused: true,
      solved: false,
      breached: false,
      pausedMinutes: 40,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'paused',
          startedAt: 0,
          due: 100,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 40, calendar: 40 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'paused',
          startedAt: 0,
          due: 280,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 230, calendar: 230 },
          elapsed: 10,
          paused: { business: 40, calendar: 40 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'second pause ignored',
    policy: P,
    events: [
      ['created', 0],
      ['pause', 10],
      ['pause', 20],
      ['resume', 30],
    ],
    now: 45,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 20,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'on-track',
          startedAt: 0,
          due: 80,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 35, calendar: 35 },
          elapsed: 25,
          paused: { business: 20, calendar: 20 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 260,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 215, calendar: 215 },
          elapsed: 25,
          paused: { business: 20, calendar: 20 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'pause while solved ignored',
    policy: P,
    events: [
      ['created', 0],
      ['solved', 10],
      ['pause', 20],
      ['reopened', 30],
    ],
    now: 60,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['resolution', 240],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: 10,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 260,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 200, calendar: 200 },
          elapsed: 40,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'reopened on open ticket changes nothing',
    policy: P,
    events: [
      ['created', 0],
      ['reopened', 10],
    ],
    now: 30,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'on-track',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 30, calendar: 30 },
          elapsed: 30,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 210, calendar: 210 },
          elapsed: 30,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'message while first reply pending',
    policy: P,
    events: [
      ['created', 0],
      ['customer-message', 5],
    ],
    now: 20,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'on-track',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 40, calendar: 40 },
          elapsed: 20,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 220, calendar: 220 },
          elapsed: 20,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'breach then pause',
    policy: P,
    events: [
      ['created', 0],
      ['pause', 70],
      ['resume', 80],
    ],
    now: 100,
    expected: {
      paused: false,
      solved: false,
      breached: true,
      pausedMinutes: 10,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'breached',
          startedAt: 0,
          due: 60,
          breachedAt: 60,
          fulfilledAt: null,
          remaining: { business: -40, calendar: -40 },
          elapsed: 90,
          paused: { business: 10, calendar: 10 },
          cycle: 1,
          breaches: 1,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 250,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 150, calendar: 150 },
          elapsed: 90,
          paused: { business: 10, calendar: 10 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'breach in second run',
    policy: P,
    events: [
      ['created', 0],
      ['pause', 10],
      ['resume', 20],
    ],
    now: 100,
    expected: {
      paused: false,
      solved: false,
      breached: true,
      pausedMinutes: 10,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'breached',
          startedAt: 0,
          due: 70,
          breachedAt: 70,
          fulfilledAt: null,
          remaining: { business: -30, calendar: -30 },
          elapsed: 90,
          paused: { business: 10, calendar: 10 },
          cycle: 1,
          breaches: 1,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 250,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 150, calendar: 150 },
          elapsed: 90,
          paused: { business: 10, calendar: 10 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'warning boundary',
    policy: P,
    events: [['created', 0]],
    now: 45,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['first-reply', 60],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'at-risk',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 15, calendar: 15 },
          elapsed: 45,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 195, calendar: 195 },
          elapsed: 45,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'next-reply cycles',
    policy: P,
    events: [
      ['created', 0],
      ['agent-reply', 10],
      ['customer-message', 20],
      ['agent-reply', 70],
      ['customer-message', 80],
      ['agent-reply', 90],
      ['customer-message', 100],
    ],
    now: 125,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['next-reply', 30],
      metrics: { 'first-reply': 60, 'next-reply': 30, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: 10,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'next-reply',
          status: 'at-risk',
          startedAt: 100,
          due: 130,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 5, calendar: 5 },
          elapsed: 25,
          paused: { business: 0, calendar: 0 },
          cycle: 3,
          breaches: 1,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 115, calendar: 115 },
          elapsed: 125,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'solved and reopened by message',
    policy: P,
    events: [
      ['created', 0],
      ['agent-reply', 10],
      ['solved', 20],
      ['customer-message', 50],
    ],
    now: 60,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['next-reply', 30],
      metrics: { 'first-reply': 60, 'next-reply': 30, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: 10,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'next-reply',
          status: 'on-track',
          startedAt: 50,
          due: 80,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 20, calendar: 20 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 270,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 210, calendar: 210 },
          elapsed: 30,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'same instant: reply then message',
    policy: P,
    events: [
      ['created', 0],
      ['agent-reply', 10],
      ['customer-message', 10],
    ],
    now: 30,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['next-reply', 30],
      metrics: { 'first-reply': 60, 'next-reply': 30, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: 10,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'next-reply',
          status: 'at-risk',
          startedAt: 10,
          due: 40,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 10, calendar: 10 },
          elapsed: 20,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 210, calendar: 210 },
          elapsed: 30,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'same instant: message then reply',
    policy: P,
    events: [
      ['created', 0],
      ['customer-message', 10],
      ['agent-reply', 10],
    ],
    now: 30,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['resolution', 240],
      metrics: { 'first-reply': 60, resolution: 240 },
      targets: [
        {
          metric: 'first-reply',
          status: 'achieved',
          startedAt: 0,
          due: 60,
          breachedAt: null,
          fulfilledAt: 10,
          remaining: { business: 50, calendar: 50 },
          elapsed: 10,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
        {
          metric: 'resolution',
          status: 'on-track',
          startedAt: 0,
          due: 240,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 210, calendar: 210 },
          elapsed: 30,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
  {
    name: 'social media guide policy in open hours',
    policy: SM,
    events: [['created', 0]],
    now: 0,
    expected: {
      paused: false,
      solved: false,
      breached: false,
      pausedMinutes: 0,
      next: ['first-reply', 120],
      metrics: { 'first-reply': 120 },
      targets: [
        {
          metric: 'first-reply',
          status: 'on-track',
          startedAt: 0,
          due: 120,
          breachedAt: null,
          fulfilledAt: null,
          remaining: { business: 120, calendar: 120 },
          elapsed: 0,
          paused: { business: 0, calendar: 0 },
          cycle: 1,
          breaches: 0,
        },
      ],
    },
  },
];

describe('slaStatus: crafted histories', () => {
  it.each(HISTORIES)('$name', ({ policy, events, now, expected }) => {
    const s = run(policy, events, now);
    expect({ ...overview(s), targets: s.targets.map(brief) }).toEqual(expected);
  });
});

describe('slaStatus: several targets for one metric', () => {
  const events = [{ type: 'created' as const, at: T0 }];
  it('the more severe state wins when it is listed first and due later', () => {
    const policy = defineSlaPolicy({
      id: 'two',
      targets: [
        { metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 50 },
        { metric: 'first-reply', minutes: 30, clock: 'calendar', warnBefore: 0 },
      ],
    });
    const s = slaStatus(policy, events, at(15));
    expect({
      statuses: s.targets.map((t) => t.status),
      winner: s.metrics['first-reply']?.target.minutes,
    }).toEqual({ statuses: ['at-risk', 'on-track'], winner: 60 });
  });

  it('the more severe state wins, whatever the order', () => {
    const policy = defineSlaPolicy({
      id: 'two',
      targets: [
        { metric: 'first-reply', minutes: 30, clock: 'calendar', warnBefore: 0 },
        { metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 50 },
      ],
    });
    const s = slaStatus(policy, events, at(15));
    const winner = s.metrics['first-reply'];
    expect({
      statuses: s.targets.map((t) => t.status),
      winner: { minutes: winner?.target.minutes, status: winner?.status },
    }).toEqual({ statuses: ['on-track', 'at-risk'], winner: { minutes: 60, status: 'at-risk' } });
  });

  it.each([
    [30, 90],
    [90, 30],
  ])('on equal states the earlier due wins, whatever the order (%i, %i)', (...order) => {
    const policy = defineSlaPolicy({
      id: 'two',
      targets: order.map((minutes) => ({
        metric: 'first-reply' as const,
        minutes,
        clock: 'calendar' as const,
      })),
    });
    const s = slaStatus(policy, events, T0);
    expect({
      winner: s.metrics['first-reply']?.target.minutes,
      due: s.metrics['first-reply']?.due,
      next: s.next?.target.minutes,
    }).toEqual({ winner: 30, due: at(30), next: 30 });
  });

  it('on equal states and equal dues the first target stays', () => {
    const policy = defineSlaPolicy({
      id: 'two',
      targets: [
        { metric: 'first-reply', minutes: 30, clock: 'calendar', warnBefore: 1 },
        { metric: 'first-reply', minutes: 30, clock: 'calendar', warnBefore: 2 },
      ],
    });
    const s = slaStatus(policy, events, T0);
    expect(s.metrics['first-reply']?.target.warnBefore).toBe(1);
  });

  it('logistics delay on social media before National Day: paused time counts on neither clock', () => {
    const created = new Date('2026-09-30T20:30:00+08:00');
    const policy = guidePolicy('social-media', { issueType: 'logistics-delay' });
    expect(policy.id).toBe('guide:social-media:logistics-delay');
    const s = slaStatus(
      policy,
      [
        { type: 'created', at: created },
        { type: 'pause', at: new Date('2026-09-30T20:40:00+08:00') },
        { type: 'resume', at: new Date('2026-10-08T09:30:00+08:00') },
      ],
      new Date('2026-10-08T10:00:00+08:00'),
    );
    const paused =
      (new Date('2026-10-08T09:30:00+08:00').getTime() - new Date('2026-09-30T20:40:00+08:00').getTime()) /
      60_000;
    const [business, calendar] = s.targets;
    // Paused time counts on no clock: 40 of the 1440 calendar minutes have run.
    expect({
      pausedMinutes: s.pausedMinutes,
      business: business && {
        clock: business.target.clock,
        pausedMinutes: business.pausedMinutes,
        elapsedMinutes: business.elapsedMinutes,
        due: business.due,
        remaining: business.remaining,
      },
      calendar: calendar && {
        clock: calendar.target.clock,
        elapsedMinutes: calendar.elapsedMinutes,
        status: calendar.status,
        due: calendar.due,
      },
    }).toEqual({
      pausedMinutes: paused,
      business: {
        clock: 'business',
        pausedMinutes: { business: 50, calendar: paused },
        elapsedMinutes: 40,
        due: new Date('2026-10-08T11:20:00+08:00'),
        remaining: { business: 80, calendar: 80 },
      },
      calendar: {
        clock: 'calendar',
        elapsedMinutes: 40,
        status: 'on-track',
        due: new Date('2026-10-09T09:20:00+08:00'),
      },
    });
    expect(s.metrics['first-reply']).toBe(business);
  });
});

// Bad configurations and malformed histories: the exact code, message (what is wrong, what was
// expected) and path of each TiantianError.
const T1 = new Date('2026-09-30T10:00:00+08:00');
const FR = { metric: 'first-reply', minutes: 60, clock: 'calendar' } as const;
const cal = defineSlaPolicy({ id: 'p', targets: [FR] });
const STATUS_CASES: readonly [() => unknown, string, string, readonly (string | number)[]][] = [
  [
    () => slaStatus(cal, [{ type: 'created', at: T1 }], new Date('x')),
    'invalid_date',
    'now must be a valid Date, got Invalid Date',
    ['now'],
  ],
  [
    () => slaStatus(null as never, [{ type: 'created', at: T1 }], T1),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got null',
    ['policy'],
  ],
  [
    () => slaStatus(5 as never, [{ type: 'created', at: T1 }], T1),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got number 5',
    ['policy'],
  ],
  [
    () => slaStatus({ id: 'p', targets: 'x' } as never, [{ type: 'created', at: T1 }], T1),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got an object',
    ['policy'],
  ],
  [
    () => slaStatus(cal, 'x' as never, T1),
    'invalid_argument',
    'events must be an array of { type, at }, got "x"',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T1 }, null] as never, T1),
    'invalid_argument',
    'events[1] must be { type, at }, got null',
    ['events', 1],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T1 }, 4] as never, T1),
    'invalid_argument',
    'events[1] must be { type, at }, got number 4',
    ['events', 1],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T1 },
          { type: 'hello', at: T1 },
        ] as never,
        T1,
      ),
    'invalid_argument',
    'events[1].type must be one of created, customer-message, agent-reply, pause, resume, solved, reopened, got "hello"',
    ['events', 1, 'type'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T1 },
          { type: 'pause', at: 'x' },
        ] as never,
        T1,
      ),
    'invalid_date',
    'events[1].at must be a valid Date, got "x"',
    ['events', 1, 'at'],
  ],
  [
    () => slaStatus(cal, [], T1),
    'invalid_argument',
    'events has no created event; every ticket history starts with one',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'agent-reply', at: T1 }], T1),
    'invalid_argument',
    'events has no created event; every ticket history starts with one',
    ['events'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T1 },
          { type: 'created', at: T1 },
        ],
        T1,
      ),
    'invalid_argument',
    'events has 2 created events; a ticket is created once',
    ['events'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T1 },
          { type: 'pause', at: new Date(T1.getTime() - 60_000) },
        ],
        T1,
      ),
    'invalid_argument',
    'the created event must come first in time; an event is earlier than the ticket',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T1 }], new Date(T1.getTime() - 60_000)),
    'out_of_range',
    'now (2026-09-30T01:59:00.000Z) is before the ticket was created (2026-09-30T02:00:00.000Z)',
    ['now'],
  ],
];

describe('slaStatus: errors for bad input', () => {
  it.each(STATUS_CASES.map((c, i) => [i, ...c] as const))(
    'case %i throws %s',
    (_i, run, code, message, path) => {
      expect(run).toThrowError(expect.objectContaining({ name: 'TiantianError', code, message, path }));
    },
  );
});

describe('slaStatus: next is the open metric due first', () => {
  const events = [{ type: 'created' as const, at: T0 }];
  it('whatever the order of the metrics in the policy', () => {
    const policy = defineSlaPolicy({
      id: 'p',
      targets: [
        { metric: 'resolution', minutes: 240, clock: 'calendar' },
        { metric: 'first-reply', minutes: 60, clock: 'calendar' },
      ],
    });
    const s = slaStatus(policy, events, T0);
    expect([s.next?.metric, s.next?.due]).toEqual(['first-reply', at(60)]);
  });

  it('on equal dues, the metric listed first', () => {
    const policy = defineSlaPolicy({
      id: 'p',
      targets: [
        { metric: 'resolution', minutes: 60, clock: 'calendar' },
        { metric: 'first-reply', minutes: 60, clock: 'calendar' },
      ],
    });
    expect(slaStatus(policy, events, T0).next?.metric).toBe('resolution');
  });
});
