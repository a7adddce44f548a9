// Time-zone arithmetic with Intl only (no host time zone, no Date local getters).
import { describeValue } from '../shared/assert.js';
import { TiantianError, type TiantianErrorCode } from '../shared/errors.js';
import { DAY_MS } from './civil.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws unless `timeZone` is an IANA time zone this runtime knows. */
export function assertTimeZone(
  timeZone: unknown,
  name: string,
  code: TiantianErrorCode = 'invalid_configuration',
): string {
  if (typeof timeZone === 'string' && timeZone !== '') {
    try {
      formatterFor(timeZone);
      return timeZone;
    } catch {
      // fall through to the error below
    }
  }
  throw new TiantianError(
    code,
    `${name} must be an IANA time zone such as "Asia/Shanghai", got ${describeValue(timeZone)}`,
    { path: [name] },
  );
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive), to the second. */
export function offsetAt(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(whole));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of parts) {
    const n = Number(part.value);
    switch (part.type) {
      case 'year':
        year = n;
        break;
      case 'month':
        month = n;
        break;
      case 'day':
        day = n;
        break;
      case 'hour':
        hour = n;
        break;
      case 'minute':
        minute = n;
        break;
      case 'second':
        second = n;
        break;
      default:
    }
  }
  const wall = new Date(0);
  // Every supported instant (and every one probed around them) is in years 1900–2100: no era.
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - whole;
}

/** The wall-clock time of an instant as milliseconds "as if UTC". */
export function wallOf(timeZone: string, utcMs: number): number {
  return utcMs + offsetAt(timeZone, utcMs);
}

/**
 * The instant of a wall-clock time (milliseconds "as if UTC") in a zone. Disambiguation is
 * Temporal's `'compatible'`: a time repeated when clocks go back is its earlier instant; a time
 * skipped when clocks go forward is read with the offset before the change (02:30 in a 02:00→03:00
 * gap is 03:30 of the new offset), like a wall clock that was not moved.
 */
export function instantOf(timeZone: string, wallMs: number): number {
  const before = offsetAt(timeZone, wallMs - DAY_MS);
  const after = offsetAt(timeZone, wallMs + DAY_MS);
  const first = wallMs - before;
  const second = wallMs - after;
  const firstValid = offsetAt(timeZone, first) === before;
  const secondValid = offsetAt(timeZone, second) === after;
  if (firstValid && secondValid) return Math.min(first, second);
  if (firstValid) return first;
  if (secondValid) return second;
  return first;
}
