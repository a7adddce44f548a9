// A straightforward reference: business-time arithmetic walking day by day, with no precomputation.
// It is the oracle of the property tests and the peer of bench/calendar.bench.ts. It shares only
// `isWorkday` (a civil-date lookup) with the library; local times become instants through
// @date-fns/tz's `tzOffset` (memoized), with the same rule for skipped and repeated local times.
import { tzOffset } from '@date-fns/tz';
import { type BusinessHours, isWorkday } from '../../src/calendar/index.js';

const DAY = 86_400_000;

// Offsets are memoized so that, warmed up, the walk pays for its days and not for Intl: a fair peer.
const offsets = new Map<string, number>();
function offsetMs(zone: string, ms: number): number {
  const key = `${zone} ${ms}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(ms)) * 60_000;
    offsets.set(key, offset);
  }
  return offset;
}

/** Local wall time (ms as if UTC) to an instant: repeated → earlier, skipped → offset before. */
export function walkInstant(zone: string, wall: number): number {
  const before = offsetMs(zone, wall - DAY);
  const after = offsetMs(zone, wall + DAY);
  const candidates = [wall - before, wall - after].filter((t) => offsetMs(zone, t) === wall - t);
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

function minutes(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function civil(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The open intervals of one civil day of the hours' zone (empty on a day off). */
function dayIntervals(hours: BusinessHours, day: number): [number, number][] {
  if (!isWorkday(civil(day), hours.calendar)) return [];
  return hours.intervals.map((interval) => {
    const start = minutes(interval.start);
    let end = minutes(interval.end);
    if (end <= start) end += 1440;
    return [
      walkInstant(hours.timeZone, day * DAY + start * 60_000),
      walkInstant(hours.timeZone, day * DAY + end * 60_000),
    ];
  });
}

/** `addBusinessMinutes` for positive amounts (or zero), walking day by day. */
export function walkAddBusinessMinutes(start: Date, amount: number, hours: BusinessHours): Date {
  let left = Math.round(amount * 60_000);
  const from = start.getTime();
  if (left === 0) return new Date(from);
  if (hours.alwaysOpen) return new Date(from + left);
  // Two days back: a shift that started on an earlier day may still be running.
  let day = Math.floor((from + offsetMs(hours.timeZone, from)) / DAY) - 2;
  for (;;) {
    for (const [s, e] of dayIntervals(hours, day)) {
      if (e <= from) continue;
      const open = Math.max(s, from);
      if (left <= e - open) return new Date(open + left);
      left -= e - open;
    }
    day += 1;
  }
}

/** `businessMinutesBetween` for `start <= end`, walking day by day. */
export function walkBusinessMinutesBetween(start: Date, end: Date, hours: BusinessHours): number {
  const a = start.getTime();
  const b = end.getTime();
  if (hours.alwaysOpen) return (b - a) / 60_000;
  let sum = 0;
  let day = Math.floor((a + offsetMs(hours.timeZone, a)) / DAY) - 2;
  const last = Math.floor((b + offsetMs(hours.timeZone, b)) / DAY) + 1;
  for (; day <= last; day += 1) {
    for (const [s, e] of dayIntervals(hours, day)) sum += Math.max(0, Math.min(e, b) - Math.max(s, a));
  }
  return sum / 60_000;
}
