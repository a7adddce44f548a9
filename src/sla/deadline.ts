import { assertInRange, DAY_MS } from '../calendar/civil.js';
import {
  addBusinessMinutes,
  type BusinessHours,
  getDayInfo,
  nextClosing,
  nextOpening,
} from '../calendar/index.js';
import { channelHours } from '../channels/channel-hours.js';
import { CHANNEL_NAMES } from '../channels/data/channels.js';
import { assertChannelId, assertDate, assertIssueType, describeValue } from '../shared/assert.js';
import type { ChannelId } from '../shared/channel-ids.js';
import { isTiantianError, TiantianError } from '../shared/errors.js';
import { SOCIAL_MEDIA_OPENING, type ResponseTarget } from '../channels/data/contact.js';
import {
  CHANNEL_TABLE_ISSUE_LABELS,
  type ChannelTableIssueType,
  type IssueType,
} from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';
import { guideTargets, type TargetCandidate } from './targets.js';
import { BEIJING, formatInstant, formatMinutes } from './time.js';

const MINUTE = 60_000;

/**
 * What `responseDeadline` needs: the channel, when the message was sent, and optionally the issue
 * type (问题类型), whether the case is complex (复杂问题, email) and when an online chat reached a person
 * (转人工).
 *
 * @example
 * const request: ResponseDeadlineInput = { channel: 'social-media', submittedAt: new Date('2026-09-30T20:30:00+08:00') };
 */
export interface ResponseDeadlineInput {
  /** The channel the customer used. */
  readonly channel: ChannelId;
  /** When the message was sent (or the call made). */
  readonly submittedAt: Date;
  /** The issue type: the guide's channel table sets stricter targets for some. */
  readonly issueType?: IssueType | undefined;
  /**
   * A complex case: email may take up to 72 hours instead of 48.
   * @default false
   */
  readonly complex?: boolean | undefined;
  /**
   * Online chat: when the chat was transferred to a person. The hour starts then.
   * @default submittedAt
   */
  readonly handoffAt?: Date | undefined;
}

/**
 * A stretch of open time that counted towards a deadline.
 *
 * @example
 * const evening: CountedPeriod = { from: new Date('2026-09-30T20:30:00+08:00'), to: new Date('2026-09-30T21:00:00+08:00'), minutes: 30 };
 */
export interface CountedPeriod {
  readonly from: Date;
  readonly to: Date;
  /** Minutes counted in this stretch (may be fractional). */
  readonly minutes: number;
}

/**
 * When an answer is due on a channel, and how that was worked out.
 *
 * @example
 * const { due, derivation } = responseDeadline({ channel: 'email', submittedAt: new Date('2026-09-30T20:30:00+08:00') });
 */
export interface ResponseDeadline {
  readonly channel: ChannelId;
  readonly issueType?: IssueType;
  /** When the message was sent. */
  readonly submittedAt: Date;
  /** When the clock started: the hand-off for online chat, otherwise `submittedAt`. */
  readonly startedAt: Date;
  /** The first instant that counted: for business time, the next opening when sent while closed. */
  readonly countingFrom: Date;
  /** When the answer is due at the latest. */
  readonly due: Date;
  /** Email only: the earliest an answer is expected (“24-48小时”: 24 hours). */
  readonly earliest?: Date;
  /** The guide's target that set `due`. */
  readonly target: ResponseTarget;
  /** Whether `target` counts open time of the channel (`business`) or every minute (`calendar`). */
  readonly basis: 'business' | 'calendar';
  /** Which rule won: the channel's own, or the channel table's row for the issue type (stricter). */
  readonly source: 'channel' | 'issue-type';
  /** The stretches of time that counted, in order (one for calendar time; none when due at once). */
  readonly counted: readonly CountedPeriod[];
  /** The time zone the derivation's clock times are written in (Beijing time). */
  readonly timeZone: string;
  /**
   * The civil dates on the counted path (from the start's day to the due day, in the calendar's
   * zone) whose workday status is an estimate: a year without a published State Council notice
   * (2027 and later), where only the statutory holidays count and no 调休 is known. Empty when
   * every day is from a published notice, or when the target is calendar time (the calendar is
   * not consulted). The derivation says so too.
   */
  readonly estimatedDays: readonly string[];
  /** A sentence a person can check, e.g. 当天 20:30–21:00 计30分钟 … 到期. */
  readonly derivation: LocalizedText;
}

