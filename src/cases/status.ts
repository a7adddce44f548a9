// The clocks of a case, derived from its events: the SLA clocks through `/sla`'s machinery with the
// channel's business hours, the chat record's retention, and the legal clocks once goods arrived.
import { channelHours } from '../channels/index.js';
import type { LocalizedText } from '../shared/locale.js';
import { assertDate } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { guidePolicy } from '../sla/guide-policy.js';
import { defineSlaPolicy, type SlaPolicy } from '../sla/policy.js';
import { chatRecordRetention } from '../sla/retention.js';
import { dayPeriod, RETURN_WINDOW_LAW, returnWindow } from '../sla/return-window.js';
import type { SlaEvent } from '../sla/events.js';
import { type SlaStatus, slaStatus } from '../sla/status.js';
import { GUIDE_CASE_WORDS, SELLER_REFUND, THREE_GUARANTEES } from './data.js';
import { type CaseEvent, CaseEventSchema, type CaseOpenedEvent, type CaseState } from './events.js';
import type { CaseLog } from './log-shape.js';

/**
 * The clocks `caseStatus` reports.
 *
 * @example
 * const id: CaseClockId = 'no-reason-return';
 */
export type CaseClockId =
  | 'first-reply'
  | 'next-reply'
  | 'resolution'
  | 'chat-retention'
  | 'no-reason-return'
  | 'seller-refund'
  | 'three-guarantees-return'
  | 'three-guarantees-exchange';

/**
 * Where a clock stands at `now`: `met` (done in time), `running`, `paused` (pending or on hold),
 * `breached` (past due, not met in time), `ended` (a customer's window or a keeping period that
 * has passed).
 *
 * @example
 * const state: CaseClockState = 'paused';
 */
export type CaseClockState = 'met' | 'running' | 'paused' | 'breached' | 'ended';

/**
 * One clock of a case: when it started, when it is due, where it stands, and why (its basis and
 * the sources of that basis).
 *
 * @example
 * const clock: CaseClock | undefined = caseStatus(log, { now }).clocks[0];
 */
export interface CaseClock {
  readonly id: CaseClockId;
  readonly kind: 'sla' | 'record' | 'legal';
  readonly state: CaseClockState;
  /** For SLA clocks: inside the warning before the due instant. */
  readonly atRisk: boolean;
  readonly startedAt: Date;
  readonly due: Date;
  readonly basis: LocalizedText;
  readonly sources: readonly string[];
}

/**
 * The status of a case at `now`.
 *
 * @example
 * caseStatus(log, { now }).state; //=> 'open'
 */
export interface CaseStatus {
  readonly now: Date;
  readonly state: CaseState;
  readonly opened: CaseOpenedEvent;
  readonly escalated: boolean;
  /** The SLA status `slaStatus` gives for the same events, or null before the first customer message. */
  readonly sla: SlaStatus | null;
  /** Every clock that applies, SLA clocks first. */
  readonly clocks: readonly CaseClock[];
}

/**
 * Options of `caseStatus`.
 *
 * @example
 * const options: CaseStatusOptions = { now: new Date(), resolutionMinutes: 4320 };
 */
export interface CaseStatusOptions {
  readonly now: Date;
  /** Another SLA policy (e.g. from `defineSlaPolicy`). @default the guide's promise for the channel, see `caseSlaPolicy` */
  readonly policy?: SlaPolicy | undefined;
  /**
   * The resolution target in calendar minutes when no policy is given. The guide states none; the
   * default is its longest response promise (a complex email, 72 hours).
   * @default 4320
   */
  readonly resolutionMinutes?: number | undefined;
}

/**
 * The default SLA policy of a case: the guide's response promise for the channel (and issue type)
 * as the first-reply targets, the same promise for each next reply, and a resolution target in
 * calendar minutes, all on the channel's business hours.
 *
 * @param opened - the case's opening event
 * @param resolutionMinutes - the resolution target (calendar minutes)
 * @returns the policy
 * @example
 * caseSlaPolicy({ type: 'opened', at, issueType: 'quality-dispute', channel: 'social-media' }).targets.length; //=> 3
 */
