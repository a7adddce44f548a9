import { describeValue } from '../shared/assert.js';
import { CHANNEL_IDS, type ChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { ISSUE_TYPES } from '../shared/issue-types.js';
import {
  type ClockFigures,
  clockFigures,
  type DurationFigure,
  durationFigure,
  rateFigure,
} from './figures.js';
import {
  type CsatFigure,
  csatFigure,
  REPORT_FORMAT,
  type Report,
  type ReportMetrics,
  type SlaFigure,
  slaFigure,
} from './report.js';
import { mergeSketches } from './sketch.js';

function mismatch(message: string, path: readonly (string | number)[]): TiantianError<'invalid_argument'> {
  return new TiantianError('invalid_argument', message, { path });
}

function addCounts<K extends string>(
  a: Readonly<Record<K, number>>,
  b: Readonly<Record<K, number>>,
  keys: readonly K[],
): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, (a[key] ?? 0) + (b[key] ?? 0)])) as Record<K, number>;
}

function mergeClock(a: ClockFigures, b: ClockFigures): ClockFigures {
  return clockFigures(a.sumMs + b.sumMs, mergeSketches(a.sketch, b.sketch));
}

function mergeDuration(a: DurationFigure, b: DurationFigure): DurationFigure {
  return durationFigure(a.definition, mergeClock(a.calendar, b.calendar), mergeClock(a.business, b.business));
}

function mergeSla(a: readonly SlaFigure[], b: readonly SlaFigure[]): SlaFigure[] {
  const byId = new Map<string, SlaFigure>();
  for (const figure of [...a, ...b]) {
    const seen = byId.get(figure.id);
    byId.set(
      figure.id,
      seen === undefined
        ? figure
        : slaFigure({
            policyId: seen.policyId,
            metric: seen.metric,
            minutes: seen.minutes,
            clock: seen.clock,
            met: seen.met + figure.met,
            breached: seen.breached + figure.breached,
            running: seen.running + figure.running,
          }),
    );
  }
  return [...byId.keys()].sort().map((id) => byId.get(id) as SlaFigure);
}

function mergeCsat(a: CsatFigure, b: CsatFigure): CsatFigure {
  return csatFigure(a.scale, a.good + b.good, a.bad + b.bad, a.neutral + b.neutral);
}

function mergeMetrics(a: ReportMetrics, b: ReportMetrics): ReportMetrics {
  return {
    cases: a.cases + b.cases,
    firstReply: mergeDuration(a.firstReply, b.firstReply),
    nextReply: mergeDuration(a.nextReply, b.nextReply),
    resolution: mergeDuration(a.resolution, b.resolution),
    sla: mergeSla(a.sla, b.sla),
    oneTouch: rateFigure(
      a.oneTouch.definition,
      a.oneTouch.numerator + b.oneTouch.numerator,
      a.oneTouch.denominator + b.oneTouch.denominator,
    ),
    firstContactResolution: rateFigure(
      a.firstContactResolution.definition,
      a.firstContactResolution.numerator + b.firstContactResolution.numerator,
      a.firstContactResolution.denominator + b.firstContactResolution.denominator,
    ),
    reopen: rateFigure(
      a.reopen.definition,
      a.reopen.numerator + b.reopen.numerator,
      a.reopen.denominator + b.reopen.denominator,
    ),
    csat: mergeCsat(a.csat, b.csat),
  };
}

function checkReport(report: unknown, name: string): Report {
  const r = report as Partial<Report> | null;
  if (typeof r !== 'object' || r === null || r.format !== REPORT_FORMAT) {
    throw mismatch(`${name} must be a report of format ${REPORT_FORMAT}, got ${describeValue(report)}`, [
      name,
    ]);
  }
  return r as Report;
}

/**
 * Merges two partial reports (one per shard, day or worker) built over disjoint sets of cases:
 * counts, sums and rates exactly; quantiles from the merged sketches (within 1%). Associative and
 * commutative: any split merged in any order gives the same report. The period is the span of
 * both periods. Reports read back with `JSON.parse` merge as well.
 *
 * @param a - a report from `buildReport` (or `mergeReports`)
 * @param b - another, with the same time zone, grouping and CSAT scale
 * @returns the report of both parts
 * @throws {TiantianError} `'invalid_argument'` for something that is not a report, or reports built
 *   with different time zones, groupings or CSAT scales
 * @example
 * const whole = mergeReports(buildReport(shard1, options), buildReport(shard2, options));
 * whole.volume.total; //=> the cases of both shards
 */
export function mergeReports(a: Report, b: Report): Report {
  const left = checkReport(a, 'a');
  const right = checkReport(b, 'b');
  if (left.timeZone !== right.timeZone) {
    throw mismatch(`cannot merge reports in ${left.timeZone} and ${right.timeZone}`, ['timeZone']);
  }
  if (left.groupBy !== right.groupBy) {
    throw mismatch(`cannot merge reports grouped by ${left.groupBy} and ${right.groupBy}`, ['groupBy']);
  }
  if (JSON.stringify(left.metrics.csat.scale) !== JSON.stringify(right.metrics.csat.scale)) {
    throw mismatch('cannot merge reports with different CSAT scales', ['metrics', 'csat', 'scale']);
  }
  const days = [...new Set([...Object.keys(left.volume.byDay), ...Object.keys(right.volume.byDay)])].sort();
  const none = addCounts({} as Record<ChannelId, number>, {} as Record<ChannelId, number>, CHANNEL_IDS);
  const groupKeys = [...new Set([...Object.keys(left.groups), ...Object.keys(right.groups)])].sort();
  // ISO strings of the same form sort as their instants.
  const [from] = [left.period.from, right.period.from].sort();
  const to = [left.period.to, right.period.to].sort()[1];
  return {
    format: REPORT_FORMAT,
    period: { from: from as string, to: to as string },
    timeZone: left.timeZone,
    groupBy: left.groupBy,
    outside: left.outside + right.outside,
    volume: {
      definition: left.volume.definition,
      total: left.volume.total + right.volume.total,
      byChannel: addCounts(left.volume.byChannel, right.volume.byChannel, CHANNEL_IDS),
      byIssueType: addCounts(left.volume.byIssueType, right.volume.byIssueType, ISSUE_TYPES),
      byDay: Object.fromEntries(
        days.map((day) => [
          day,
          addCounts(left.volume.byDay[day] ?? none, right.volume.byDay[day] ?? none, CHANNEL_IDS),
        ]),
      ),
    },
    metrics: mergeMetrics(left.metrics, right.metrics),
    groups: Object.fromEntries(
      groupKeys.map((key) => {
        const l = left.groups[key];
        const r = right.groups[key];
        return [key, l !== undefined && r !== undefined ? mergeMetrics(l, r) : ((l ?? r) as ReportMetrics)];
      }),
    ),
  };
}
