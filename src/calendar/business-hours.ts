import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { CHINA_CALENDAR, type WorkdayCalendar, assertCalendar } from './workday-calendar.js';
import { assertTimeZone } from './zone.js';

/**
 * One opening interval of a working day, local times `'HH:mm'`. `end` may be `'24:00'`; an `end`
 * at or before `start` is a shift crossing midnight, which belongs to the working day it starts on.
 *
 * @example
 * const evening: OpeningInterval = { start: '09:00', end: '21:00' };
 * const night: OpeningInterval = { start: '22:00', end: '06:00' };
 */
export interface OpeningInterval {
  /** Opening time, `'00:00'` to `'23:59'`. */
  readonly start: string;
  /** Closing time, `'00:00'` to `'24:00'`; at or before `start` means the next day. */
  readonly end: string;
}

/**
 * Business hours (营业时间): a time zone, a workday calendar and the opening intervals of a working
 * day; or always open. Made by `defineBusinessHours`.
 *
 * @example
 * const hours: BusinessHours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * hours.timeZone; //=> 'Asia/Shanghai'
 */
export interface BusinessHours {
  /** The IANA time zone of the opening times. */
  readonly timeZone: string;
  /** Which days are working days (civil dates in `timeZone`). */
  readonly calendar: WorkdayCalendar;
  /** The opening intervals of a working day, sorted by start (empty when always open). */
  readonly intervals: readonly OpeningInterval[];
  /** True when open around the clock, every day (the calendar is then not consulted). */
  readonly alwaysOpen: boolean;
}

/**
 * The options of `defineBusinessHours` (the JSON part is checked by `BusinessHoursConfigSchema`).
 *
 * @example
 * const options: BusinessHoursOptions = { intervals: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }] };
 */
export interface BusinessHoursOptions {
  /** The time zone of the opening times. @default the calendar's time zone */
  readonly timeZone?: string | undefined;
  /** The workday calendar. @default `CHINA_CALENDAR` */
  readonly calendar?: WorkdayCalendar | undefined;
  /** The opening intervals of a working day. Required unless `alwaysOpen`. */
  readonly intervals?: readonly OpeningInterval[] | undefined;
  /** Open around the clock, every day. @default false */
  readonly alwaysOpen?: boolean | undefined;
}

const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes after midnight of 'HH:mm', or undefined when malformed. */
export function minutesOf(text: unknown, allow24: boolean): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = (allow24 ? END : START).exec(text);
  if (match === null) return undefined;
  const hour = Number(match[1] ?? match[3]);
  const minute = Number(match[2] ?? match[4]);
  return hour * 60 + minute;
}

/** Internal: each interval as [start, end) minutes from the working day's midnight (end ≤ 2880). */
export interface HoursSpec {
  readonly spans: readonly (readonly [number, number])[];
}

const SPEC = Symbol.for('tiantian-support.calendar.hours');

function invalid(message: string, path: readonly (string | number)[]): TiantianError {
  return new TiantianError('invalid_configuration', message, { path });
}

/**
 * Defines business hours. Several intervals a day are allowed (a lunch break); an interval whose
 * `end` is at or before its `start` crosses midnight and belongs to the working day it starts on.
 * Overlapping intervals are an error (touching ones are one stretch of open time).
 *
 * @param options - time zone, calendar and opening intervals, or `alwaysOpen: true`
 * @returns the business hours
 * @throws {TiantianError} `'invalid_configuration'` for a bad time, time zone or calendar, overlapping
 * intervals, or no open time at all (no intervals)
 * @example
 * const socialMedia = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * const night = defineBusinessHours({ intervals: [{ start: '22:00', end: '06:00' }] });
 * const hotline = defineBusinessHours({ alwaysOpen: true });
 */