export function caseSlaPolicy(opened: CaseOpenedEvent, resolutionMinutes = 72 * 60): SlaPolicy {
  const guide = guidePolicy(opened.channel, { issueType: opened.issueType });
  const reply = guide.targets.map(({ minutes, clock, hours, warnBefore }) => ({
    minutes,
    clock,
    hours,
    warnBefore,
  }));
  return defineSlaPolicy({
    id: `case:${guide.id}`,
    hours: channelHours(opened.channel),
    targets: [
      ...reply.map((target) => ({ ...target, metric: 'first-reply' as const })),
      ...reply.map((target) => ({ ...target, metric: 'next-reply' as const })),
      { metric: 'resolution', minutes: resolutionMinutes, clock: 'calendar' },
    ],
  });
}

/**
 * The history `slaStatus` reads, from a case's events: `created` at the customer's first message
 * (the opening when there is none), later customer messages, agent messages as replies (bot
 * messages never count), `pending`/`on-hold` as pauses, `open` as resume (or reopen after solved),
 * `solved`/`closed` as solved.
 *
 * @param events - the case's events, in log order
 * @returns the SLA events
 * @example
 * caseSlaEvents(log.entries.map((e) => e.event))[0]?.type; //=> 'created'
 */
export function caseSlaEvents(events: readonly CaseEvent[]): SlaEvent[] {
  const firstCustomer = events.find((e) => e.type === 'message' && e.from === 'customer');
  const created = firstCustomer ?? events.find((e) => e.type === 'opened');
  if (!created) return [];
  const out: SlaEvent[] = [{ type: 'created', at: created.at }];
  let solved = false;
  for (const event of events) {
    if (event === created || event.at.getTime() < created.at.getTime()) continue;
    if (event.type === 'message' && event.from === 'customer')
      out.push({ type: 'customer-message', at: event.at });
    else if (event.type === 'message' && event.from === 'agent')
      out.push({ type: 'agent-reply', at: event.at });
    else if (event.type === 'status') {
      if (event.to === 'pending' || event.to === 'on-hold') out.push({ type: 'pause', at: event.at });
      else if (event.to === 'open') out.push({ type: solved ? 'reopened' : 'resume', at: event.at });
      else out.push({ type: 'solved', at: event.at });
      solved = event.to === 'solved' || event.to === 'closed';
    }
  }
  return out;
}

const SLA_BASIS: Record<'first-reply' | 'next-reply' | 'resolution', LocalizedText> = {
  'first-reply': {
    'zh-CN': '从客户首条消息到首条人工客服回复（机器人消息不计）',
    en: "From the customer's first message to the first agent message (bot messages do not count)",
    es: 'Del primer mensaje del cliente al primer mensaje de un agente (los del bot no cuentan)',
  },
  'next-reply': {
    'zh-CN': '从客户在人工回复后的新消息到下一条人工客服回复',
    en: "From a customer's message after an agent's reply to the next agent message",
    es: 'Del mensaje del cliente tras una respuesta del agente a la siguiente respuesta',
  },
  resolution: {
    'zh-CN': '从客户首条消息到解决，等待客户（pending）或挂起（on-hold）期间暂停计时',
    en: "From the customer's first message to solved, paused while pending or on hold",
    es: 'Del primer mensaje del cliente a la solución, en pausa mientras está pendiente o en espera',
  },
};

function day(date: string, days: number): LocalizedText {
  return {
    'zh-CN': `${days}日期间，至 ${date} 24:00（北京时间），次日起算，末日为休息日顺延`,
    en: `${days} days to ${date} 24:00 Beijing time, counted from the next day, a rest-day end moved to the next working day`,
    es: `${days} días hasta el ${date} a las 24:00 (Pekín), desde el día siguiente, un fin en día de descanso pasa al siguiente laborable`,
  };
}

/**
 * The status of a case at `now`, derived from its log: the case's state, the SLA clocks (first
 * reply, next reply, resolution: via `slaStatus` with the channel's business hours), the chat
 * record's retention date (one month after the last message, the guide's one rule), and once the
 * goods were signed for the legal clocks: the 7-day no-reason return (`returnWindow`), the seller's
 * refund within 7 days of receiving a return, and 三包's 7 and 15 days. Each clock says its basis.
 * Events after `now` are ignored, so any moment can be replayed. The log's hashes are not checked
 * here: run `verifyCaseLog` for that.
 *
 * @param log - the case log (its first event `opened`)
 * @param options - `{ now, policy?, resolutionMinutes? }`
 * @returns the status
 * @throws {TiantianError} `invalid_date` for an invalid `now`, `invalid_argument` for a log without a valid opening
 * @example
 * const status = caseStatus(log, { now: new Date('2026-10-08T10:31:00+08:00') });
 * status.clocks.find((c) => c.id === 'first-reply')?.state; //=> 'breached'
 */