function due(start: Date, target: ResponseTarget, hours: BusinessHours): Date {
  if (target.clock === 'calendar') return new Date(start.getTime() + target.minutes * MINUTE);
  try {
    return addBusinessMinutes(start, target.minutes, hours);
  } catch (error) {
    // Past the calendar's last supported instant: the fault is the due instant's.
    if (isTiantianError(error, 'out_of_range'))
      throw new TiantianError('out_of_range', error.message, { path: ['due'] });
    throw error;
  }
}

/** The open stretches from `start` to `end`, walked with the calendar's openings and closings. */
function countedPeriods(
  start: Date,
  end: Date,
  target: ResponseTarget,
  hours: BusinessHours,
): CountedPeriod[] {
  if (end.getTime() <= start.getTime()) return [];
  if (target.clock === 'calendar')
    return [{ from: start, to: end, minutes: (end.getTime() - start.getTime()) / MINUTE }];
  const periods: CountedPeriod[] = [];
  let at = start;
  // A handful of stretches covers any guide target; the cap keeps a strange schedule from looping.
  for (let i = 0; i < 16 && at.getTime() < end.getTime(); i++) {
    const from = nextOpening(at, hours);
    if (from.getTime() >= end.getTime()) break;
    let closing: Date | undefined;
    try {
      closing = nextClosing(from, hours);
    } catch {
      // Hours that never close: the stretch runs to the due instant.
      closing = undefined;
    }
    const to =
      closing !== undefined && closing.getTime() > from.getTime() && closing.getTime() < end.getTime()
        ? closing
        : end;
    periods.push({ from, to, minutes: (to.getTime() - from.getTime()) / MINUTE });
    at = to;
  }
  return periods;
}

const duration = (minutes: number): LocalizedText => {
  if (minutes > 0 && minutes % 60 === 0) {
    const h = formatMinutes(minutes / 60);
    return { 'zh-CN': `${h}小时`, en: `${h} h`, es: `${h} h` };
  }
  const m = formatMinutes(minutes);
  return { 'zh-CN': `${m}分钟`, en: `${m} min`, es: `${m} min` };
};

/** Why the channel table's row won: “物流延迟按渠道表“24小时内”，严于本渠道的“24-48小时”；”. */
function stricterRow(label: LocalizedText, target: ResponseTarget, own: ResponseTarget): LocalizedText {
  return {
    'zh-CN': `${label['zh-CN']}按渠道表“${target.label['zh-CN']}”，严于本渠道的“${own.label['zh-CN']}”；`,
    en: `${label.en} follows the channel table's “${target.label.en}”, stricter than the channel's “${own.label.en}”; `,
    es: `${label.es} sigue la tabla de canales («${target.label.es}»), más estricta que la del canal («${own.label.es}»); `,
  };
}

