import { isTiantianError } from '../shared/errors.js';
import { failWith, ok, type SafeResult } from '../shared/result.js';
import { failFromZod } from '../shared/zod-issues.js';
import { safely } from '../shared/safe-call.js';
import { type ResponseDeadline, responseDeadline } from './deadline.js';
import type { SlaPolicy } from './policy.js';
import { ResponseDeadlineRequestSchema, SlaEventsSchema } from './schemas.js';
import { type SlaStatus, slaStatus } from './status.js';

/** A TiantianError (a rule the schema cannot see, such as a hand-off before submission) as a failure. */
function caught<T>(run: () => T): SafeResult<T> {
  try {
    return ok(run());
  } catch (error) {
    if (isTiantianError(error)) return failWith(error.code, error.message, error.path);
    throw error;
  }
}

/**
 * `responseDeadline` for untrusted input (a request body): validates it with
 * `ResponseDeadlineRequestSchema` (dates as `Date` or ISO strings with an offset) and returns the
 * deadline or the issues, in zod's `safeParse` shape. Never throws for any input.
 *
 * @param input - anything
 * @returns `{ success: true, data: ResponseDeadline }` or `{ success: false, error: { issues } }`
 * @example
 * const result = safeResponseDeadline({ channel: 'email', submittedAt: '2026-09-30T20:30:00+08:00' });
 * if (result.success) result.data.due.toISOString(); //=> '2026-10-02T12:30:00.000Z'
 * safeResponseDeadline({ channel: 'fax' }).success; //=> false
 */
export function safeResponseDeadline(input: unknown): SafeResult<ResponseDeadline> {
  return safely(() => deadlineOf(input));
}

function deadlineOf(input: unknown): SafeResult<ResponseDeadline> {
  const parsed = ResponseDeadlineRequestSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error.issues);
  const { channel, submittedAt, issueType, complex, handoffAt } = parsed.data;
  return caught(() => responseDeadline({ channel, submittedAt, issueType, complex, handoffAt }));
}

/**
 * `slaStatus` for a history from an untrusted source (JSON): validates the events with
 * `SlaEventsSchema` (dates as `Date` or ISO strings with an offset) and returns the status or the
 * issues (also for a history without one `created` event first, or `now` before it). The policy
 * and `now` are the caller's own and still throw when invalid.
 *
 * @param policy - from `defineSlaPolicy` or `guidePolicy`
 * @param events - anything
 * @param now - the instant to report for
 * @returns `{ success: true, data: SlaStatus }` or `{ success: false, error: { issues } }`
 * @example
 * const result = safeSlaStatus(guidePolicy('email'), [{ type: 'created', at: '2026-09-30T20:30:00+08:00' }], new Date('2026-10-01T08:00:00+08:00'));
 * if (result.success) result.data.metrics['first-reply']?.status; //=> 'on-track'
 */
export function safeSlaStatus(policy: SlaPolicy, events: unknown, now: Date): SafeResult<SlaStatus> {
  return safely(() => statusOf(policy, events, now), ['events']);
}

function statusOf(policy: SlaPolicy, events: unknown, now: Date): SafeResult<SlaStatus> {
  const parsed = SlaEventsSchema.safeParse(events);
  if (!parsed.success) return failFromZod(parsed.error.issues);
  const history = parsed.data;
  try {
    return ok(slaStatus(policy, history, now));
  } catch (error) {
    // The caller's own policy or `now` is misuse: that still throws.
    if (isTiantianError(error) && error.path[0] === 'events')
      return failWith(error.code, error.message, error.path);
    if (isTiantianError(error) && error.code === 'out_of_range')
      return failWith(error.code, error.message, ['events']);
    throw error;
  }
}
