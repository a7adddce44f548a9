import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';
import { CN_NOTICES, CN_PUBLISHED_YEARS, STATUTORY_DAYS_OFF as DAYS } from './data.js';
import {
  DAY_MS,
  MAX_YEAR,
  MIN_YEAR,
  assertInRange,
  civilOf,
  dayNumber,
  formatDay,
  parseCivilDate,
  weekdayOf,
} from './civil.js';
import { dragonBoatFestival, midAutumnFestival, qingming, springFestival } from './lunar.js';
import { festivalName } from './names.js';
import { assertTimeZone, wallOf } from './zone.js';

/**
 * A day of the week as `Date#getUTCDay` numbers it: 0 = Sunday, 1 = Monday … 6 = Saturday.
 *
 * @example
 * const saturday: Weekday = 6;
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A workday calendar (工作日历): which civil dates are working days, in one time zone. Made by
 * `defineWorkdayCalendar` or `extendWorkdayCalendar`; `CHINA_CALENDAR` is the default everywhere.
 *
 * @example
 * const calendar: WorkdayCalendar = CHINA_CALENDAR;
 * calendar.timeZone; //=> 'Asia/Shanghai'
 */
export interface WorkdayCalendar {
  /** A name for the calendar, e.g. `'cn'`. */
  readonly id: string;
  /** The IANA time zone in which an instant is read to find its civil date. */
  readonly timeZone: string;
  /** The days of the week that are off unless listed as workdays. */
  readonly weekend: readonly Weekday[];
}

/**
 * A day off or a working day given to `defineWorkdayCalendar`: a civil date `'YYYY-MM-DD'`, or
 * one with a name shown by `getDayInfo`.
 *
 * @example
 * const day: CalendarDate = { date: '2026-11-11', name: { 'zh-CN': '店庆', en: 'Shop anniversary', es: 'Aniversario' } };
 */
export type CalendarDate = string | { readonly date: string; readonly name?: LocalizedText };

/**
 * The options of `defineWorkdayCalendar`.
 *
 * @example
 * const options: WorkdayCalendarOptions = { id: 'shop', holidays: ['2026-11-11'] };
 */
export interface WorkdayCalendarOptions {
  /** A name for the calendar. */
  readonly id: string;
  /**
   * The IANA time zone of the calendar.
   * @default the base calendar's, else `'Asia/Shanghai'`
   */
  readonly timeZone?: string | undefined;
  /** A calendar whose days this one starts from (its own dates win over the base's). */
  readonly base?: WorkdayCalendar | undefined;
  /**
   * The days of the week that are off. At least one day of the week must be a working day.
   * @default the base calendar's, else `[0, 6]` (Saturday and Sunday)
   */
  readonly weekend?: readonly Weekday[] | undefined;
  /** Days off (holidays), whatever their weekday. */
  readonly holidays?: readonly CalendarDate[] | undefined;
  /** Extra working days (make-up working days, 调休上班), whatever their weekday. */
  readonly workdays?: readonly CalendarDate[] | undefined;
  /**
   * Years whose days off are now complete (a newly published notice): for those years a base
   * calendar that estimates (China's) stops estimating.
   */
  readonly publishedYears?: readonly number[] | undefined;
}

/**
 * What kind of day a civil date is: `'makeup-workday'` is a working day that would otherwise be
 * off (a weekend made a working day by 调休).
 *
 * @example
 * const kind: DayKind = 'makeup-workday';
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * What `getDayInfo` says about a civil date.
 *
 * @example
 * const info: DayInfo = { date: '2025-10-01', workday: false, kind: 'holiday', estimate: false };
 */
export interface DayInfo {
  /** The civil date, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Whether it is a working day. */
  readonly workday: boolean;
  /** What kind of day it is. */
  readonly kind: DayKind;
  /** The holiday's name, for a day off of a named holiday or the make-up working day of one. */
  readonly holiday?: LocalizedText;
  /**
   * True when the answer is an estimate: a year the calendar knows no published notice for (China
   * after 2026), where only the statutory days off are counted and no 调休 is guessed.
   */
  readonly estimate: boolean;
}

interface DayEntry {
  readonly off: boolean;
  readonly name: LocalizedText | undefined;
}