function describe(
  channel: ChannelId,
  issueType: IssueType | undefined,
  winner: TargetCandidate,
  own: TargetCandidate,
  result: Pick<
    ResponseDeadline,
    'submittedAt' | 'startedAt' | 'countingFrom' | 'due' | 'counted' | 'earliest'
  >,
): LocalizedText {
  const name = CHANNEL_NAMES[channel];
  const t = (at: Date) => formatInstant(at, BEIJING);
  const { target } = winner;
  const span = duration(target.minutes);
  const rule: LocalizedText =
    target.minutes === 0
      ? target.label
      : target.clock === 'business'
        ? {
            'zh-CN': `工作日${SOCIAL_MEDIA_OPENING.start}–${SOCIAL_MEDIA_OPENING.end}（北京时间）内${formatMinutes(target.minutes / 60)}个工作小时（${target.label['zh-CN']}）`,
            en: `${formatMinutes(target.minutes / 60)} business hours within workdays ${SOCIAL_MEDIA_OPENING.start}–${SOCIAL_MEDIA_OPENING.end} Beijing time (${target.label.en})`,
            es: `${formatMinutes(target.minutes / 60)} horas hábiles en días laborables de ${SOCIAL_MEDIA_OPENING.start} a ${SOCIAL_MEDIA_OPENING.end} hora de Pekín (${target.label.es})`,
          }
        : {
            'zh-CN': `${target.label['zh-CN']}，按自然时间计${span['zh-CN']}`,
            en: `${target.label.en}, ${span.en} of calendar time`,
            es: `${target.label.es}, ${span.es} de tiempo natural`,
          };
  const why: LocalizedText | undefined =
    winner.source === 'issue-type' && issueType !== undefined
      ? // Only the channel table's rows compete, so the issue type is one the table names.
        stricterRow(CHANNEL_TABLE_ISSUE_LABELS[issueType as ChannelTableIssueType], target, own.target)
      : undefined;
  const handoff = result.startedAt.getTime() !== result.submittedAt.getTime();
  const start: LocalizedText = {
    'zh-CN': `${t(result.submittedAt)} 提交${handoff ? `，${t(result.startedAt)} 转人工` : ''}`,
    en: `submitted ${t(result.submittedAt)}${handoff ? `, with a person from ${t(result.startedAt)}` : ''}`,
    es: `enviado ${t(result.submittedAt)}${handoff ? `, con un agente desde ${t(result.startedAt)}` : ''}`,
  };
  const late = result.countingFrom.getTime() > result.startedAt.getTime();
  const waits: LocalizedText = late
    ? {
        'zh-CN': `非工作时间，${t(result.countingFrom)} 起计时；`,
        en: `closed then, the clock starts ${t(result.countingFrom)}; `,
        es: `cerrado entonces, el reloj empieza ${t(result.countingFrom)}; `,
      }
    : { 'zh-CN': '', en: '', es: '' };
  const pieces = target.clock === 'business' ? result.counted : [];
  const counted: LocalizedText = {
    'zh-CN': pieces
      .map((p) => `${t(p.from)}–${t(p.to).slice(11)} 计${formatMinutes(p.minutes)}分钟`)
      .join('，'),
    en: pieces
      .map((p) => `${t(p.from)}–${t(p.to).slice(11)} counts ${formatMinutes(p.minutes)} min`)
      .join(', '),
    es: pieces
      .map((p) => `${t(p.from)}–${t(p.to).slice(11)} cuenta ${formatMinutes(p.minutes)} min`)
      .join(', '),
  };
  const sep = (text: LocalizedText, zh: string, other: string): LocalizedText =>
    text.en === ''
      ? text
      : { 'zh-CN': `${text['zh-CN']}${zh}`, en: `${text.en}${other}`, es: `${text.es}${other}` };
  const countedText = sep(counted, '；', '; ');
  const earliest: LocalizedText =
    result.earliest === undefined
      ? { 'zh-CN': '', en: '', es: '' }
      : {
          'zh-CN': `最早 ${t(result.earliest)}；`,
          en: `at the earliest ${t(result.earliest)}; `,
          es: `como pronto ${t(result.earliest)}; `,
        };
  const dueText: LocalizedText =
    target.minutes === 0
      ? {
          'zh-CN': `即时到期（${t(result.due)}，北京时间）`,
          en: `due at once (${t(result.due)} Beijing time)`,
          es: `vence de inmediato (${t(result.due)} hora de Pekín)`,
        }
      : {
          'zh-CN': `${t(result.due)} 到期（北京时间）`,
          en: `due ${t(result.due)} Beijing time`,
          es: `vence ${t(result.due)} hora de Pekín`,
        };
  return {
    'zh-CN': `${name['zh-CN']}：${why?.['zh-CN'] ?? ''}${rule['zh-CN']}；${start['zh-CN']}；${waits['zh-CN']}${countedText['zh-CN']}${earliest['zh-CN']}${dueText['zh-CN']}。`,
    en: `${name.en}: ${why?.en ?? ''}${rule.en}; ${start.en}; ${waits.en}${countedText.en}${earliest.en}${dueText.en}.`,
    es: `${name.es}: ${why?.es ?? ''}${rule.es}; ${start.es}; ${waits.es}${countedText.es}${earliest.es}${dueText.es}.`,
  };
}

