// The options and conversations of the safety functions as JSON carries them, for a backend that
// takes them from a request body. The functions check their own arguments (and stay small without
// zod); these schemas refuse a malformed body first and give JSON Schemas. They are stricter than
// the functions in one way: an unknown option (a misspelt `kind`) is refused, not ignored. They are
// exported by tiantian-support/schemas only, so that the safety entry stays without zod.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { isoInstantSchema } from '../shared/date-schema.js';
import type { RedactPiiOptions } from './redact.js';
import type { AssessScamRiskOptions, ConversationMessage } from './scam.js';
import { PII_KINDS } from './scan.js';

/**
 * Validates the options of `redactPii` as JSON carries them: `{ kinds?, policy?, legacyIdCards?,
 * minConfidence?, now? }`, `now` an ISO 8601 date-time with an offset (parsed to a `Date`).
 *
 * @example
 * RedactPiiOptionsJsonSchema.safeParse({ kinds: ['phone', 'email'], policy: 'remove' }).success; //=> true
 */
export const RedactPiiOptionsJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      kinds: z.optional(
        z.array(z.enum(PII_KINDS, { error: `A kind is one of ${PII_KINDS.join(', ')}` }), {
          error: `kinds must be an array of ${PII_KINDS.join(', ')}`,
        }),
      ),
      policy: z.optional(z.enum(['mask', 'remove'], { error: 'policy must be "mask" or "remove"' })),
      legacyIdCards: z.optional(z.boolean({ error: 'legacyIdCards must be true or false' })),
      minConfidence: z.optional(
        z
          .number({ error: 'minConfidence must be a number from 0 to 1' })
          .check(z.gte(0, 'minConfidence is at least 0'), z.lte(1, 'minConfidence is at most 1')),
      ),
      now: z.optional(
        isoInstantSchema(
          'now must be an ISO 8601 date-time with an offset, such as 2026-11-11T10:00:00+08:00',
        ),
      ),
    }) as unknown as z.ZodMiniType<RedactPiiOptions, unknown>,
  ))();

/**
 * Validates the options of `assessScamRisk`: `{ allowedDomains? }`, the registrable domains whose
 * links are the platform's.
 *
 * @example
 * AssessScamRiskOptionsSchema.safeParse({ allowedDomains: ['taobao.com', 'example-shop.com'] }).success; //=> true
 */
export const AssessScamRiskOptionsSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      allowedDomains: z.optional(
        z.array(z.string({ error: 'A domain is a string, such as "taobao.com"' }), {
          error: 'allowedDomains must be an array of domain names',
        }),
      ),
    }) as unknown as z.ZodMiniType<AssessScamRiskOptions, unknown>,
  ))();

/**
 * Validates a conversation for `assessScamRisk`: an array of messages `{ from, text }`, `from` one of
 * `customer`, `agent`, `bot`.
 *
 * @example
 * ConversationSchema.safeParse([{ from: 'agent', text: '加我微信办理退款' }]).success; //=> true
 */
export const ConversationSchema = /* @__PURE__ */ (() =>
  explained(
    z.array(
      z.strictObject({
        from: z.enum(['customer', 'agent', 'bot'], { error: 'from must be one of customer, agent, bot' }),
        text: z.string({ error: 'text must be a string' }),
      }),
      { error: 'A conversation is an array of { from, text } messages' },
    ) as unknown as z.ZodMiniType<ConversationMessage[], unknown>,
  ))();