export function caseStatus(log: CaseLog, options: CaseStatusOptions): CaseStatus {
  const now = assertDate(options?.now, 'now');
  const entries = Array.isArray(log?.entries) ? log.entries : [];
  const events: CaseEvent[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = CaseEventSchema.safeParse(entry?.event);
    if (!parsed.success)
      throw new TiantianError('invalid_argument', `Entry ${index}: ${parsed.error.issues[0]?.message}`, {
        path: ['log', 'entries', index],
      });
    if (parsed.data.at.getTime() <= now.getTime()) events.push(parsed.data);
  }
  const opened = events[0];
  if (opened?.type !== 'opened')
    throw new TiantianError('invalid_argument', "The log has no 'opened' event first (at or before now)", {
      path: ['log', 'entries', 0],
    });
  const state = events.reduce<CaseState>((current, e) => (e.type === 'status' ? e.to : current), 'open');
  const policy = options.policy ?? caseSlaPolicy(opened, options.resolutionMinutes);
  const slaEvents = caseSlaEvents(events);
  const sla = slaEvents.length > 0 ? slaStatus(policy, slaEvents, now) : null;
  const clocks: CaseClock[] = [];
  for (const metric of ['first-reply', 'next-reply', 'resolution'] as const) {
    const target = sla?.metrics[metric];
    if (!target) continue;
    const stateOf: Record<string, CaseClockState> = {
      achieved: 'met',
      'on-track': 'running',
      'at-risk': 'running',
      paused: 'paused',
      breached: 'breached',
    };
    clocks.push({
      id: metric,
      kind: 'sla',
      state: stateOf[target.status]!,
      atRisk: target.status === 'at-risk',
      startedAt: target.startedAt,
      due: target.due,
      basis: SLA_BASIS[metric],
      sources: [`SLA policy ${policy.id}`],
    });
  }
  const lastMessage = events.filter((e) => e.type === 'message').at(-1);
  if (lastMessage) {
    const retention = chatRecordRetention(lastMessage.at);
    clocks.push({
      id: 'chat-retention',
      kind: 'record',
      state: now.getTime() < retention.keepUntil.getTime() ? 'running' : 'ended',
      atRisk: false,
      startedAt: lastMessage.at,
      due: retention.keepUntil,
      basis: retention.rule,
      sources: [GUIDE_CASE_WORDS.chatRecords],
    });
  }
  const signed = events.find((e) => e.type === 'signed-for');
  if (signed) {
    const window = returnWindow({ signedAt: signed.at });
    clocks.push({
      id: 'no-reason-return',
      kind: 'legal',
      state: now.getTime() < window.endsAt.getTime() ? 'running' : 'ended',
      atRisk: false,
      startedAt: signed.at,
      due: window.endsAt,
      basis: window.basis,
      sources: window.sources,
    });
    for (const rule of THREE_GUARANTEES) {
      const period = dayPeriod(signed.at, rule.days);
      clocks.push({
        id: rule.id,
        kind: 'legal',
        state: now.getTime() < period.endsAt.getTime() ? 'running' : 'ended',
        atRisk: false,
        startedAt: signed.at,
        due: period.endsAt,
        basis: day(period.lastDay, rule.days),
        sources: [`${rule.source}: ${rule.words}`],
      });
    }
  }
  const received = events.find((e) => e.type === 'return-received');
  if (received) {
    const period = dayPeriod(received.at, SELLER_REFUND.days);
    clocks.push({
      id: 'seller-refund',
      kind: 'legal',
      state: now.getTime() < period.endsAt.getTime() ? 'running' : 'breached',
      atRisk: false,
      startedAt: received.at,
      due: period.endsAt,
      basis: day(period.lastDay, SELLER_REFUND.days),
      sources: [`${SELLER_REFUND.source}: ${SELLER_REFUND.words}`, RETURN_WINDOW_LAW.sources[3]!.source],
    });
  }
  return { now, state, opened, escalated: events.some((e) => e.type === 'escalated'), sla, clocks };
}
