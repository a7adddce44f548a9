import * as z from 'zod/mini';
import { explained } from './zod-issues.js';
import { CHANNEL_IDS } from './channel-ids.js';
import { ISSUE_TYPES } from './issue-types.js';
import { LOCALES } from './locale.js';
import { ORDER_ID_PATTERN } from './order-id.js';

// Each schema is built in a `/* @__PURE__ */` arrow call, so that a bundle which does not use it
// can drop it, and zod with it (a zod call is otherwise kept as a possible side effect).

/**
 * Validates a `Locale`.
 *
 * @example
 * LocaleSchema.safeParse('en').success; //=> true
 */
export const LocaleSchema = /* @__PURE__ */ (() =>
  explained(z.enum(LOCALES, { error: `Expected a locale: ${LOCALES.join(', ')}` })))();

/**
 * Validates a `LocalizedText`: a non-empty string for every locale.
 *
 * @example
 * LocalizedTextSchema.safeParse({ 'zh-CN': '你好', en: 'Hello', es: 'Hola' }).success; //=> true
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      'zh-CN': z.string().check(z.minLength(1, 'The zh-CN text is empty')),
      en: z.string().check(z.minLength(1, 'The en text is empty')),
      es: z.string().check(z.minLength(1, 'The es text is empty')),
    }),
  ))();

/**
 * Validates an `IssueType` id.
 *
 * @example
 * IssueTypeSchema.safeParse('coupon-unusable').success; //=> true
 */
export const IssueTypeSchema = /* @__PURE__ */ (() =>
  explained(
    z.enum(ISSUE_TYPES, {
      error: 'Expected an issue type id, such as "coupon-unusable"',
    }),
  ))();

/**
 * Validates a `ChannelId`.
 *
 * @example
 * ChannelIdSchema.safeParse('hotline').success; //=> true
 */
export const ChannelIdSchema = /* @__PURE__ */ (() =>
  explained(
    z.enum(CHANNEL_IDS, {
      error: `Expected a channel: ${CHANNEL_IDS.join(', ')}`,
    }),
  ))();

/**
 * Validates an order number (订单号): a string of digits, never a JavaScript number (Taobao's
 * 19-digit numbers exceed 2^53). Length 6 to 32 here; the evidence module lets a caller narrow it.
 *
 * @example
 * OrderIdSchema.safeParse('1550672064762308113').success; //=> true
 * OrderIdSchema.safeParse(1550672064762308113).success; //=> false
 */
export const OrderIdSchema = /* @__PURE__ */ (() =>
  explained(
    z
      .string({ error: 'An order number must be a string of digits, not a number' })
      .check(z.regex(ORDER_ID_PATTERN, 'An order number is 6 to 32 ASCII digits')),
  ))();
