import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { dateSchema, isoInstantSchema } from '../shared/date-schema.js';
import { ChannelIdSchema, IssueTypeSchema } from '../shared/schemas.js';
import { SLA_EVENT_TYPES } from './events.js';

// Each schema is built in a `/* @__PURE__ */` arrow call, so that a bundle which does not use it
// can drop it, and zod with it (a zod call is otherwise kept as a possible side effect).

/**
 * Validates an instant: a valid `Date`, or an ISO 8601 string with an explicit offset
 * (`2026-09-30T20:30:00+08:00`, `2026-09-30T12:30:00Z`), turned into a `Date`. A string without an
 * offset is refused: its meaning would depend on the host's time zone.
 *
 * @example
 * InstantSchema.parse('2026-09-30T20:30:00+08:00').toISOString(); //=> '2026-09-30T12:30:00.000Z'
 * InstantSchema.safeParse('2026-09-30 20:30').success; //=> false
 */
export const InstantSchema = /* @__PURE__ */ (() =>
  explained(
    z.union(
      [
        dateSchema('Expected a valid Date'),
        isoInstantSchema('Expected an ISO 8601 date-time with an offset, such as 2026-09-30T20:30:00+08:00'),
      ],
      { error: 'Expected a Date or an ISO 8601 date-time with an offset, such as 2026-09-30T20:30:00+08:00' },
    ),
  ))();

/**
 * Validates the request of `responseDeadline` from untrusted callers (a backend's JSON body):
 * `{ channel, submittedAt, issueType?, complex?, handoffAt? }`, dates as `Date` or ISO strings
 * with an offset. Unknown keys are refused.
 *
 * @example
 * ResponseDeadlineRequestSchema.safeParse({ channel: 'email', submittedAt: '2026-09-30T20:30:00+08:00' }).success; //=> true
 * ResponseDeadlineRequestSchema.safeParse({ channel: 'fax', submittedAt: '2026-09-30T20:30:00+08:00' }).success; //=> false
 */
export const ResponseDeadlineRequestSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      channel: ChannelIdSchema,
      submittedAt: InstantSchema,
      issueType: z.optional(IssueTypeSchema),
      complex: z.optional(z.boolean({ error: 'complex must be true or false' })),
      handoffAt: z.optional(InstantSchema),
    }),
  ))();

/**
 * Validates one event of a ticket's history for `safeSlaStatus`: `{ type, at }`, `at` a `Date` or an
 * ISO string with an offset.
 *
 * @example
 * SlaEventSchema.safeParse({ type: 'created', at: '2026-09-30T20:30:00+08:00' }).success; //=> true
 */
export const SlaEventSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      type: z.enum(SLA_EVENT_TYPES, { error: `Expected an event type: ${SLA_EVENT_TYPES.join(', ')}` }),
      at: InstantSchema,
    }),
  ))();

/**
 * Validates a ticket's history for `safeSlaStatus`: an array of `SlaEventSchema` (at most 10 000).
 *
 * @example
 * SlaEventsSchema.safeParse([{ type: 'created', at: '2026-09-30T20:30:00+08:00' }]).success; //=> true
 */
export const SlaEventsSchema = /* @__PURE__ */ (() =>
  explained(z.array(SlaEventSchema).check(z.maxLength(10_000, 'At most 10 000 events'))))();
