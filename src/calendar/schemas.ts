import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { LocalizedTextSchema } from '../shared/schemas.js';
import { MAX_YEAR, MIN_YEAR, tryParseCivilDate } from './civil.js';
import { assertTimeZone } from './zone.js';

// Each schema is built in a `/* @__PURE__ */` arrow call, so that a bundle which does not use it
// can drop it, and zod with it (a zod call is otherwise kept as a possible side effect).

/**
 * Validates a civil date `'YYYY-MM-DD'` that exists (not `'2026-02-30'`), in the supported years 1901–2099.
 *
 * @example
 * CivilDateSchema.safeParse('2026-10-01').success; //=> true
 * CivilDateSchema.safeParse('2026-02-30').success; //=> false
 */
export const CivilDateSchema = /* @__PURE__ */ (() =>
  explained(
    z.string().check(
      z.check<string>((context) => {
        const result = tryParseCivilDate(context.value);
        // `continue`, as superRefine sets it: a union that holds a civil date reports this issue.
        if (typeof result === 'string')
          context.issues.push({ code: 'custom', message: result, input: context.value, continue: true });
      }, 'a real calendar date "YYYY-MM-DD", such as 2026-10-01'),
    ),
  ))();

/**
 * Validates a time of day `'HH:mm'`, `'00:00'` to `'23:59'`.
 *
 * @example
 * TimeOfDaySchema.safeParse('09:00').success; //=> true
 * TimeOfDaySchema.safeParse('9:00').success; //=> false
 */
export const TimeOfDaySchema = /* @__PURE__ */ (() =>
  explained(
    z
      .string()
      .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time of day "HH:mm" from 00:00 to 23:59')),
  ))();

/**
 * Validates a closing time `'HH:mm'`, `'00:00'` to `'24:00'`.
 *
 * @example
 * ClosingTimeSchema.safeParse('24:00').success; //=> true
 */
export const ClosingTimeSchema = /* @__PURE__ */ (() =>
  explained(
    z
      .string()
      .check(
        z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Expected a closing time "HH:mm" from 00:00 to 24:00'),
      ),
  ))();

/**
 * Validates an IANA time zone name known to the runtime.
 *
 * @example
 * TimeZoneSchema.safeParse('America/Los_Angeles').success; //=> true
 * TimeZoneSchema.safeParse('Mars/Olympus').success; //=> false
 */
export const TimeZoneSchema = /* @__PURE__ */ (() =>
  explained(
    z.string().check(
      z.refine((value) => {
        try {
          assertTimeZone(value, 'timeZone');
          return true;
        } catch {
          return false;
        }
      }, 'Expected an IANA time zone such as "Asia/Shanghai"'),
    ),
  ))();

/**
 * Validates the options of `defineBusinessHours` as plain JSON (the calendar, an object, is passed
 * apart): a time zone, opening intervals, or `alwaysOpen: true`. Overlaps are checked by
 * `defineBusinessHours`.
 *
 * @example
 * BusinessHoursConfigSchema.safeParse({ timeZone: 'Asia/Shanghai', intervals: [{ start: '09:00', end: '21:00' }] }).success; //=> true
 * BusinessHoursConfigSchema.safeParse({ intervals: [] }).success; //=> false
 */
export const BusinessHoursConfigSchema = /* @__PURE__ */ (() =>
  explained(
    z
      .object({
        timeZone: z.optional(TimeZoneSchema),
        intervals: z.optional(z.array(z.object({ start: TimeOfDaySchema, end: ClosingTimeSchema }))),
        alwaysOpen: z.optional(z.boolean()),
      })
      .check(
        z.refine(
          (value) =>
            value.alwaysOpen === true
              ? (value.intervals ?? []).length === 0
              : (value.intervals ?? []).length > 0,
          'Give at least one opening interval, or alwaysOpen: true without intervals',
        ),
      ),
  ))();

const CalendarDateSchema = /* @__PURE__ */ (() =>
  z.union([CivilDateSchema, z.object({ date: CivilDateSchema, name: z.optional(LocalizedTextSchema) })]))();

/**
 * Validates the options of `defineWorkdayCalendar` as plain JSON (without `base`).
 *
 * @example
 * WorkdayCalendarConfigSchema.safeParse({ id: 'shop', timeZone: 'Asia/Shanghai', holidays: ['2026-11-11'] }).success; //=> true
 */
export const WorkdayCalendarConfigSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      id: z.string().check(z.minLength(1, 'The id is empty')),
      timeZone: z.optional(TimeZoneSchema),
      weekend: z.optional(
        z
          .array(z.int().check(z.minimum(0), z.maximum(6)))
          .check(
            z.refine((days) => new Set(days).size < 7, 'At least one day of the week must be a working day'),
          ),
      ),
      holidays: z.optional(z.array(CalendarDateSchema)),
      workdays: z.optional(z.array(CalendarDateSchema)),
      publishedYears: z.optional(z.array(z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR)))),
    }),
  ))();