function readInput(input: ResponseDeadlineInput): {
  channel: ChannelId;
  submittedAt: Date;
  issueType: IssueType | undefined;
  complex: boolean;
  handoffAt: Date | undefined;
} {
  if (typeof input !== 'object' || input === null) {
    throw new TiantianError(
      'invalid_argument',
      `responseDeadline expects an object { channel, submittedAt, issueType?, complex?, handoffAt? }, got ${describeValue(input)}`,
    );
  }
  const channel = assertChannelId(input.channel);
  const submittedAt = assertDate(input.submittedAt, 'submittedAt');
  // Every channel answers only for the calendar's supported instants (1901-01-01T00:00Z to 2100-01-01T00:00Z).
  assertInRange(submittedAt.getTime(), 'submittedAt');
  const issueType = input.issueType === undefined ? undefined : assertIssueType(input.issueType);
  if (input.complex !== undefined && typeof input.complex !== 'boolean') {
    throw new TiantianError(
      'invalid_argument',
      `complex must be a boolean, got ${describeValue(input.complex)}`,
      {
        path: ['complex'],
      },
    );
  }
  const handoffAt = input.handoffAt === undefined ? undefined : assertDate(input.handoffAt, 'handoffAt');
  if (handoffAt !== undefined) assertInRange(handoffAt.getTime(), 'handoffAt');
  if (handoffAt !== undefined && handoffAt.getTime() < submittedAt.getTime()) {
    throw new TiantianError(
      'invalid_argument',
      `handoffAt (${handoffAt.toISOString()}) is before submittedAt (${submittedAt.toISOString()}); a chat reaches a person after it starts`,
      { path: ['handoffAt'] },
    );
  }
  return { channel, submittedAt, issueType, complex: input.complex ?? false, handoffAt };
}

/**
 * When an answer is due (响应时效) on a channel, by the source guide's rules, and how that was worked
 * out:
 * - social media (社交媒体): 2 open hours of its schedule, China workdays 09:00–21:00 Beijing time
 *   (“工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复”); sent while closed, the clock starts
 *   at the next opening; an amount that ends exactly at 21:00 ends at 21:00;
 * - email (邮件): 48 hours of calendar time, 72 when `complex`, with `earliest` at 24 hours
 *   (“平均响应时效为24-48小时,复杂问题可能延长至72小时”);
 * - online chat (在线客服) after transfer to a person: 1 hour from `handoffAt` (else `submittedAt`);
 * - hotline (热线): immediately (`due` is `submittedAt`).
 *
 * The guide's channel table (紧急支付问题 即时响应 by phone or chat; 物流延迟投诉 24小时内 by email or
 * social media; 商品质量争议 1小时内 in chat) applies to the channels its row lists, where it is
 * stricter: the earlier due wins (the channel's own on a tie) and `source` says which.
 *
 * @param input - channel, submittedAt, and optionally issueType, complex, handoffAt
 * @returns the due instant, the target, the basis, the rule that won and a derivation in zh-CN/en/es
 * @throws {TiantianError} `'unknown_channel'`, `'unknown_issue_type'`, `'invalid_date'` or
 *   `'invalid_argument'` (a hand-off before submission, a non-boolean `complex`)
 * @example
 * const { due, derivation } = responseDeadline({
 *   channel: 'social-media',
 *   submittedAt: new Date('2026-09-30T20:30:00+08:00'),
 * });
 * due.toISOString(); //=> '2026-10-08T02:30:00.000Z' (10:30 Beijing, after the National Day holiday)
 * derivation['zh-CN']; // … 2026-09-30 20:30–21:00 计30分钟，2026-10-08 09:00–10:30 计90分钟；2026-10-08 10:30 到期（北京时间）。
 */
