// China's statutory holidays for a year without a published notice, from the Chinese lunisolar
// calendar (Intl's `chinese` calendar, which ICU computes for Beijing) and the 清明 solar term.
import { TiantianError } from '../shared/errors.js';
import { DAY_MS, dayNumber } from './civil.js';

let lunarFormatter: Intl.DateTimeFormat | undefined;

/** The Chinese lunar month and day of a civil day: `[month, day, leap]`. */
export function lunarDate(day: number): [number, number, boolean] {
  if (lunarFormatter === undefined) {
    const formatter = new Intl.DateTimeFormat('en-u-ca-chinese', {
      timeZone: 'UTC',
      month: 'numeric',
      day: 'numeric',
    });
    // A runtime built without full ICU data quietly falls back to the Gregorian calendar.
    if (formatter.resolvedOptions().calendar !== 'chinese') throw noLunarCalendar();
    lunarFormatter = formatter;
  }
  let month = 0;
  let date = 0;
  let leap = false;
  // Noon UTC of the civil day: the same civil day in Beijing's reckoning.
  for (const part of lunarFormatter.formatToParts(new Date(day * DAY_MS + DAY_MS / 2))) {
    if (part.type === 'month') {
      month = Number.parseInt(part.value, 10);
      leap = /\D/.test(part.value);
    } else if (part.type === 'day') {
      date = Number.parseInt(part.value, 10);
    }
  }
  return [month, date, leap];
}

function noLunarCalendar(): TiantianError {
  return new TiantianError(
    'out_of_range',
    'This runtime’s Intl has no usable Chinese calendar: China’s days off of a year without a published notice cannot be estimated; add the year with extendWorkdayCalendar',
  );
}

/** The first day from `from` to `to` (inclusive) that is lunar `month`/`date` of a non-leap month. */
function findLunar(from: number, to: number, month: number, date: number): number {
  let day = from;
  while (day <= to) {
    const [m, d, leap] = lunarDate(day);
    if (m === month && d === date && !leap) return day;
    // Jump ahead, never past the target: a lunar month has at least 29 days. (A leap month of the
    // target's number follows the target month, so no festival's search window of 1901–2099 meets one.)
    const monthsAhead = (month - m + 12) % 12;
    day += Math.max(1, monthsAhead * 29 + date - d - 1);
  }
  throw noLunarCalendar();
}

/**
 * New moons within minutes of Beijing midnight that ICU's `chinese` calendar (ICU 78, in Node 24 and
 * Chromium) puts on the wrong day, with the dates of the Hong Kong Observatory's tables (the same
 * algorithm as the Purple Mountain Observatory's GB/T 33661-2017): 春节 2027 is February 6 (ICU:
 * the 7th), 春节 2030 February 3 (ICU: the 2nd). Fixed here so the answer is the same in every runtime.
 */
const NEW_YEAR_FIXES: Readonly<Record<number, string>> = { 2027: '02-06', 2030: '02-03' };

/** 春节 (lunar 1/1) of a Gregorian year: always between January 21 and February 20. */
export function springFestival(year: number): number {
  const fix = NEW_YEAR_FIXES[year];
  if (fix !== undefined) return dayNumber(year, Number(fix.slice(0, 2)), Number(fix.slice(3)));
  return findLunar(dayNumber(year, 1, 21), dayNumber(year, 2, 21), 1, 1);
}

/** 端午节 (lunar 5/5): between May 28 and June 25. */
export function dragonBoatFestival(year: number): number {
  return findLunar(dayNumber(year, 5, 25), dayNumber(year, 6, 28), 5, 5);
}

/** 中秋节 (lunar 8/15): between September 7 and October 8. */
export function midAutumnFestival(year: number): number {
  return findLunar(dayNumber(year, 9, 5), dayNumber(year, 10, 10), 8, 15);
}

/**
 * 清明 (the solar term at the sun's longitude 15°), by the standard formula for 1901–2099:
 * April ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ with Y the year's last two digits and C 5.59 (1900s) or 4.81 (2000s).
 */
export function qingming(year: number): number {
  const y = year % 100;
  const c = year < 2000 ? 5.59 : 4.81;
  return dayNumber(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}
