// Civil (calendar) dates as day numbers: days since 1970-01-01 in the proleptic Gregorian calendar.
// Pure arithmetic on UTC fields, so nothing here depends on the host's time zone.
import { describeValue } from '../shared/assert.js';
import { TiantianError, type TiantianErrorCode } from '../shared/errors.js';

/** Milliseconds in a civil day without a clock change. */
export const DAY_MS = 86_400_000;

/** The first and last supported years: the lunar and solar-term rules hold for 1901–2099. */
export const MIN_YEAR = 1901;
export const MAX_YEAR = 2099;
/** Supported instants: 1901-01-01T00:00Z (inclusive) to 2100-01-01T00:00Z (exclusive). */
// `/* @__PURE__ */` arrow calls: lets a bundler drop them when unused (calls and arithmetic are
// otherwise kept as possible side effects).
export const MIN_INSTANT: number = /* @__PURE__ */ (() => Date.UTC(MIN_YEAR, 0, 1))();
export const MAX_INSTANT: number = /* @__PURE__ */ (() => Date.UTC(MAX_YEAR + 1, 0, 1))();

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a civil date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The civil date of a day number: `[year, month (1–12), day]`. */
export function civilOf(day: number): [number, number, number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** The weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 'YYYY-MM-DD' for a day number. */
export function formatDay(day: number): string {
  const [year, month, date] = civilOf(day);
  // Supported years (1901–2099, and 2100-01-01 of a late instant read east of UTC) have 4 digits.
  return `${year}-${pad2(month)}-${pad2(date)}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Whether year/month/day names a real date of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  // A month outside 1–12 or a day outside the month lands in another month (or year) of the date.
  const [y, m] = civilOf(dayNumber(year, month, day));
  return y === year && m === month;
}

/**
 * Parses a civil date 'YYYY-MM-DD' to its day number, or returns an explanation of what is wrong.
 */
export function tryParseCivilDate(text: string): number | string {
  const match = CIVIL_DATE.exec(text);
  if (match === null) return `expected a civil date "YYYY-MM-DD", got ${describeValue(text)}`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) return `${describeValue(text)} is not a real date`;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `${describeValue(text)} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`;
  }
  return dayNumber(year, month, day);
}

/** Parses a civil date or throws a `TiantianError` with the given code. */
export function parseCivilDate(
  value: unknown,
  name: string,
  code: TiantianErrorCode = 'invalid_date',
  path: readonly (string | number)[] = [name],
): number {
  if (typeof value !== 'string') {
    throw new TiantianError(code, `${name} must be a civil date "YYYY-MM-DD", got ${describeValue(value)}`, {
      path,
    });
  }
  const result = tryParseCivilDate(value);
  if (typeof result === 'string') {
    const outside = result.includes('outside');
    throw new TiantianError(
      outside && code === 'invalid_date' ? 'out_of_range' : code,
      `${name}: ${result}`,
      {
        path,
      },
    );
  }
  return result;
}

/** Throws unless `ms` lies in the supported instants. */
export function assertInRange(ms: number, name: string): void {
  if (!(ms >= MIN_INSTANT && ms < MAX_INSTANT)) {
    throw new TiantianError(
      'out_of_range',
      `${name} (${describeValue(new Date(ms))}) is outside the supported instants ${new Date(MIN_INSTANT).toISOString()} to ${new Date(MAX_INSTANT).toISOString()}`,
      { path: [name] },
    );
  }
}
