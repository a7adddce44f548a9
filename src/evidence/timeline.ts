import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { DEFAULT_LOCALE, type Locale, isLocale } from '../shared/locale.js';
import { type Issue, type SafeResult, fail, failWith, ok } from '../shared/result.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';
import { issuesFromZod } from '../shared/zod-issues.js';
import { safely } from '../shared/safe-call.js';
import { TimelineEventSchema } from './schemas.js';

/**
 * One event as a caller gives it: when (a `Date`, or an ISO 8601 string with an offset), what
 * happened, what was tried (已尝试的解决方案) and its result.
 *
 * @example
 * const event: TimelineEventInput = { at: '2026-09-30T20:30:00+08:00', what: '收到商品,外壳破损', tried: '联系在线客服' };
 */
export interface TimelineEventInput {
  readonly at: Date | string;
  readonly what: string;
  readonly tried?: string;
  readonly result?: string;
}

/**
 * One validated event of a timeline.
 *
 * @example
 * const event: TimelineEvent = { at: new Date('2026-09-30T20:30:00+08:00'), what: '收到商品,外壳破损' };
 */
export interface TimelineEvent {
  readonly at: Date;
  readonly what: string;
  readonly tried?: string;
  readonly result?: string;
}

/**
 * A validated timeline (时间线), oldest event first.
 *
 * @example
 * const timeline: Timeline = { events: [] };
 */
export interface Timeline {
  readonly events: readonly TimelineEvent[];
}

/**
 * Options of `renderTimeline`.
 *
 * @example
 * const options: RenderTimelineOptions = { format: 'markdown', locale: 'en' };
 */
export interface RenderTimelineOptions {
  /** `'text'` for a chat, `'markdown'` for an email or a ticket, `'csv'` for a spreadsheet. */
  readonly format: 'text' | 'markdown' | 'csv';
  /** @default 'zh-CN' */
  readonly locale?: Locale;
  /** The IANA time zone the times are shown in, whatever the host's zone. @default 'Asia/Shanghai' */
  readonly timeZone?: string;
}

const MAX_EVENTS = 500;

/**
 * Validates and sorts the events of a timeline (使用表格分类列出问题发生的时间线、已尝试的解决方案).
 * Times are `Date`s or ISO 8601 strings with an explicit offset (`+08:00`, `Z`): a time without an
 * offset would depend on the reader's zone, so it is refused. Invalid events are reported with
 * their index; equal times keep their order.
 *
 * @param events - the events (untrusted), at most 500
 * @returns the timeline in safeParse shape
 * @example
 * const result = createTimeline([
 *   { at: '2026-10-02T09:00:00+08:00', what: '客服要求补充照片' },
 *   { at: '2026-09-30T20:30:00+08:00', what: '收到商品,外壳破损', tried: '联系在线客服' },
 * ]);
 * if (result.success) result.data.events[0]?.what; //=> '收到商品,外壳破损'
 */
export function createTimeline(events: readonly TimelineEventInput[]): SafeResult<Timeline> {
  return safely(() => buildTimeline(events));
}

function buildTimeline(events: readonly TimelineEventInput[]): SafeResult<Timeline> {
  if (!Array.isArray(events))
    return failWith('invalid_type', `Expected an array of events, got ${describeValue(events)}`);
  if (events.length > MAX_EVENTS)
    return failWith('too_big', `A timeline has at most ${MAX_EVENTS} events, got ${events.length}`);
  const issues: Issue[] = [];
  const valid: TimelineEvent[] = [];
  events.forEach((input: unknown, index) => {
    const parsed = TimelineEventSchema.safeParse(input);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error.issues, [index]));
      return;
    }
    const { at, what, tried, result } = parsed.data;
    // The schema passes only valid Dates and ISO strings whose every field is in range (a 4-digit
    // year, month-aware days, hours 00–23, offsets within ±23:59), so `new Date` never gives an
    // Invalid Date here; a Date comes out of the schema as a copy.
    valid.push({
      at: at instanceof Date ? at : new Date(at),
      what,
      ...(tried === undefined ? {} : { tried }),
      ...(result === undefined ? {} : { result }),
    });
  });
  if (issues.length > 0) return fail(issues);
  // Array.prototype.sort is stable (ES2019): equal times keep their given order.
  valid.sort((a, b) => a.at.getTime() - b.at.getTime());
  return ok({ events: valid });
}

