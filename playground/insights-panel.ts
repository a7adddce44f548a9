// The report (数据报表) over the last 14 Beijing days: this page's case logs and, if wanted, a
// generated sample, as the library's SVG chart and as its table rows.
import { appendCaseEvent, type CaseEvent, type CaseLog, createCaseLog } from 'tiantian-support/cases';
import { CHANNEL_IDS } from 'tiantian-support/channels';
import { formatZonedDateTime, parseZonedDateTime } from 'tiantian-support/calendar';
import { buildReport, REPORT_COLUMNS, reportRows, reportToSvg } from 'tiantian-support/insights';
import { ISSUE_TYPES } from 'tiantian-support';
import { $, el, locale } from './dom.js';
import { COLUMN_NAMES, fill, UI } from './text.js';

/** How many generated cases the sample holds, and the days the report covers. */
export const SAMPLE_SIZE = 60;
const DAYS = 14;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The period: from Beijing midnight 13 days ago to Beijing midnight tonight (exclusive). */
function period(now: Date): { from: Date; to: Date } {
  const midnight = (at: Date) => parseZonedDateTime(`${formatZonedDateTime(at).slice(0, 10)} 00:00`);
  return {
    from: midnight(new Date(now.getTime() - (DAYS - 1) * DAY)),
    to: midnight(new Date(now.getTime() + DAY)),
  };
}

/** mulberry32: a small seeded generator, so the sample is the same on every load of a day. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sample cases opened in the period before now: a customer message, maybe a bot, agent replies, solving. */
async function sampleLogs(from: Date, now: Date): Promise<CaseLog[]> {
  const next = seeded(Math.floor(from.getTime() / DAY));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const span = now.getTime() - from.getTime() - DAY;
  const logs: CaseLog[] = [];
  for (let i = 0; i < SAMPLE_SIZE; i++) {
    let at = from.getTime() + Math.floor(next() * span);
    const step = (ms: number) => {
      at += ms;
      return new Date(at);
    };
    const events: CaseEvent[] = [
      { type: 'opened', at: new Date(at), issueType: pick(ISSUE_TYPES), channel: pick(CHANNEL_IDS) },
      { type: 'message', at: new Date(at), from: 'customer', text: '还没发货' },
    ];
    if (next() < 0.3) events.push({ type: 'message', at: step(1000), from: 'bot', text: '您好' });
    events.push({
      type: 'message',
      at: step(Math.round(Math.exp(next() * 6) * MINUTE)),
      from: 'agent',
      text: '正在核实',
    });
    if (next() < 0.7)
      events.push({ type: 'status', at: step(Math.round(next() * 600) * MINUTE), to: 'solved' });
    let log = createCaseLog();
    for (const event of events) log = await appendCaseEvent(log, event);
    logs.push(log);
  }
  return logs;
}

let sample: CaseLog[] = [];
let pageLogs: () => readonly CaseLog[] = () => [];

function cell(value: unknown, loc: string): string {
  if (value === null) return '—';
  if (typeof value === 'number')
    return new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(value);
  return value === undefined ? '' : String(value);
}

export function updateInsights(): void {
  const loc = locale();
  const t = UI[loc];
  const now = new Date();
  const { from, to } = period(now);
  const own = pageLogs();
  const withSample = $<HTMLInputElement>('report-sample').checked;
  const report = buildReport([...(withSample ? sample : []), ...own], { from, to });
  $('report-sample-label').textContent = fill(t.includeSample, { count: SAMPLE_SIZE });
  const days = {
    from: formatZonedDateTime(from).slice(0, 10),
    to: formatZonedDateTime(new Date(to.getTime() - DAY)).slice(0, 10),
  };
  const svg = new DOMParser().parseFromString(reportToSvg(report), 'image/svg+xml').documentElement;
  $('report-period').textContent = fill(t.reportPeriod, {
    ...days,
    cases: report.volume.total,
    own: own.length,
  });
  $('chart').replaceChildren(document.importNode(svg, true));
  const head = el(
    'tr',
    {},
    ...REPORT_COLUMNS.map((column) => el('th', { scope: 'col' }, COLUMN_NAMES[column][loc])),
  );
  const rows = reportRows(report).map((row) =>
    el(
      'tr',
      { 'data-section': row.section, 'data-figure': row.figure, 'data-key': row.key },
      ...REPORT_COLUMNS.map((column) => el('td', {}, cell(row[column], loc))),
    ),
  );
  $('report-table').replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

/** Generates the sample and draws the report; `logs` gives this page's case logs. */
export async function initInsights(logs: () => readonly CaseLog[]): Promise<void> {
  pageLogs = logs;
  const now = new Date();
  sample = await sampleLogs(period(now).from, now);
  $('report-sample').addEventListener('change', updateInsights);
  updateInsights();
}
