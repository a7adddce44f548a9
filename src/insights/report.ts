import type { CaseLog } from '../cases/log-shape.js';
import { assertTimeZone } from '../calendar/zone.js';
import { guidePolicy, type SlaMetric, type SlaPolicy, slaStatus } from '../sla/index.js';
import { assertDate, describeValue } from '../shared/assert.js';
import { CHANNEL_IDS, type ChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { ISSUE_TYPES, type IssueType } from '../shared/issue-types.js';
import type { SafeResult } from '../shared/result.js';
import { resultOf } from '../shared/safe-call.js';
import { type CaseFacts, caseFacts, openingOf, type Span } from './case-facts.js';
import { civilDayIn } from './civil-day.js';
import { type CsatScale, DEFAULT_CSAT_SCALE, METRIC_DEFINITIONS } from './data.js';
import { clockFigures, type DurationFigure, durationFigure, type RateFigure, rateFigure } from './figures.js';
import { SketchBuilder } from './sketch.js';

/**
 * The format tag of a report; `mergeReports` refuses another.
 *
 * @example
 * REPORT_FORMAT; //=> 'tiantian-support/report@1'
 */
export const REPORT_FORMAT = 'tiantian-support/report@1' as const;

/**
 * What a report can break its metrics down by, besides the whole.
 *
 * @example
 * const by: ReportGroupBy = 'channel';
 */
export type ReportGroupBy = 'channel' | 'issueType';

/**
 * SLA achievement of one target (Zendesk's "% SLA met"): met ÷ (met + breached), the clocks still
 * running at the report's end shown apart and left out.
 *
 * @example
 * const figure: SlaFigure = report.metrics.sla[0]!;
 * figure.rate; //=> met / figure.denominator
 */
export interface SlaFigure extends RateFigure {
  /** `policyId:metric:minutes-clock`, e.g. `guide:social-media:first-reply:120-business`. */
  readonly id: string;
  readonly policyId: string;
  readonly metric: SlaMetric;
  readonly minutes: number;
  readonly clock: 'business' | 'calendar';
  readonly met: number;
  readonly breached: number;
  readonly running: number;
}

/**
 * CSAT (Zendesk): good ÷ (good + bad) among the rated cases, with the scale used.
 *
 * @example
 * report.metrics.csat.rate; //=> good / (good + bad), or null with no rating
 */
export interface CsatFigure extends RateFigure {
  readonly scale: CsatScale;
  readonly rated: number;
  readonly good: number;
  readonly bad: number;
  readonly neutral: number;
}

/**
 * The metrics of a set of cases: times, SLA achievement, one-touch, first-contact resolution,
 * reopen rate and CSAT, each with its definition and sample size.
 *
 * @example
 * report.metrics.oneTouch.denominator; //=> the solved cases
 */
export interface ReportMetrics {
  readonly cases: number;
  readonly firstReply: DurationFigure;
  readonly nextReply: DurationFigure;
  readonly resolution: DurationFigure;
  readonly sla: readonly SlaFigure[];
  readonly oneTouch: RateFigure;
  readonly firstContactResolution: RateFigure;
  readonly reopen: RateFigure;
  readonly csat: CsatFigure;
}

/**
 * Reception volume (客服接待量): cases opened in the period by channel, by issue type and by civil
 * day (each day by channel).
 *
 * @example
 * report.volume.byDay['2026-10-01']?.hotline; //=> cases opened by phone that day
 */
export interface VolumeFigure {
  readonly definition: string;
  readonly total: number;
  readonly byChannel: Readonly<Record<ChannelId, number>>;
  readonly byIssueType: Readonly<Record<IssueType, number>>;
  readonly byDay: Readonly<Record<string, Readonly<Record<ChannelId, number>>>>;
}

/**
 * A report (数据报表): plain JSON (`JSON.stringify` stores it), a partial that `mergeReports`
 * combines with others.
 *
 * @example
 * const report: Report = buildReport(logs, { from, to });
 * report.volume.total; //=> cases opened in [from, to)
 */
export interface Report {
  readonly format: typeof REPORT_FORMAT;
  /** The period as ISO instants, `to` exclusive. */
  readonly period: { readonly from: string; readonly to: string };
  readonly timeZone: string;
  readonly groupBy: ReportGroupBy | null;
  /** Case logs given but not opened in the period (left out). */
  readonly outside: number;
  readonly volume: VolumeFigure;
  readonly metrics: ReportMetrics;
  /** Per channel or issue type (`groupBy`), the groups that have cases; empty without `groupBy`. */
  readonly groups: Readonly<Record<string, ReportMetrics>>;
}

/**
 * Options of `buildReport`.
 *
 * @example
 * const options: ReportOptions = { from: new Date('2026-10-01T00:00:00+08:00'), to: new Date('2026-11-01T00:00:00+08:00'), groupBy: 'channel' };
 */
export interface ReportOptions {
  /** The first instant of the period. */
  readonly from: Date;
  /** The end of the period (exclusive); events after it are not seen. */
  readonly to: Date;
  readonly groupBy?: ReportGroupBy | undefined;
  /**
   * The time zone of the civil days.
   * @default 'Asia/Shanghai'
   */
  readonly timeZone?: string | undefined;
  /**
   * The SLA policy of a case (null: none).
   * @default the guide's policy for the channel and issue type (`guidePolicy`)
   */
  readonly slaPolicy?:
    | ((opened: { channel: ChannelId; issueType: IssueType }) => SlaPolicy | null)
    | undefined;
  /** The customer's rating of a case (null or undefined: not rated), on `csatScale`. */
  readonly ratingOf?: ((log: CaseLog, index: number) => number | null | undefined) | undefined;
  /** @default DEFAULT_CSAT_SCALE (1–5, 4 and 5 good) */
  readonly csatScale?: CsatScale | undefined;
}

function emptyRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

class Clock {
  sum = 0;
  readonly sketch = new SketchBuilder();
  add(ms: number) {
    this.sum += ms;
    this.sketch.add(ms / 60_000);
  }
}

class Durations {
  readonly calendar = new Clock();
  readonly business = new Clock();
  add(span: Span) {
    this.calendar.add(span[0]);
    this.business.add(span[1]);
  }
  figure(definition: string): DurationFigure {
    return durationFigure(
      definition,
      clockFigures(this.calendar.sum, this.calendar.sketch.freeze()),
      clockFigures(this.business.sum, this.business.sketch.freeze()),
    );
  }
}

interface SlaCounts {
  policyId: string;
  metric: SlaMetric;
  minutes: number;
  clock: 'business' | 'calendar';
  met: number;
  breached: number;
  running: number;
}

/** Builds the figures of one slaFigure from its counts (also used by `mergeReports`). */
export function slaFigure(counts: Omit<SlaFigure, keyof RateFigure | 'id'>): SlaFigure {
  const { policyId, metric, minutes, clock, met, breached, running } = counts;
  return {
    id: `${policyId}:${metric}:${minutes}-${clock}`,
    policyId,
    metric,
    minutes,
    clock,
    met,
    breached,
    running,
    ...rateFigure(METRIC_DEFINITIONS.sla, met, met + breached),
  };
}

/** Builds a CSAT figure from its counts (also used by `mergeReports`). */
export function csatFigure(scale: CsatScale, good: number, bad: number, neutral: number): CsatFigure {
  return {
    ...rateFigure(METRIC_DEFINITIONS.csat, good, good + bad),
    scale,
    rated: good + bad + neutral,
    good,
    bad,
    neutral,
  };
}

class Metrics {
  cases = 0;
  readonly firstReply = new Durations();
  readonly nextReply = new Durations();
  readonly resolution = new Durations();
  readonly sla = new Map<string, SlaCounts>();
  solved = 0;
  oneTouch = 0;
  oneResponse = 0;
  everSolved = 0;
  reopened = 0;
  good = 0;
  bad = 0;
  neutral = 0;

  add(facts: CaseFacts, policy: SlaPolicy | null, end: Date, rating: 'good' | 'bad' | 'neutral' | null) {
    this.cases += 1;
    if (facts.firstReply !== null) this.firstReply.add(facts.firstReply);
    for (const span of facts.nextReplies) this.nextReply.add(span);
    if (facts.resolution !== null) this.resolution.add(facts.resolution);
    if (facts.solved) {
      this.solved += 1;
      if (facts.agentReplies < 2) this.oneTouch += 1;
      if (facts.agentReplies === 1) this.oneResponse += 1;
    }
    if (facts.everSolved) this.everSolved += 1;
    if (facts.reopened) this.reopened += 1;
    if (rating !== null) this[rating] += 1;
    if (policy !== null) this.addSla(facts, policy, end);
  }

  private addSla(facts: CaseFacts, policy: SlaPolicy, end: Date) {
    const status = slaStatus(policy, facts.slaEvents, end);
    for (const target of status.targets) {
      const { metric, minutes, clock } = target.target;
      const id = `${policy.id}:${metric}:${minutes}-${clock}`;
      let counts = this.sla.get(id);
      if (counts === undefined) {
        counts = { policyId: policy.id, metric, minutes, clock, met: 0, breached: 0, running: 0 };
        this.sla.set(id, counts);
      }
      const settled = target.fulfilledAt !== null || target.status === 'breached';
      const running = settled ? 0 : 1;
      counts.running += running;
      counts.breached += target.breaches;
      counts.met += target.cycle - target.breaches - running;
    }
  }

  figures(scale: CsatScale): ReportMetrics {
    return {
      cases: this.cases,
      firstReply: this.firstReply.figure(METRIC_DEFINITIONS.firstReply),
      nextReply: this.nextReply.figure(METRIC_DEFINITIONS.nextReply),
      resolution: this.resolution.figure(METRIC_DEFINITIONS.resolution),
      sla: [...this.sla.keys()].sort().map((id) => slaFigure(this.sla.get(id) as SlaCounts)),
      oneTouch: rateFigure(METRIC_DEFINITIONS.oneTouch, this.oneTouch, this.solved),
      firstContactResolution: rateFigure(
        METRIC_DEFINITIONS.firstContactResolution,
        this.oneResponse,
        this.solved,
      ),
      reopen: rateFigure(METRIC_DEFINITIONS.reopen, this.reopened, this.everSolved),
      csat: csatFigure(scale, this.good, this.bad, this.neutral),
    };
  }
}

function invalid(message: string, path: readonly (string | number)[]): TiantianError<'invalid_argument'> {
  return new TiantianError('invalid_argument', message, { path });
}

/** Checks a CSAT scale; throws `invalid_configuration` for a malformed one. */
export function checkCsatScale(scale: unknown): CsatScale {
  const s = scale as Partial<CsatScale> | null;
  const numbers = (value: unknown) =>
    Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.id !== 'string' ||
    s.id === '' ||
    !numbers(s.ratings) ||
    !numbers(s.good) ||
    !numbers(s.bad) ||
    s.ratings?.length === 0
  ) {
    throw new TiantianError(
      'invalid_configuration',
      `csatScale must be { id, ratings, good, bad } with finite numbers, got ${describeValue(scale)}`,
      { path: ['csatScale'] },
    );
  }
  const ratings = s.ratings as readonly number[];
  const good = s.good as readonly number[];
  const bad = s.bad as readonly number[];
  const stray = [...good, ...bad].find((n) => !ratings.includes(n));
  if (stray !== undefined || good.some((n) => bad.includes(n))) {
    throw new TiantianError(
      'invalid_configuration',
      stray !== undefined
        ? `csatScale: ${stray} is good or bad but not one of its ratings`
        : 'csatScale: a rating cannot be both good and bad',
      { path: ['csatScale'] },
    );
  }
  return { id: s.id, ratings: [...ratings], good: [...good], bad: [...bad] };
}

