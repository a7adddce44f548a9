// The civil day (YYYY-MM-DD) of an instant in a time zone, fast enough for a million cases: the
// calendar's offset engine asked once per hour of the timeline, not once per case.
import { formatDay } from '../calendar/civil.js';
import { offsetAt } from '../calendar/zone.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * A function giving the civil day of an instant in `timeZone` (already checked), with a cache of
 * the zone's offset per UTC hour (an hour whose two ends have different offsets is asked exactly).
 */
export function civilDayIn(timeZone: string): (utcMs: number) => string {
  const offsets = new Map<number, number | null>();
  return (utcMs) => {
    const hour = Math.floor(utcMs / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = offsetAt(timeZone, hour * HOUR);
      offset = start === offsetAt(timeZone, hour * HOUR + HOUR - 1000) ? start : null;
      offsets.set(hour, offset);
    }
    const exact = offset ?? offsetAt(timeZone, utcMs);
    return formatDay(Math.floor((utcMs + exact) / DAY));
  };
}