const HEADERS: Record<Locale, readonly [string, string, string, string]> = {
  'zh-CN': ['时间', '发生了什么', '已尝试的解决方案', '结果'],
  en: ['Time', 'What happened', 'What was tried', 'Result'],
  es: ['Hora', 'Qué pasó', 'Qué se intentó', 'Resultado'],
};
const TITLE: Record<Locale, string> = { 'zh-CN': '时间线', en: 'Timeline', es: 'Cronología' };
const BEIJING: Record<Locale, string> = { 'zh-CN': '北京时间', en: 'Beijing time', es: 'hora de Pekín' };

function clockFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch (cause) {
    throw new TiantianError(
      'invalid_argument',
      `Unknown time zone ${describeValue(timeZone)}; expected an IANA name such as "Asia/Shanghai"`,
      {
        path: ['timeZone'],
        cause,
      },
    );
  }
}

function clock(format: Intl.DateTimeFormat, at: Date): string {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A spreadsheet would run a cell starting with = + - @ (or a tab, a CR) as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function markdownCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Renders a timeline as a table (表格) for a chat, an email or a spreadsheet. Times are shown in
 * Beijing time (or `timeZone`) whatever the host's zone, as `YYYY-MM-DD HH:mm`. Markdown escapes
 * `|` and HTML; CSV quotes per RFC 4180 (CRLF lines) and puts a `'` before a cell starting with
 * `=`, `+`, `-` or `@` so a spreadsheet does not run it as a formula.
 *
 * @param timeline - a timeline from `createTimeline`
 * @param options - the format, the locale of the headers, the time zone
 * @returns the rendered text
 * @throws {TiantianError} `invalid_argument` for an unknown format, locale or time zone
 * @example
 * const timeline = createTimeline([{ at: '2026-09-30T12:30:00Z', what: 'Box crushed', tried: 'Chat' }]);
 * if (timeline.success) renderTimeline(timeline.data, { format: 'csv', locale: 'en' });
 * //=> 'Time (Beijing time),What happened,What was tried,Result\r\n2026-09-30 20:30,Box crushed,Chat,\r\n'
 */
export function renderTimeline(timeline: Timeline, options: RenderTimelineOptions): string {
  const { format } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const timeZone = options.timeZone ?? PLATFORM_TIME_ZONE;
  if (format !== 'text' && format !== 'markdown' && format !== 'csv') {
    throw new TiantianError(
      'invalid_argument',
      `format must be 'text', 'markdown' or 'csv', got ${describeValue(format)}`,
      {
        path: ['format'],
      },
    );
  }
  if (!isLocale(locale)) {
    throw new TiantianError(
      'invalid_argument',
      `Unknown locale ${describeValue(locale)}; expected zh-CN, en or es`,
      {
        path: ['locale'],
      },
    );
  }
  const events = timeline?.events;
  if (!Array.isArray(events)) {
    throw new TiantianError('invalid_argument', 'timeline must be the data of a createTimeline result', {
      path: ['timeline'],
    });
  }
  const zoneLabel = timeZone === PLATFORM_TIME_ZONE ? BEIJING[locale] : timeZone;
  const formatter = clockFormat(timeZone);
  const [time, what, tried, result] = HEADERS[locale];
  const rows = events.map((event): [string, string, string, string] => [
    clock(formatter, event.at),
    event.what,
    event.tried ?? '',
    event.result ?? '',
  ]);
  const timeHeader = `${time} (${zoneLabel})`;
  if (format === 'csv') {
    return [[timeHeader, what, tried, result], ...rows]
      .map((row) => `${row.map(csvCell).join(',')}\r\n`)
      .join('');
  }
  if (format === 'markdown') {
    const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |\n`;
    return (
      line([timeHeader, what, tried, result]) + line(['---', '---', '---', '---']) + rows.map(line).join('')
    );
  }
  const colon = locale === 'zh-CN' ? ':' : ': ';
  const indent = (text: string) => text.replace(/\r\n|\r|\n/g, '\n    ');
  const blocks = rows.map(([at, happened, attempt, outcome]) => {
    let block = `${at}  ${indent(happened)}\n`;
    if (attempt) block += `    ${tried}${colon}${indent(attempt)}\n`;
    if (outcome) block += `    ${result}${colon}${indent(outcome)}\n`;
    return block;
  });
  return `${TITLE[locale]} (${zoneLabel})\n${blocks.join('')}`;
}