const policyCache = new Map<string, SlaPolicy>();

function defaultPolicy({ channel, issueType }: { channel: ChannelId; issueType: IssueType }): SlaPolicy {
  const key = `${channel}|${issueType}`;
  let policy = policyCache.get(key);
  if (policy === undefined) {
    policy = guidePolicy(channel, { issueType });
    policyCache.set(key, policy);
  }
  return policy;
}

/**
 * Builds a report (数据报表: "定期输出客服接待量、问题类型分布等运营数据") over the cases opened in
 * `[from, to)`, as known at `to` (later events are not seen): reception volume by channel, issue
 * type and civil day; first-reply, next-reply and resolution times (count, mean, median, p90, p95)
 * in calendar minutes and in business minutes of the channel's schedule (China calendar, 调休);
 * SLA achievement per target; one-touch (Zendesk), first-contact resolution (Freshdesk); reopen
 * rate; CSAT. Every figure carries its definition and its sample size; a statistic with no sample
 * is null. The report is a mergeable partial (`mergeReports`). The logs are read, not verified:
 * check them with `verifyCaseLog` first when they come from elsewhere.
 *
 * @param caseLogs - the case logs (`CaseLog`, events as `Date`s)
 * @param options - `{ from, to, groupBy?, timeZone?, slaPolicy?, ratingOf?, csatScale? }`
 * @returns the report
 * @throws {TiantianError} `'invalid_date'` for a bad `from` or `to`, `'out_of_range'` when `to` is
 *   before `from`, `'invalid_argument'` for a malformed log (with its path) or option,
 *   `'invalid_configuration'` for a bad CSAT scale
 * @example
 * const report = buildReport(logs, { from: new Date('2026-10-01T00:00:00+08:00'), to: new Date('2026-10-08T00:00:00+08:00') });
 * report.metrics.firstReply.business.median; //=> business minutes, or null without replies
 */
