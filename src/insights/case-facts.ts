// What a report needs from one case log, read in one pass: the opening, reply and resolution
// times (calendar and business milliseconds), the counts behind one-touch and FCR, reopenings,
// and the history in the SLA clocks' vocabulary.
import type { CaseEvent } from '../cases/events.js';
import type { CaseLog } from '../cases/log-shape.js';
import { ALWAYS_OPEN, type BusinessHours, businessMinutesBetween } from '../calendar/index.js';
import { channelHours } from '../channels/index.js';
import type { SlaEvent } from '../sla/index.js';
import { describeValue } from '../shared/assert.js';
import { type ChannelId, isChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { type IssueType, isIssueType } from '../shared/issue-types.js';

/** A duration in calendar and in business milliseconds (of the channel's schedule). */
export type Span = readonly [calendarMs: number, businessMs: number];

/** One case, as a report sees it at the report's end. */
export interface CaseFacts {
  readonly openedAt: number;
  readonly channel: ChannelId;
  readonly issueType: IssueType;
  readonly firstReply: Span | null;
  readonly nextReplies: readonly Span[];
  /** Opening to the latest solved or closed status, when the case is solved or closed at the end. */
  readonly resolution: Span | null;
  readonly solved: boolean;
  readonly everSolved: boolean;
  readonly reopened: boolean;
  readonly agentReplies: number;
  readonly slaEvents: readonly SlaEvent[];
}

const hoursCache = new Map<ChannelId, BusinessHours>();

function hoursOf(channel: ChannelId): BusinessHours {
  let hours = hoursCache.get(channel);
  if (hours === undefined) {
    hours = channelHours(channel);
    hoursCache.set(channel, hours);
  }
  return hours;
}

function span(from: number, to: number, hours: BusinessHours): Span {
  const calendar = to - from;
  if (hours === ALWAYS_OPEN) return [calendar, calendar];
  return [calendar, Math.round(businessMinutesBetween(new Date(from), new Date(to), hours) * 60_000)];
}

function bad(message: string, path: readonly (string | number)[]): TiantianError<'invalid_argument'> {
  return new TiantianError('invalid_argument', message, { path });
}

function instantOf(event: CaseEvent, path: readonly (string | number)[]): number {
  const at: unknown = event.at;
  let ms = Number.NaN;
  let got = at instanceof Date ? 'Invalid Date' : describeValue(at);
  if (at instanceof Date) {
    try {
      ms = Date.prototype.getTime.call(at);
    } catch {
      got = 'an object posing as a Date';
    }
  }
  if (Number.isNaN(ms)) throw bad(`at must be a valid Date, got ${got}`, [...path, 'at']);
  return ms;
}

/** The opened event of a log, checked; throws for a log that does not start with one. */
export function openingOf(
  log: CaseLog,
  index: number,
): { at: number; channel: ChannelId; issueType: IssueType } {
  const path = [index];
  if (typeof log !== 'object' || log === null || !Array.isArray(log.entries)) {
    throw bad(`caseLogs[${index}] must be a case log { entries }, got ${describeValue(log)}`, path);
  }
  const first = log.entries[0]?.event;
  if (typeof first !== 'object' || first === null || first.type !== 'opened') {
    throw bad(`caseLogs[${index}] does not start with an opened event`, [...path, 'entries', 0, 'event']);
  }
  const eventPath = [...path, 'entries', 0, 'event'];
  if (!isChannelId(first.channel)) {
    throw bad(`unknown channel ${describeValue(first.channel)}`, [...eventPath, 'channel']);
  }
  if (!isIssueType(first.issueType)) {
    throw bad(`unknown issue type ${describeValue(first.issueType)}`, [...eventPath, 'issueType']);
  }
  return { at: instantOf(first, eventPath), channel: first.channel, issueType: first.issueType };
}

/**
 * Reads a case log as of `end` (events after it are not seen). Throws `invalid_argument` with the
 * path of the first malformed event.
 */
export function caseFacts(log: CaseLog, index: number, end: number): CaseFacts {
  const opening = openingOf(log, index);
  const hours = hoursOf(opening.channel);
  const slaEvents: SlaEvent[] = [{ type: 'created', at: new Date(opening.at) }];
  let state: 'open' | 'pending' | 'on-hold' | 'solved' | 'closed' = 'open';
  let frtStart = opening.at;
  let firstReply: Span | null = null;
  const nextReplies: Span[] = [];
  let awaitingSince: number | null = null;
  let solvedAt: number | null = null;
  let everSolved = false;
  let reopened = false;
  let agentReplies = 0;
  let previous = opening.at;
  const reopen = (at: number) => {
    reopened = true;
    solvedAt = null;
    if (firstReply === null) frtStart = at;
  };
  for (let j = 1; j < log.entries.length; j++) {
    const event = log.entries[j]?.event as CaseEvent | undefined;
    const path = [index, 'entries', j, 'event'];
    if (typeof event !== 'object' || event === null) {
      throw bad(`caseLogs[${index}].entries[${j}] has no event`, path);
    }
    const at = instantOf(event, path);
    if (at < previous) throw bad(`events go back in time at entries[${j}]`, [...path, 'at']);
    previous = at;
    if (at > end) break;
    if (event.type === 'message') {
      if (event.from === 'agent') {
        agentReplies += 1;
        if (firstReply === null) firstReply = span(frtStart, at, hours);
        else if (awaitingSince !== null) nextReplies.push(span(awaitingSince, at, hours));
        awaitingSince = null;
        slaEvents.push({ type: 'agent-reply', at: new Date(at) });
      } else if (event.from === 'customer') {
        if (state === 'solved') {
          reopen(at);
          state = 'open';
        }
        if (firstReply !== null && awaitingSince === null && state !== 'closed') awaitingSince = at;
        // A message on a closed case starts no clock (a closed case is not reopened).
        if (state !== 'closed') slaEvents.push({ type: 'customer-message', at: new Date(at) });
      } else if (event.from !== 'bot') {
        throw bad(`from must be customer, agent or bot, got ${describeValue(event.from)}`, [...path, 'from']);
      }
    } else if (event.type === 'status') {
      const to = event.to;
      // Closed is final (as in Zendesk): nothing reopens or re-solves a closed case.
      if (state === 'closed') continue;
      if (to === 'solved' || to === 'closed') {
        if (state !== 'solved') solvedAt = at;
        everSolved = true;
        awaitingSince = null;
        slaEvents.push({ type: 'solved', at: new Date(at) });
      } else if (to === 'open' || to === 'pending' || to === 'on-hold') {
        if (state === 'solved') {
          reopen(at);
          slaEvents.push({ type: 'reopened', at: new Date(at) });
        }
        slaEvents.push({ type: to === 'open' ? 'resume' : 'pause', at: new Date(at) });
      } else {
        throw bad(`status to must be a case state, got ${describeValue(to)}`, [...path, 'to']);
      }
      state = to;
    }
  }
  const solved = state === 'solved' || state === 'closed';
  return {
    openedAt: opening.at,
    channel: opening.channel,
    issueType: opening.issueType,
    firstReply,
    nextReplies,
    resolution: solved && solvedAt !== null ? span(opening.at, solvedAt, hours) : null,
    solved,
    everSolved,
    reopened,
    agentReplies,
    slaEvents,
  };
}
