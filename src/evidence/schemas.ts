import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { dateSchema } from '../shared/date-schema.js';
import { IssueTypeSchema, LocaleSchema, OrderIdSchema } from '../shared/schemas.js';

/**
 * Validates one file given to `checkEvidence`: its name, and its bytes or its known size, and
 * optionally the checklist item it is meant to prove.
 *
 * @example
 * EvidenceFileSchema.safeParse({ name: '1550672064762308113+商品质量争议.jpg', width: 1200, height: 900 }).success; //=> true
 */
export const EvidenceFileSchema = /* @__PURE__ */ explained(
  z.object({
    name: z
      .string({ error: 'A file name must be a string' })
      .check(
        z.minLength(1, 'A file name is empty'),
        z.maxLength(1024, 'A file name is longer than 1024 characters'),
      ),
    bytes: z.optional(z.instanceof(Uint8Array, { error: 'bytes must be a Uint8Array' })),
    width: z.optional(
      z.int({ error: 'width must be a whole number of pixels' }).check(z.positive('width must be positive')),
    ),
    height: z.optional(
      z
        .int({ error: 'height must be a whole number of pixels' })
        .check(z.positive('height must be positive')),
    ),
    item: z.optional(
      z
        .string({ error: 'item must be a checklist item id' })
        .check(z.regex(/^[a-z][a-z-]{1,39}$/, 'item must be a checklist item id such as "order-screenshot"')),
    ),
  }),
);

/**
 * Validates a whole `checkEvidence` request: the files (at most 1000), the issue type, the order
 * number (a string of 6 to 32 digits) and an optional locale for the messages.
 *
 * @example
 * CheckEvidenceRequestSchema.safeParse({ files: [], issueType: 'quality-dispute', orderId: '1550672064762308113' }).success; //=> true
 */
export const CheckEvidenceRequestSchema = /* @__PURE__ */ explained(
  z.object({
    files: z.array(EvidenceFileSchema).check(z.maxLength(1000, 'At most 1000 files can be checked at once')),
    issueType: IssueTypeSchema,
    orderId: OrderIdSchema,
    locale: z.optional(LocaleSchema),
  }),
);

/**
 * Validates one event of a timeline (时间线): when (a `Date`, or an ISO 8601 string with a time and
 * an explicit offset such as `+08:00` or `Z`), what happened, and optionally what was tried and
 * its result.
 *
 * @example
 * TimelineEventSchema.safeParse({ at: '2026-09-30T20:30:00+08:00', what: '收到商品,外壳破损' }).success; //=> true
 */
export const TimelineEventSchema = /* @__PURE__ */ explained(
  z.object({
    at: z.union(
      [
        dateSchema('at must be a valid Date or an ISO time with an offset'),
        z.iso.datetime({
          offset: true,
          local: false,
          error: 'at must be an ISO 8601 time with an offset, such as 2026-09-30T20:30:00+08:00',
        }),
      ],
      {
        error:
          'at must be a valid Date or an ISO 8601 time with an offset, such as 2026-09-30T20:30:00+08:00',
      },
    ),
    what: z
      .string({ error: 'what must be a text' })
      .check(
        z.trim(),
        z.minLength(1, 'what is empty: say what happened'),
        z.maxLength(2000, 'what is longer than 2000 characters'),
      ),
    tried: z.optional(
      z
        .string({ error: 'tried must be a text' })
        .check(z.maxLength(2000, 'tried is longer than 2000 characters')),
    ),
    result: z.optional(
      z
        .string({ error: 'result must be a text' })
        .check(z.maxLength(2000, 'result is longer than 2000 characters')),
    ),
  }),
);
