import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/cases/events.js';
import { DEFAULT_CSAT_SCALE, METRIC_DEFINITIONS } from '../../src/insights/data.js';
import { buildReport, REPORT_FORMAT, safeBuildReport } from '../../src/insights/report.js';
import { defineSlaPolicy } from '../../src/sla/index.js';
import { exactFigures, exactQuantile, quantileMisses } from './oracle.js';
import { logOf, syntheticLogs } from './synthetic.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const OCTOBER = { from: bj('2026-10-01T00:00:00'), to: bj('2026-11-01T00:00:00') };

type Opened = Extract<CaseEvent, { type: 'opened' }>;
const opened = (
  at: string,
  channel: Opened['channel'] = 'social-media',
  issueType: Opened['issueType'] = 'product-info',
): Opened => ({
  type: 'opened',
  at: bj(at),
  channel,
  issueType,
});
const say = (from: 'customer' | 'agent' | 'bot', at: string): CaseEvent => ({
  type: 'message',
  at: bj(at),
  from,
  text: '…',
});
const status = (to: 'open' | 'pending' | 'on-hold' | 'solved' | 'closed', at: string): CaseEvent => ({
  type: 'status',
  at: bj(at),
  to,
});

describe('buildReport against an independent computation', () => {
  const from = bj('2026-09-25T00:00:00');
  const to = bj('2026-10-15T00:00:00');
  // Some cases open before the period and some after it: they must be left out.
  const logs = syntheticLogs(1500, 7, bj('2026-09-20T00:00:00'), bj('2026-10-20T00:00:00'));
  const report = buildReport(logs, { from, to });
  const exact = exactFigures(logs, from, to);

  it('counts exactly: volume by channel and issue type, cases left out', () => {
    const byChannel = Object.fromEntries(Object.entries(report.volume.byChannel).filter(([, n]) => n > 0));
    const byIssueType = Object.fromEntries(
      Object.entries(report.volume.byIssueType).filter(([, n]) => n > 0),
    );
    expect({ total: report.volume.total, outside: report.outside, byChannel, byIssueType }).toEqual({
      total: exact.cases,
      outside: logs.length - exact.cases,
      byChannel: exact.byChannel,
      byIssueType: exact.byIssueType,
    });
    const days = Object.values(report.volume.byDay).flatMap((perDay) => Object.values(perDay));
    expect(days.reduce((sum, n) => sum + n, 0)).toBe(exact.cases);
  });

  it.each(['firstReply', 'nextReply', 'resolution'] as const)(
    '%s: count and mean exact, business minutes to 1e-6, quantiles within 1% of nearest rank',
    (metric) => {
      const figure = report.metrics[metric];
      // Enough of a sample for the quantiles to mean something.
      expect(exact[metric].calendar.length).toBeGreaterThan(50);
      for (const clock of ['calendar', 'business'] as const) {
        const values = exact[metric][clock];
        expect(figure[clock].count).toBe(values.length);
        const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
        expect(Math.abs((figure[clock].mean as number) - mean)).toBeLessThan(1e-6);
        expect([figure[clock].min, figure[clock].max]).toEqual([
          exactQuantile(values, 0),
          exactQuantile(values, 1),
        ]);
        expect(quantileMisses(figure[clock], values, 0.01)).toEqual([]);
      }
    },
  );

  it('one-touch, first-contact resolution and reopen rate as their definitions count them', () => {
    const m = report.metrics;
    expect([m.oneTouch, m.firstContactResolution, m.reopen].map((f) => [f.numerator, f.denominator])).toEqual(
      [
        [exact.oneTouch, exact.solved],
        [exact.oneResponse, exact.solved],
        [exact.reopened, exact.everSolved],
      ],
    );
  });
});

