import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { LOCALES } from '../shared/locale.js';
import { SCRIPT_IDS } from './catalog.js';

// Each schema is built in a `/* @__PURE__ */` arrow call, so that a bundle which does not use it
// can drop it, and zod with it (a zod call is otherwise kept as a possible side effect).

/**
 * Validates the id of a built-in reply script.
 *
 * @example
 * ScriptIdSchema.safeParse('confirm-request').success; //=> true
 * ScriptIdSchema.safeParse('toString').success; //=> false
 */
export const ScriptIdSchema = /* @__PURE__ */ (() =>
  explained(z.enum(SCRIPT_IDS, { error: `Expected a script id: ${SCRIPT_IDS.join(', ')}` })))();

/**
 * Validates the options of `renderScript`: `{ locale?, format? }`.
 *
 * @example
 * RenderOptionsSchema.safeParse({ locale: 'es', format: 'html' }).success; //=> true
 */
export const RenderOptionsSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      locale: z.optional(z.enum(LOCALES)),
      format: z.optional(z.enum(['text', 'html'])),
    }),
  ))();

/**
 * Validates the shape of a STAR message's parts (strings); `composeStarMessage` checks that each
 * says something.
 *
 * @example
 * StarPartsSchema.safeParse({ situation: 'a', task: 'b', action: 'c', result: 'd' }).success; //=> true
 */
export const StarPartsSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      situation: z.string(),
      task: z.string(),
      action: z.string(),
      result: z.string(),
    }),
  ))();