export function buildReport(caseLogs: readonly CaseLog[], options: ReportOptions): Report {
  if (typeof options !== 'object' || options === null) {
    throw invalid(`options must be { from, to }, got ${describeValue(options)}`, ['options']);
  }
  const from = assertDate(options.from, 'from');
  const to = assertDate(options.to, 'to');
  if (to.getTime() < from.getTime()) {
    throw new TiantianError(
      'out_of_range',
      `to (${to.toISOString()}) is before from (${from.toISOString()})`,
      {
        path: ['to'],
      },
    );
  }
  const timeZone = assertTimeZone(options.timeZone ?? 'Asia/Shanghai', 'timeZone', 'invalid_argument');
  const groupBy = options.groupBy ?? null;
  if (groupBy !== null && groupBy !== 'channel' && groupBy !== 'issueType') {
    throw invalid(`groupBy must be 'channel' or 'issueType', got ${describeValue(groupBy)}`, ['groupBy']);
  }
  const scale = checkCsatScale(options.csatScale ?? DEFAULT_CSAT_SCALE);
  const policyOf = options.slaPolicy ?? defaultPolicy;
  if (typeof policyOf !== 'function') throw invalid('slaPolicy must be a function', ['slaPolicy']);
  if (!Array.isArray(caseLogs)) {
    throw invalid(`caseLogs must be an array of case logs, got ${describeValue(caseLogs)}`, ['caseLogs']);
  }
  const start = from.getTime();
  const end = to.getTime();
  const dayOf = civilDayIn(timeZone);
  const byChannel = emptyRecord(CHANNEL_IDS);
  const byIssueType = emptyRecord(ISSUE_TYPES);
  const byDay = new Map<string, Record<ChannelId, number>>();
  const whole = new Metrics();
  const groups = new Map<string, Metrics>();
  let outside = 0;
  for (let index = 0; index < caseLogs.length; index++) {
    const log = caseLogs[index] as CaseLog;
    const opening = openingOf(log, index);
    if (opening.at < start || opening.at >= end) {
      outside += 1;
      continue;
    }
    const facts = caseFacts(log, index, end);
    byChannel[facts.channel] += 1;
    byIssueType[facts.issueType] += 1;
    const day = dayOf(facts.openedAt);
    let perDay = byDay.get(day);
    if (perDay === undefined) {
      perDay = emptyRecord(CHANNEL_IDS);
      byDay.set(day, perDay);
    }
    perDay[facts.channel] += 1;
    const policy = policyOf({ channel: facts.channel, issueType: facts.issueType });
    const rating = rate(options.ratingOf, log, index, scale);
    whole.add(facts, policy, to, rating);
    if (groupBy !== null) {
      const key = groupBy === 'channel' ? facts.channel : facts.issueType;
      let group = groups.get(key);
      if (group === undefined) {
        group = new Metrics();
        groups.set(key, group);
      }
      group.add(facts, policy, to, rating);
    }
  }
  return {
    format: REPORT_FORMAT,
    period: { from: from.toISOString(), to: to.toISOString() },
    timeZone,
    groupBy,
    outside,
    volume: {
      definition: METRIC_DEFINITIONS.volume,
      total: whole.cases,
      byChannel,
      byIssueType,
      byDay: Object.fromEntries(
        [...byDay.keys()].sort().map((day) => [day, byDay.get(day) as Record<ChannelId, number>]),
      ),
    },
    metrics: whole.figures(scale),
    groups: Object.fromEntries(
      [...groups.keys()].sort().map((key) => [key, (groups.get(key) as Metrics).figures(scale)]),
    ),
  };
}

function rate(
  ratingOf: ReportOptions['ratingOf'],
  log: CaseLog,
  index: number,
  scale: CsatScale,
): 'good' | 'bad' | 'neutral' | null {
  if (ratingOf === undefined) return null;
  const rating = ratingOf(log, index);
  if (rating === null || rating === undefined) return null;
  if (!scale.ratings.includes(rating)) {
    throw invalid(
      `the rating of caseLogs[${index}] is ${describeValue(rating)}, not one of the scale's ${scale.ratings.join(', ')}`,
      [index, 'rating'],
    );
  }
  return scale.good.includes(rating) ? 'good' : scale.bad.includes(rating) ? 'bad' : 'neutral';
}

/**
 * `buildReport` in safeParse shape: a malformed log or option is an issue, not an exception.
 *
 * @param caseLogs - the case logs
 * @param options - as `buildReport`
 * @returns `{ success: true, data: report }` or `{ success: false, error: { issues } }`
 * @example
 * safeBuildReport([], { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-09-01T00:00:00Z') }).success; //=> false
 */
export function safeBuildReport(caseLogs: readonly CaseLog[], options: ReportOptions): SafeResult<Report> {
  return resultOf(() => buildReport(caseLogs, options));
}
