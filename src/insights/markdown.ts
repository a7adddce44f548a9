import type { DurationFigure, RateFigure } from './figures.js';
import type { Report, ReportMetrics } from './report.js';

function escapeCell(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\r\n]+/g, ' ');
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

const minutes = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const percent = (r: RateFigure) =>
  r.rate === null ? `— (0/0)` : `${(r.rate * 100).toFixed(1)}% (${r.numerator}/${r.denominator})`;

function timeRows(name: string, d: DurationFigure): (string | number)[][] {
  return (['calendar', 'business'] as const).map((clock) => {
    const c = d[clock];
    return [name, clock, c.count, minutes(c.mean), minutes(c.median), minutes(c.p90), minutes(c.p95)];
  });
}

function metrics(m: ReportMetrics, title: string): string {
  const parts = [
    `### ${escapeCell(title)}: ${m.cases} cases`,
    table(
      ['time', 'clock', 'n', 'mean (min)', 'median', 'p90', 'p95'],
      [
        ...timeRows('first reply', m.firstReply),
        ...timeRows('next reply', m.nextReply),
        ...timeRows('resolution', m.resolution),
      ],
    ),
    table(
      ['rate', 'value (numerator/denominator)'],
      [
        ['one-touch (Zendesk)', percent(m.oneTouch)],
        ['first-contact resolution (Freshdesk)', percent(m.firstContactResolution)],
        ['reopen', percent(m.reopen)],
        [`CSAT (${m.csat.scale.id})`, percent(m.csat)],
      ],
    ),
  ];
  if (m.sla.length > 0) {
    parts.push(
      table(
        ['SLA target', 'met', 'breached', 'running (left out)', 'achievement'],
        m.sla.map((s) => [s.id, s.met, s.breached, s.running, percent(s)]),
      ),
    );
  }
  return parts.join('\n\n');
}

/**
 * The report as Markdown tables: volume by channel, issue type and day; times (n, mean, median,
 * p90, p95 in calendar and business minutes, shown to 0.1 min); rates with numerator and
 * denominator; SLA achievement; then each group. Text is escaped (`|`, `<`, `&`, line breaks).
 * `—` marks a figure with no sample.
 *
 * @param report - from `buildReport` or `mergeReports`
 * @returns the Markdown text
 * @example
 * reportToMarkdown(report).startsWith('## Report'); //=> true
 */
export function reportToMarkdown(report: Report): string {
  const v = report.volume;
  const days = Object.entries(v.byDay);
  const channels = Object.keys(v.byChannel);
  const parts = [
    `## Report ${escapeCell(report.period.from)} – ${escapeCell(report.period.to)} (${escapeCell(report.timeZone)})`,
    `${v.total} cases opened in the period; ${report.outside} given outside it were left out.`,
    table(['channel', 'cases'], Object.entries(v.byChannel)),
    table(
      ['issue type', 'cases'],
      Object.entries(v.byIssueType).filter(([, n]) => n > 0),
    ),
    table(
      ['day', ...channels, 'total'],
      days.map(([day, per]) => [
        day,
        ...channels.map((c) => per[c as keyof typeof per]),
        Object.values(per).reduce((a, b) => a + b, 0),
      ]),
    ),
    metrics(report.metrics, 'All cases'),
    ...Object.entries(report.groups).map(([group, m]) => metrics(m, `${report.groupBy}: ${group}`)),
  ];
  return `${parts.join('\n\n')}\n`;
}
