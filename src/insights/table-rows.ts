// The figures of a report as rows of one table, the common source of the CSV and Markdown forms.
import type { ClockFigures, DurationFigure, RateFigure } from './figures.js';
import type { Report, ReportMetrics } from './report.js';

/**
 * One row of a report as a table: what it measures, for which group, on which clock, and its
 * figures (empty where they do not apply, null where there is no sample).
 *
 * @example
 * const row: ReportRow = { section: 'volume', group: '', figure: 'channel', key: 'hotline', clock: '', count: 12 };
 */
export interface ReportRow {
  readonly section: 'volume' | 'time' | 'sla' | 'rate';
  /** The group (`groupBy`) the row is for; '' for all cases. */
  readonly group: string;
  readonly figure: string;
  readonly key: string;
  readonly clock: '' | 'calendar' | 'business';
  readonly count: number;
  readonly mean?: number | null;
  readonly median?: number | null;
  readonly p90?: number | null;
  readonly p95?: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly rate?: number | null;
  readonly running?: number;
}

/**
 * The columns of the table, in order.
 *
 * @example
 * REPORT_COLUMNS.length > 0; //=> true
 */
export const REPORT_COLUMNS = [
  'section',
  'group',
  'figure',
  'key',
  'clock',
  'count',
  'mean',
  'median',
  'p90',
  'p95',
  'numerator',
  'denominator',
  'rate',
  'running',
] as const;

function timeRows(group: string, figure: string, d: DurationFigure): ReportRow[] {
  return (['calendar', 'business'] as const).map((clock) => {
    const c: ClockFigures = d[clock];
    return {
      section: 'time',
      group,
      figure,
      key: 'minutes',
      clock,
      count: c.count,
      mean: c.mean,
      median: c.median,
      p90: c.p90,
      p95: c.p95,
    };
  });
}

function rateRow(group: string, figure: string, r: RateFigure): ReportRow {
  return {
    section: 'rate',
    group,
    figure,
    key: '',
    clock: '',
    count: r.denominator,
    numerator: r.numerator,
    denominator: r.denominator,
    rate: r.rate,
  };
}

function metricRows(group: string, m: ReportMetrics): ReportRow[] {
  return [
    ...timeRows(group, 'first-reply', m.firstReply),
    ...timeRows(group, 'next-reply', m.nextReply),
    ...timeRows(group, 'resolution', m.resolution),
    ...m.sla.map(
      (s): ReportRow => ({
        section: 'sla',
        group,
        figure: 'sla-achievement',
        key: s.id,
        clock: s.clock,
        count: s.denominator,
        numerator: s.met,
        denominator: s.denominator,
        rate: s.rate,
        running: s.running,
      }),
    ),
    rateRow(group, 'one-touch', m.oneTouch),
    rateRow(group, 'first-contact-resolution', m.firstContactResolution),
    rateRow(group, 'reopen', m.reopen),
    rateRow(group, 'csat', m.csat),
  ];
}

/**
 * The report as table rows: volume by channel, issue type and day (with channel), then the metrics
 * of all cases, then those of each group.
 *
 * @param report - from `buildReport` or `mergeReports`
 * @returns the rows
 * @example
 * reportRows(report)[0]; //=> { section: 'volume', group: '', figure: 'total', key: '', clock: '', count: 42 }
 */
export function reportRows(report: Report): ReportRow[] {
  const v = report.volume;
  const volume = (figure: string, key: string, count: number): ReportRow => ({
    section: 'volume',
    group: '',
    figure,
    key,
    clock: '',
    count,
  });
  return [
    volume('total', '', v.total),
    ...Object.entries(v.byChannel).map(([key, n]) => volume('channel', key, n)),
    ...Object.entries(v.byIssueType).map(([key, n]) => volume('issue-type', key, n)),
    ...Object.entries(v.byDay).flatMap(([day, perChannel]) =>
      Object.entries(perChannel).map(([channel, n]) => volume('day', `${day} ${channel}`, n)),
    ),
    ...metricRows('', report.metrics),
    ...Object.entries(report.groups).flatMap(([group, m]) => metricRows(group, m)),
  ];
}