export function responseDeadline(input: ResponseDeadlineInput): ResponseDeadline {
  const { channel, submittedAt, issueType, complex, handoffAt } = readInput(input);
  const hours = channelHours(channel);
  const startedAt = channel === 'online-chat' && handoffAt !== undefined ? handoffAt : submittedAt;
  const targets = guideTargets(channel, issueType, complex);
  let winner = targets.channel;
  let dueAt = due(startedAt, winner.target, hours);
  if (targets.issueType !== undefined) {
    const byIssue = due(startedAt, targets.issueType.target, hours);
    if (byIssue.getTime() < dueAt.getTime()) {
      winner = targets.issueType;
      dueAt = byIssue;
    }
  }
  assertInRange(dueAt.getTime(), 'due');
  const counted = countedPeriods(startedAt, dueAt, winner.target, hours);
  const estimatedDays = winner.target.clock === 'business' ? estimatedOnPath(startedAt, dueAt, hours) : [];
  const countingFrom = counted[0]?.from ?? (winner.target.clock === 'business' ? dueAt : startedAt);
  const earliest = targets.earliest === undefined ? undefined : due(startedAt, targets.earliest, hours);
  const facts = {
    submittedAt,
    startedAt,
    countingFrom,
    due: dueAt,
    counted,
    ...(earliest === undefined ? {} : { earliest }),
  };
  return {
    channel,
    ...(issueType === undefined ? {} : { issueType }),
    ...facts,
    target: winner.target,
    basis: winner.target.clock,
    source: winner.source,
    timeZone: BEIJING,
    estimatedDays,
    derivation: withEstimate(describe(channel, issueType, winner, targets.channel, facts), estimatedDays),
  };
}

/** The civil dates from `start`'s day to `end`'s day whose workday status the calendar estimates. */
function estimatedOnPath(start: Date, end: Date, hours: BusinessHours): string[] {
  if (hours.alwaysOpen) return [];
  const first = getDayInfo(start, hours.calendar).date;
  const last = getDayInfo(end, hours.calendar).date;
  const days: string[] = [];
  // A guide target spans days, not years; the cap keeps a strange schedule from looping.
  for (let ms = Date.parse(`${first}T00:00:00Z`), i = 0; i < 400; ms += DAY_MS, i++) {
    const date = new Date(ms).toISOString().slice(0, 10);
    if (getDayInfo(date, hours.calendar).estimate) days.push(date);
    if (date >= last) break;
  }
  return days;
}

function withEstimate(text: LocalizedText, days: readonly string[]): LocalizedText {
  if (days.length === 0) return text;
  return {
    'zh-CN': `${text['zh-CN']}${days.join('、')} 所在年份尚无国务院放假通知，工作日为估算（只计法定节假日，未知调休）。`,
    en: `${text.en} ${days.join(', ')}: no State Council notice is published for that year yet, so the workdays are an estimate (statutory holidays only, no known make-up days).`,
    es: `${text.es} ${days.join(', ')}: aún no hay aviso del Consejo de Estado para ese año; los días laborables son una estimación (solo festivos legales, sin días recuperables conocidos).`,
  };
}
