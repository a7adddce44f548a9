// Internal: civil (wall-clock) time in an IANA zone without the host's zone. Not part of the API.
// The calendar's time-zone engine (Intl) does the zone arithmetic: one engine for the library.
import { instantOf, wallOf } from '../calendar/zone.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';

/** Beijing time: the zone the guide's hours and promises are stated in. */
export const BEIJING = PLATFORM_TIME_ZONE;

/** A wall-clock reading in one zone. `month` is 1–12. */
export interface CivilTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The wall-clock reading of `at` in `timeZone`. */
export function civilTime(at: Date, timeZone: string): CivilTime {
  const shifted = new Date(wallOf(timeZone, at.getTime()));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/**
 * The instant a wall-clock reading names in `timeZone`. In a gap (spring forward) the reading is
 * shifted by the gap; in an overlap the earlier instant is taken.
 */
export function zonedInstant(civil: CivilTime, timeZone: string): Date {
  const asUtc = Date.UTC(
    civil.year,
    civil.month - 1,
    civil.day,
    civil.hour,
    civil.minute,
    civil.second,
    civil.millisecond,
  );
  return new Date(instantOf(timeZone, asUtc));
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a civil reading. */
export function formatCivilDate(civil: CivilTime): string {
  return `${pad(civil.year, 4)}-${pad(civil.month)}-${pad(civil.day)}`;
}

/** `HH:mm` of a civil reading (seconds shown only when not zero). */
export function formatCivilClock(civil: CivilTime): string {
  const seconds = civil.second !== 0 || civil.millisecond !== 0 ? `:${pad(civil.second)}` : '';
  return `${pad(civil.hour)}:${pad(civil.minute)}${seconds}`;
}

/** `YYYY-MM-DD HH:mm` of an instant in `timeZone`. */
export function formatInstant(at: Date, timeZone: string): string {
  const civil = civilTime(at, timeZone);
  return `${formatCivilDate(civil)} ${formatCivilClock(civil)}`;
}

/** A number of minutes for people: at most two decimals, no trailing zeros. */
export function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}