describe('buildReport on small cases', () => {
  it('empty input: zeros and nulls, never NaN, and the definitions', () => {
    const report = buildReport([], OCTOBER);
    const emptyClock = {
      count: 0,
      sumMs: 0,
      mean: null,
      median: null,
      p90: null,
      p95: null,
      min: null,
      max: null,
      sketch: { relativeError: 0.01, count: 0, zeros: 0, keys: [], counts: [], min: null, max: null },
    };
    expect(report.metrics.firstReply).toEqual({
      definition: METRIC_DEFINITIONS.firstReply,
      quantiles: expect.stringContaining('nearest-rank'),
      unit: 'minutes',
      count: 0,
      calendar: emptyClock,
      business: emptyClock,
    });
    expect([report.metrics.oneTouch, report.metrics.reopen, report.metrics.csat.rate]).toEqual([
      { definition: METRIC_DEFINITIONS.oneTouch, numerator: 0, denominator: 0, rate: null },
      { definition: METRIC_DEFINITIONS.reopen, numerator: 0, denominator: 0, rate: null },
      null,
    ]);
    expect({ total: report.volume.total, byDay: report.volume.byDay, sla: report.metrics.sla }).toEqual({
      total: 0,
      byDay: {},
      sla: [],
    });
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    expect(report.format).toBe(REPORT_FORMAT);
  });

  it('bots do not stop the first-reply clock; calendar and business minutes of the channel (National Day closed)', () => {
    // 社交媒体 "工作日早9点至晚9点": 20:00–21:00 on 09-30 is 60 open minutes, 10-01..07 is closed.
    const log = logOf([
      opened('2026-09-30T20:00:00'),
      say('bot', '2026-09-30T20:00:05'),
      say('agent', '2026-10-08T09:30:00'),
    ]);
    const report = buildReport([log], { from: bj('2026-09-30T00:00:00'), to: bj('2026-10-09T00:00:00') });
    const { calendar, business } = report.metrics.firstReply;
    expect([calendar.count, calendar.mean, business.mean]).toEqual([1, (7 * 24 + 13.5) * 60, 90]);
  });

  it('counts the make-up working day (调休) 2026-10-10, a Saturday, as open time', () => {
    const log = logOf([opened('2026-10-09T20:30:00'), say('agent', '2026-10-10T09:30:00')]);
    expect(buildReport([log], OCTOBER).metrics.firstReply.business.mean).toBe(60);
  });

  it('a case a bot solved and the customer reopened: first reply counts from the return (chatwoot #6418)', () => {
    const log = logOf([
      opened('2026-10-12T10:00:00', 'online-chat'),
      say('bot', '2026-10-12T10:00:10'),
      status('solved', '2026-10-12T10:01:00'),
      say('customer', '2026-10-14T10:00:00'),
      say('agent', '2026-10-14T10:05:00'),
    ]);
    const m = buildReport([log], OCTOBER).metrics;
    expect([m.firstReply.calendar.mean, m.reopen.numerator, m.reopen.denominator]).toEqual([5, 1, 1]);
  });

  it('next reply: from a customer message after an agent reply to the next agent message', () => {
    const log = logOf([
      opened('2026-10-12T10:00:00', 'hotline'),
      say('agent', '2026-10-12T10:01:00'),
      say('customer', '2026-10-12T11:00:00'),
      say('customer', '2026-10-12T11:10:00'),
      say('agent', '2026-10-12T11:30:00'),
    ]);
    const { calendar } = buildReport([log], OCTOBER).metrics.nextReply;
    expect([calendar.count, calendar.mean]).toEqual([1, 30]);
  });

  it.each([
    ['no agent reply', [], { oneTouch: 1, fcr: 0 }],
    ['one agent reply', ['agent'], { oneTouch: 1, fcr: 1 }],
    ['two agent replies', ['agent', 'agent'], { oneTouch: 0, fcr: 0 }],
    ['a bot and one agent reply', ['bot', 'agent'], { oneTouch: 1, fcr: 1 }],
  ] as const)(
    'one-touch (fewer than 2 agent replies) and FCR (exactly one) among solved: %s',
    (_, authors, want) => {
      const events = [
        opened('2026-10-12T10:00:00'),
        ...authors.map((from, i) => say(from, `2026-10-12T10:0${i + 1}:00`)),
        status('solved', '2026-10-12T11:00:00'),
      ];
      const unsolved = logOf([opened('2026-10-12T10:00:00'), say('agent', '2026-10-12T10:05:00')]);
      const m = buildReport([logOf(events), unsolved], OCTOBER).metrics;
      expect({ oneTouch: m.oneTouch, fcr: m.firstContactResolution }).toEqual({
        oneTouch: {
          definition: METRIC_DEFINITIONS.oneTouch,
          numerator: want.oneTouch,
          denominator: 1,
          rate: want.oneTouch,
        },
        fcr: {
          definition: METRIC_DEFINITIONS.firstContactResolution,
          numerator: want.fcr,
          denominator: 1,
          rate: want.fcr,
        },
      });
    },
  );

  it('SLA achievement per target: met ÷ (met + breached), running clocks left out and shown', () => {
    // The guide: 社交媒体 "通常能在2小时内获得回复" (2 open hours, 09:00–21:00 on working days).
    const logs = [
      logOf([opened('2026-10-08T12:00:00'), say('agent', '2026-10-08T13:30:00')]), // met
      logOf([opened('2026-10-08T12:00:00'), say('agent', '2026-10-08T14:30:00')]), // breached
      logOf([opened('2026-10-08T12:00:00')]), // breached, no reply at the end
      logOf([opened('2026-10-08T20:00:00')]), // due 10-09 10:00: running at the end
    ];
    const report = buildReport(logs, { from: bj('2026-10-08T00:00:00'), to: bj('2026-10-09T00:00:00') });
    expect(report.metrics.sla).toEqual([
      {
        id: 'guide:social-media:product-info:first-reply:120-business',
        policyId: 'guide:social-media:product-info',
        metric: 'first-reply',
        minutes: 120,
        clock: 'business',
        met: 1,
        breached: 2,
        running: 1,
        definition: METRIC_DEFINITIONS.sla,
        numerator: 1,
        denominator: 3,
        rate: 1 / 3,
      },
    ]);
  });

  it('SLA of a shop’s own policy, next-reply cycles counted one by one', () => {
    const policy = defineSlaPolicy({
      id: 'shop',
      targets: [{ metric: 'next-reply', minutes: 10, clock: 'calendar' }],
    });
    const log = logOf([
      opened('2026-10-12T10:00:00', 'hotline'),
      say('agent', '2026-10-12T10:01:00'),
      say('customer', '2026-10-12T10:02:00'),
      say('agent', '2026-10-12T10:05:00'), // met
      say('customer', '2026-10-12T10:06:00'),
      say('agent', '2026-10-12T10:30:00'), // breached
      say('customer', '2026-10-12T10:31:00'), // running at the end
    ]);
    const [figure] = buildReport([log], {
      from: OCTOBER.from,
      to: bj('2026-10-12T10:35:00'),
      slaPolicy: () => policy,
    }).metrics.sla;
    expect([figure?.met, figure?.breached, figure?.running, figure?.rate]).toEqual([1, 1, 1, 0.5]);
  });

  it('CSAT with the default 1–5 scale (4 and 5 good) and with a shop’s own', () => {
    const logs = [1, 3, 4, 5, null].map(() => logOf([opened('2026-10-12T10:00:00')]));
    const ratings = [1, 3, 4, 5, null];
    const csat = buildReport(logs, { ...OCTOBER, ratingOf: (_, i) => ratings[i] }).metrics.csat;
    expect(csat).toEqual({
      definition: METRIC_DEFINITIONS.csat,
      scale: DEFAULT_CSAT_SCALE,
      numerator: 2,
      denominator: 4,
      rate: 0.5,
      rated: 4,
      good: 2,
      bad: 2,
      neutral: 0,
    });
    const scale = { id: 'three', ratings: [1, 2, 3], good: [3], bad: [1] };
    const own = buildReport(logs, {
      ...OCTOBER,
      csatScale: scale,
      ratingOf: (_, i) => [1, 2, 3, 3, undefined][i],
    });
    expect([own.metrics.csat.good, own.metrics.csat.bad, own.metrics.csat.neutral]).toEqual([2, 1, 1]);
  });

  it('volume by Beijing civil day, or by the days of another zone', () => {
    // 2026-09-30T16:30Z is 10-01 00:30 in Beijing, still 09-30 in UTC.
    const log = logOf([
      { type: 'opened', at: new Date('2026-09-30T16:30:00Z'), channel: 'email', issueType: 'feedback' },
    ]);
    const period = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
    expect([
      Object.keys(buildReport([log], period).volume.byDay),
      Object.keys(buildReport([log], { ...period, timeZone: 'UTC' }).volume.byDay),
    ]).toEqual([['2026-10-01'], ['2026-09-30']]);
  });

  it('groups by channel: each group its own metrics', () => {
    const logs = [
      logOf([opened('2026-10-12T10:00:00', 'email'), say('agent', '2026-10-12T11:00:00')]),
      logOf([opened('2026-10-12T10:00:00', 'hotline'), say('agent', '2026-10-12T10:00:30')]),
    ];
    const report = buildReport(logs, { ...OCTOBER, groupBy: 'channel' });
    expect(
      Object.fromEntries(
        Object.entries(report.groups).map(([key, m]) => [key, [m.cases, m.firstReply.calendar.mean]]),
      ),
    ).toEqual({ email: [1, 60], hotline: [1, 0.5] });
  });

  it('events after the end are not seen', () => {
    const log = logOf([opened('2026-10-31T23:00:00'), say('agent', '2026-11-01T01:00:00')]);
    expect(buildReport([log], OCTOBER).metrics.firstReply.count).toBe(0);
  });

  it('is plain JSON: a report read back equals itself', () => {
    const report = buildReport(syntheticLogs(50, 3, OCTOBER.from, OCTOBER.to), {
      ...OCTOBER,
      groupBy: 'issueType',
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it.each([
    ['to before from', [], { from: OCTOBER.to, to: OCTOBER.from }, { code: 'out_of_range', path: ['to'] }],
    [
      'a string for from',
      [],
      { ...OCTOBER, from: '2026-10-01' as unknown as Date },
      { code: 'invalid_date', path: ['from'] },
    ],
    [
      'an unknown time zone',
      [],
      { ...OCTOBER, timeZone: 'Mars/Base' },
      { code: 'invalid_argument', path: ['timeZone'] },
    ],
    [
      'a bad groupBy',
      [],
      { ...OCTOBER, groupBy: 'agent' as 'channel' },
      { code: 'invalid_argument', path: ['groupBy'] },
    ],
    ['not an array', 'logs' as unknown as [], OCTOBER, { code: 'invalid_argument', path: ['caseLogs'] }],
    [
      'a log without an opened event',
      [logOf([say('customer', '2026-10-12T10:00:00')])],
      OCTOBER,
      { code: 'invalid_argument', path: [0, 'entries', 0, 'event'] },
    ],
    [
      'a string instant',
      [
        logOf([
          opened('2026-10-12T10:00:00'),
          { ...say('agent', '2026-10-12T10:05:00'), at: '2026-10-12' as unknown as Date },
        ]),
      ],
      OCTOBER,
      { code: 'invalid_argument', path: [0, 'entries', 1, 'event', 'at'] },
    ],
    [
      'a fake Date',
      [logOf([{ ...opened('2026-10-12T10:00:00'), at: Object.create(Date.prototype) as Date }])],
      OCTOBER,
      { code: 'invalid_argument', path: [0, 'entries', 0, 'event', 'at'] },
    ],
    [
      'events going back',
      [logOf([opened('2026-10-12T10:00:00'), say('agent', '2026-10-12T09:00:00')])],
      OCTOBER,
      { code: 'invalid_argument', path: [0, 'entries', 1, 'event', 'at'] },
    ],
    [
      'a rating off the scale',
      [logOf([opened('2026-10-12T10:00:00')])],
      { ...OCTOBER, ratingOf: () => 7 },
      { code: 'invalid_argument', path: [0, 'rating'] },
    ],
    [
      'a scale whose good rating is not a rating',
      [],
      { ...OCTOBER, csatScale: { id: 'x', ratings: [1, 2], good: [3], bad: [1] } },
      { code: 'invalid_configuration', path: ['csatScale'] },
    ],
  ] as const)('refuses %s', (_, logs, options, error) => {
    expect(() => buildReport(logs as never, options as never)).toThrowError(expect.objectContaining(error));
    expect(safeBuildReport(logs as never, options as never)).toEqual({
      success: false,
      error: { issues: [expect.objectContaining(error)] },
    });
  });
});

describe('safeBuildReport: hostile input', () => {
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
    ['a Proxy as the logs', () => safeBuildReport(trap() as never, { from: new Date(0), to: new Date(1) })],
    ['a Proxy as the options', () => safeBuildReport([], trap() as never)],
    ['a Proxy as one log', () => safeBuildReport([trap()] as never, { from: new Date(0), to: new Date(1) })],
  ])('%s gives an issue, not an exception', (_, run) => {
    const result = run();
    expect(result.success).toBe(false);
  });
});