/** The internals of a calendar, shared by every copy of this module (hence `Symbol.for`). */
export interface CalendarCore {
  readonly weekendMask: number;
  readonly days: ReadonlyMap<number, DayEntry>;
  readonly published: ReadonlySet<number>;
  /** Statutory days off of a year without a notice, or undefined when the calendar does not estimate. */
  readonly estimate: ((year: number) => ReadonlyMap<number, LocalizedText>) | undefined;
}

const CORE = Symbol.for('tiantian-support.calendar.core');

type WithCore = WorkdayCalendar & { readonly [CORE]: () => CalendarCore };

function makeCalendar(id: string, timeZone: string, weekend: readonly Weekday[], core: () => CalendarCore) {
  let cached: CalendarCore | undefined;
  const calendar = { id, timeZone, weekend: Object.freeze([...weekend]) };
  Object.defineProperty(calendar, CORE, { value: () => (cached ??= core()) });
  return Object.freeze(calendar) as WorkdayCalendar;
}

/** The internals of a calendar, or a `TiantianError` for anything else. */
export function coreOf(calendar: unknown, name = 'calendar'): CalendarCore {
  const core = (calendar as Partial<WithCore> | null | undefined)?.[CORE];
  if (typeof core !== 'function') {
    throw new TiantianError(
      'invalid_argument',
      `${name} must be a WorkdayCalendar made by defineWorkdayCalendar (or CHINA_CALENDAR), got ${describeValue(calendar)}`,
      { path: [name] },
    );
  }
  return core();
}

/** Throws unless `calendar` was made by this library, without decoding its data yet. */
export function assertCalendar(calendar: unknown, name = 'calendar'): WorkdayCalendar {
  if (typeof (calendar as Partial<WithCore> | null | undefined)?.[CORE] !== 'function')
    coreOf(calendar, name);
  return calendar as WorkdayCalendar;
}

/** Whether a day number is a working day. */
export function isWorkdayNumber(core: CalendarCore, day: number): boolean {
  const entry = core.days.get(day);
  if (entry !== undefined) return !entry.off;
  if ((core.weekendMask >> weekdayOf(day)) & 1) return false;
  const estimate = core.estimate;
  if (estimate === undefined) return true;
  const year = civilOf(day)[0];
  return core.published.has(year) || !estimate(year).has(day);
}

function dayInfo(core: CalendarCore, day: number): DayInfo {
  const date = formatDay(day);
  const year = civilOf(day)[0];
  const weekend = ((core.weekendMask >> weekdayOf(day)) & 1) === 1;
  const estimated =
    core.estimate !== undefined && !core.published.has(year) ? core.estimate(year) : undefined;
  const entry = core.days.get(day);
  if (entry !== undefined) {
    const base = entry.off
      ? { date, workday: false, kind: 'holiday' as const, estimate: false }
      : {
          date,
          workday: true,
          kind: weekend || estimated?.has(day) === true ? ('makeup-workday' as const) : ('workday' as const),
          estimate: false,
        };
    return entry.name === undefined ? base : { ...base, holiday: entry.name };
  }
  const name = estimated?.get(day);
  if (name !== undefined) return { date, workday: false, kind: 'holiday', holiday: name, estimate: true };
  return {
    date,
    workday: !weekend,
    kind: weekend ? 'weekend' : 'workday',
    estimate: estimated !== undefined,
  };
}

/** China's statutory days off of a year (the rules in force since 2025), by day number. Internal. */
export function chinaStatutoryDays(year: number): Map<number, LocalizedText> {
  const codes = new Map<number, string>();
  const add = (first: number, count: number, code: string): void => {
    for (let day = first; day < first + count; day += 1) codes.set(day, (codes.get(day) ?? '') + code);
  };
  add(dayNumber(year, 1, 1), DAYS.y, 'y'); // 元旦
  add(springFestival(year) - 1, DAYS.s, 's'); // 春节: 除夕 to 初三
  add(qingming(year), DAYS.q, 'q'); // 清明节
  add(dayNumber(year, 5, 1), DAYS.l, 'l'); // 劳动节
  add(dragonBoatFestival(year), DAYS.d, 'd'); // 端午节
  add(midAutumnFestival(year), DAYS.m, 'm'); // 中秋节
  add(dayNumber(year, 10, 1), DAYS.n, 'n'); // 国庆节
  // The codes of a day are in the order added, which is the festivals' order in the year (中秋节、国庆节).
  const names = new Map<number, LocalizedText>();
  for (const [day, code] of codes) names.set(day, festivalName(code));
  return names;
}