export function defineBusinessHours(options: BusinessHoursOptions): BusinessHours {
  if (typeof options !== 'object' || options === null) {
    throw invalid(`The options must be an object, got ${describeValue(options)}`, []);
  }
  const calendar = options.calendar ?? CHINA_CALENDAR;
  try {
    assertCalendar(calendar);
  } catch {
    throw invalid(
      `calendar must be a WorkdayCalendar made by defineWorkdayCalendar, got ${describeValue(calendar)}`,
      ['calendar'],
    );
  }
  const timeZone = assertTimeZone(options.timeZone ?? calendar.timeZone, 'timeZone');
  const alwaysOpen = options.alwaysOpen ?? false;
  if (typeof alwaysOpen !== 'boolean') {
    throw invalid(`alwaysOpen must be a boolean, got ${describeValue(alwaysOpen)}`, ['alwaysOpen']);
  }
  const given = options.intervals;
  if (alwaysOpen) {
    if (given !== undefined && given.length > 0) {
      throw invalid('alwaysOpen hours take no intervals: remove either alwaysOpen or intervals', [
        'intervals',
      ]);
    }
    return freeze({ timeZone, calendar, intervals: [], alwaysOpen: true }, { spans: [] });
  }
  if (!Array.isArray(given) || given.length === 0) {
    throw invalid(
      'intervals must list at least one opening interval { start: "HH:mm", end: "HH:mm" }: hours with no open time would never open',
      ['intervals'],
    );
  }
  const spans = given.map((interval: unknown, index): [number, number, OpeningInterval] => {
    const record = (typeof interval === 'object' && interval !== null ? interval : {}) as Record<
      string,
      unknown
    >;
    const start = minutesOf(record.start, false);
    if (start === undefined) {
      throw invalid(
        `intervals[${index}].start must be a time "HH:mm" from 00:00 to 23:59, got ${describeValue(record.start)}`,
        ['intervals', index, 'start'],
      );
    }
    let end = minutesOf(record.end, true);
    if (end === undefined) {
      throw invalid(
        `intervals[${index}].end must be a time "HH:mm" from 00:00 to 24:00, got ${describeValue(record.end)}`,
        ['intervals', index, 'end'],
      );
    }
    if (end <= start) end += 1440;
    return [start, end, { start: record.start as string, end: record.end as string }];
  });
  spans.sort((a, b) => a[0] - b[0]);
  for (let index = 0; index < spans.length; index += 1) {
    const current = spans[index] as [number, number, OpeningInterval];
    const next = spans[index + 1];
    // The last interval must also end before the first one of the next day starts.
    const other = next ?? (spans[0] as [number, number, OpeningInterval]);
    const nextStart = next === undefined ? other[0] + 1440 : other[0];
    if (current[1] > nextStart) {
      throw invalid(
        `intervals overlap: ${current[2].start}–${current[2].end} and ${other[2].start}–${other[2].end}${next === undefined ? ' (of the next day)' : ''}; give intervals that do not overlap`,
        ['intervals'],
      );
    }
  }
  return freeze(
    { timeZone, calendar, intervals: spans.map((span) => span[2]), alwaysOpen: false },
    { spans: spans.map((span) => [span[0], span[1]] as const) },
  );
}

function freeze(hours: BusinessHours, spec: HoursSpec): BusinessHours {
  Object.freeze(hours.intervals);
  Object.defineProperty(hours, SPEC, { value: spec });
  return Object.freeze(hours);
}

/** The internal spec of business hours, or a `TiantianError` for anything else. */
export function specOf(hours: unknown): HoursSpec {
  const spec = (hours as { [SPEC]?: HoursSpec } | null | undefined)?.[SPEC];
  if (spec === undefined) {
    throw new TiantianError(
      'invalid_argument',
      `hours must be BusinessHours made by defineBusinessHours (or ALWAYS_OPEN), got ${describeValue(hours)}`,
      { path: ['hours'] },
    );
  }
  return spec;
}

/**
 * Open around the clock, every day (24×7), in Asia/Shanghai: the hotline's hours.
 *
 * @example
 * isOpen(new Date('2026-10-01T03:00:00+08:00'), ALWAYS_OPEN); //=> true
 */
export const ALWAYS_OPEN: BusinessHours = /* @__PURE__ */ defineBusinessHours({ alwaysOpen: true });
