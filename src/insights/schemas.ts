// The options of the insights functions as JSON carries them (instants as ISO 8601 strings), for a
// backend that takes them from a request body: parse with these, then call the function.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { TimeZoneSchema } from '../calendar/schemas.js';
import { isoInstantSchema } from '../shared/date-schema.js';
import { RiskRuleSchema } from './risk-rules.js';

const iso = (name: string) =>
  isoInstantSchema(`${name} must be an ISO 8601 date-time with an offset, such as 2026-10-01T00:00:00+08:00`);

const ratings = (name: string) =>
  z.array(z.number({ error: `${name} holds finite numbers` }), {
    error: `${name} must be an array of numbers`,
  });

/**
 * Validates the options of `buildReport` as JSON carries them: `{ from, to, groupBy?, timeZone?,
 * csatScale? }`, `from` and `to` ISO 8601 date-times with an offset (parsed to `Date`s), `to` not
 * before `from`. `slaPolicy` and `ratingOf` are functions, which no JSON holds: set them in code.
 *
 * @example
 * ReportOptionsJsonSchema.safeParse({ from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00', groupBy: 'channel' }).success; //=> true
 */
export const ReportOptionsJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z
      .strictObject({
        from: iso('from'),
        to: iso('to'),
        groupBy: z.optional(
          z.enum(['channel', 'issueType'], { error: 'groupBy must be "channel" or "issueType"' }),
        ),
        timeZone: z.optional(TimeZoneSchema),
        csatScale: z.optional(
          z
            .strictObject({
              id: z
                .string({ error: 'csatScale.id must be a string' })
                .check(z.minLength(1, 'csatScale.id is empty')),
              ratings: ratings('ratings').check(z.minLength(1, 'ratings needs at least one rating')),
              good: ratings('good'),
              bad: ratings('bad'),
            })
            .check(
              z.refine(
                (scale) =>
                  // Runs even when a list failed its own check: then there is nothing more to say.
                  ![scale.ratings, scale.good, scale.bad].every(Array.isArray) ||
                  ([...scale.good, ...scale.bad].every((n) => scale.ratings.includes(n)) &&
                    !scale.good.some((n) => scale.bad.includes(n))),
                'every good and bad rating is one of ratings, and none is both good and bad',
              ),
            ),
        ),
      })
      .check(
        z.refine(
          (options) =>
            !(options.from instanceof Date && options.to instanceof Date) ||
            options.to.getTime() >= options.from.getTime(),
          {
            message: 'to is not before from',
            path: ['to'],
          },
        ),
      ),
  ))();

/**
 * Validates the options of `predictRisks` as JSON carries them: `{ now, rules? }`, `now` an ISO 8601
 * date-time with an offset (parsed to a `Date`), `rules` checked by `RiskRuleSchema`.
 *
 * @example
 * PredictRisksOptionsJsonSchema.parse({ now: '2026-11-11T10:00:00+08:00' }).now.toISOString(); //=> '2026-11-11T02:00:00.000Z'
 */
export const PredictRisksOptionsJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      now: iso('now'),
      rules: z.optional(z.array(RiskRuleSchema, { error: 'rules must be an array of risk rules' })),
    }),
  ))();