function memoByYear<T>(compute: (year: number) => T): (year: number) => T {
  const cache = new Map<number, T>();
  return (year) => {
    let value = cache.get(year);
    if (value === undefined) {
      value = compute(year);
      cache.set(year, value);
    }
    return value;
  };
}

const TOKEN = /^(!?)([a-z]+)(\d\d)(\d\d)(\d\d)(?:\+(\d+))?$/;

function chinaCore(): CalendarCore {
  const days = new Map<number, DayEntry>();
  for (const token of CN_NOTICES.split(/\s+/)) {
    const match = TOKEN.exec(token);
    if (match === null) continue;
    const [, bang, codes = '', yy, mm, dd, count] = match;
    const first = dayNumber(2000 + Number(yy), Number(mm), Number(dd));
    const entry = { off: bang === '', name: festivalName(codes) };
    for (let day = first; day < first + Number(count ?? 1); day += 1) days.set(day, entry);
  }
  return {
    weekendMask: 0b1000001,
    days,
    published: new Set(CN_PUBLISHED_YEARS),
    estimate: memoByYear(chinaStatutoryDays),
  };
}

/**
 * Mainland China's workday calendar (中国大陆工作日历), in Asia/Shanghai: Monday to Friday, minus the
 * statutory holidays, plus the make-up working days (调休) of the State Council's notices 2020–2026.
 * For a year without a published notice (2027 now) it counts the statutory days off (元旦; 春节 from
 * 除夕 to 初三; 清明; 劳动节 5/1–5/2; 端午; 中秋; 国庆 10/1–10/3) and `getDayInfo` says `estimate: true`.
 * The default calendar of every function.
 *
 * @example
 * isWorkday('2025-09-28', CHINA_CALENDAR); //=> true (a Sunday made a working day for 国庆节)
 * CHINA_CALENDAR.timeZone; //=> 'Asia/Shanghai'
 */
export const CHINA_CALENDAR: WorkdayCalendar = /* @__PURE__ */ makeCalendar(
  'cn',
  PLATFORM_TIME_ZONE,
  [0, 6],
  chinaCore,
);

function parseDates(
  list: unknown,
  field: 'holidays' | 'workdays',
  off: boolean,
  into: Map<number, DayEntry>,
  own: Map<number, string>,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    throw new TiantianError('invalid_configuration', `${field} must be an array of "YYYY-MM-DD" dates`, {
      path: [field],
    });
  }
  list.forEach((item: unknown, index) => {
    const path = [field, index];
    const record =
      typeof item === 'object' && item !== null ? (item as { date?: unknown; name?: unknown }) : undefined;
    const text = record === undefined ? item : record.date;
    const day = parseCivilDate(text, `${field}[${index}]`, 'invalid_configuration', path);
    const name = record?.name as LocalizedText | undefined;
    if (name !== undefined && !isLocalizedText(name)) {
      throw new TiantianError(
        'invalid_configuration',
        `${field}[${index}].name must be a text in every locale ({ 'zh-CN', en, es })`,
        { path: [...path, 'name'] },
      );
    }
    const previous = own.get(day);
    if (previous !== undefined && previous !== field) {
      throw new TiantianError(
        'invalid_configuration',
        `${formatDay(day)} is listed both as a holiday and as a workday; a date can only be one`,
        { path },
      );
    }
    own.set(day, field);
    into.set(day, { off, name });
  });
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const text = value as Record<string, unknown>;
  return ['zh-CN', 'en', 'es'].every((locale) => typeof text[locale] === 'string');
}

/**
 * Defines a workday calendar: a shop's or another country's days off and extra working days, in its
 * own time zone, optionally on top of another calendar (its dates win over the base's).
 *
 * @param options - the id, time zone, weekend, days off, extra working days and base calendar
 * @returns the calendar
 * @throws {TiantianError} `'invalid_configuration'` for a bad date, time zone or weekend, a date
 * listed both as a holiday and a workday, or a week with no working day at all
 * @example
 * const shop = defineWorkdayCalendar({ id: 'shop', base: CHINA_CALENDAR, holidays: ['2026-11-11'] });
 * isWorkday('2026-11-11', shop); //=> false
 * const us = defineWorkdayCalendar({ id: 'us-office', timeZone: 'America/Los_Angeles', holidays: ['2026-07-03'] });
 * isWorkday('2026-07-03', us); //=> false
 */
export function defineWorkdayCalendar(options: WorkdayCalendarOptions): WorkdayCalendar {
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError(
      'invalid_configuration',
      `The options must be an object, got ${describeValue(options)}`,
    );
  }
  const { id, base } = options;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new TiantianError(
      'invalid_configuration',
      `id must be a non-empty string, got ${describeValue(id)}`,
      {
        path: ['id'],
      },
    );
  }
  if (base !== undefined) assertCalendar(base, 'base');
  const timeZone = assertTimeZone(options.timeZone ?? base?.timeZone ?? PLATFORM_TIME_ZONE, 'timeZone');
  const weekend = options.weekend ?? base?.weekend ?? [0, 6];
  if (!Array.isArray(weekend)) {
    throw new TiantianError(
      'invalid_configuration',
      'weekend must be an array of weekdays 0 (Sunday) to 6 (Saturday)',
      {
        path: ['weekend'],
      },
    );
  }
  let weekendMask = 0;
  weekend.forEach((day: unknown, index) => {
    if (!Number.isInteger(day) || (day as number) < 0 || (day as number) > 6) {
      throw new TiantianError(
        'invalid_configuration',
        `weekend[${index}] must be a weekday 0 (Sunday) to 6 (Saturday), got ${describeValue(day)}`,
        { path: ['weekend', index] },
      );
    }
    weekendMask |= 1 << (day as number);
  });
  if (weekendMask === 0b1111111) {
    throw new TiantianError(
      'invalid_configuration',
      'weekend lists all seven days: a calendar needs at least one working day a week, or there is no open time ever',
      { path: ['weekend'] },
    );
  }
  const days = new Map<number, DayEntry>();
  const own = new Map<number, string>();
  parseDates(options.holidays, 'holidays', true, days, own);
  parseDates(options.workdays, 'workdays', false, days, own);
  const published = new Set<number>();
  const years: unknown = options.publishedYears ?? [];
  if (!Array.isArray(years)) {
    throw new TiantianError('invalid_configuration', 'publishedYears must be an array of years', {
      path: ['publishedYears'],
    });
  }
  years.forEach((year: unknown, index) => {
    if (!Number.isInteger(year) || (year as number) < MIN_YEAR || (year as number) > MAX_YEAR) {
      throw new TiantianError(
        'invalid_configuration',
        `publishedYears[${index}] must be a year ${MIN_YEAR}–${MAX_YEAR}, got ${describeValue(year)}`,
        { path: ['publishedYears', index] },
      );
    }
    published.add(year as number);
  });
  const uniqueWeekend = ([0, 1, 2, 3, 4, 5, 6] as const).filter((day) => (weekendMask >> day) & 1);
  return makeCalendar(id, timeZone, uniqueWeekend, () => {
    // The base's data is decoded only when this calendar is first used.
    const baseCore = base === undefined ? undefined : coreOf(base);
    return {
      weekendMask,
      days: baseCore === undefined ? days : new Map([...baseCore.days, ...days]),
      published: baseCore === undefined ? published : new Set([...baseCore.published, ...published]),
      estimate: baseCore?.estimate,
    };
  });
}

/**
 * The dates added by `extendWorkdayCalendar`.
 *
 * @example
 * const extension: WorkdayCalendarExtension = { holidays: ['2027-02-05'], workdays: ['2027-02-20'], publishedYears: [2027] };
 */
export interface WorkdayCalendarExtension {
  /** A new id. @default the calendar's id */
  readonly id?: string | undefined;
  /** More days off. */
  readonly holidays?: readonly CalendarDate[] | undefined;
  /** More working days (make-up working days). */
  readonly workdays?: readonly CalendarDate[] | undefined;
  /** Years now complete (a newly published notice): they stop being estimates. */
  readonly publishedYears?: readonly number[] | undefined;
}

/**
 * A calendar with more dates: a newly published year (China's 2027 notice) or a shop's own days,
 * without waiting for a new release of the library. The given dates win over the calendar's.
 *
 * @param calendar - the calendar to extend
 * @param extension - the days off, working days and newly complete years
 * @returns a new calendar (the given one is unchanged)
 * @throws {TiantianError} `'invalid_configuration'` for a bad date or year
 * @example
 * const cn2027 = extendWorkdayCalendar(CHINA_CALENDAR, {
 *   holidays: ['2027-02-05', '2027-02-06'],
 *   workdays: ['2027-02-20'],
 *   publishedYears: [2027],
 * });
 * getDayInfo('2027-02-20', cn2027).kind; //=> 'makeup-workday'
 */
export function extendWorkdayCalendar(
  calendar: WorkdayCalendar,
  extension: WorkdayCalendarExtension,
): WorkdayCalendar {
  assertCalendar(calendar);
  if (typeof extension !== 'object' || extension === null) {
    throw new TiantianError(
      'invalid_configuration',
      `The extension must be an object, got ${describeValue(extension)}`,
    );
  }
  return defineWorkdayCalendar({
    id: extension.id ?? calendar.id,
    base: calendar,
    holidays: extension.holidays,
    workdays: extension.workdays,
    publishedYears: extension.publishedYears,
  });
}

/** The day number of a civil date string or of an instant read in a time zone. */
export function dayOf(date: unknown, timeZone: string, name = 'date'): number {
  if (typeof date === 'string') return parseCivilDate(date, name);
  const instant = assertDate(date, name).getTime();
  assertInRange(instant, name);
  return Math.floor(wallOf(timeZone, instant) / DAY_MS);
}

/**
 * Whether a date is a working day (工作日) of a calendar.
 *
 * @param date - a civil date `'YYYY-MM-DD'`, or an instant (a `Date`) read in the calendar's time zone
 * @param calendar - the workday calendar @default `CHINA_CALENDAR`
 * @returns true for a working day, including a make-up working day (调休上班)
 * @throws {TiantianError} `'invalid_date'` for a malformed or unreal date (`'2026-02-30'`) or an
 * invalid `Date`; `'out_of_range'` outside 1901–2099
 * @example
 * isWorkday('2025-10-01'); //=> false (国庆节)
 * isWorkday('2025-09-28'); //=> true (a Sunday, make-up working day)
 * isWorkday(new Date('2025-09-27T16:30:00Z')); //=> true (already 2025-09-28 00:30 in Beijing)
 */
export function isWorkday(date: string | Date, calendar: WorkdayCalendar = CHINA_CALENDAR): boolean {
  const core = coreOf(calendar);
  return isWorkdayNumber(core, dayOf(date, calendar.timeZone));
}

/**
 * What kind of day a date is in a calendar: working day, weekend, holiday (with its name) or make-up
 * working day, and whether the answer is an estimate (a year without a published notice).
 *
 * @param date - a civil date `'YYYY-MM-DD'`, or an instant (a `Date`) read in the calendar's time zone
 * @param calendar - the workday calendar @default `CHINA_CALENDAR`
 * @returns the day's information
 * @throws {TiantianError} `'invalid_date'` for a malformed or unreal date or an invalid `Date`;
 * `'out_of_range'` outside 1901–2099
 * @example
 * getDayInfo('2025-10-01');
 * //=> { date: '2025-10-01', workday: false, kind: 'holiday', holiday: { 'zh-CN': '中秋节、国庆节', … }, estimate: false }
 * getDayInfo('2027-10-01').estimate; //=> true
 */
export function getDayInfo(date: string | Date, calendar: WorkdayCalendar = CHINA_CALENDAR): DayInfo {
  const core = coreOf(calendar);
  return dayInfo(core, dayOf(date, calendar.timeZone));
}
