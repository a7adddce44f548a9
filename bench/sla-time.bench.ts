// The sla area's zone arithmetic on the calendar's Intl engine (src/calendar/zone.ts, what
// src/sla/time.ts now uses) against @date-fns/tz's `tzOffset` (what it used before), side by side on
// the same instants. Both sides are checked equal before the benchmark.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { bench, describe } from 'vitest';
import { instantOf, wallOf } from '../src/calendar/zone.js';

const MINUTE = 60_000;
// The former src/sla/time.ts, kept here as the baseline.
const wallByDateFns = (zone: string, ms: number): number => ms + tzOffset(zone, new Date(ms)) * MINUTE;
const instantByDateFns = (zone: string, wall: number): number => {
  let guess = wall - tzOffset(zone, new Date(wall)) * MINUTE;
  guess = wall - tzOffset(zone, new Date(guess)) * MINUTE;
  return guess;
};

// 1,000 instants an hour apart from 2026-03-01 (across the US spring-forward change).
const START = Date.UTC(2026, 2, 1);
const INSTANTS = Array.from({ length: 1000 }, (_, i) => START + i * 3_600_000 + 17_000);
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles'] as const;

for (const zone of ZONES)
  for (const ms of INSTANTS) {
    const a = wallOf(zone, ms);
    const b = wallByDateFns(zone, ms);
    if (a !== b) throw new Error(`wall differs in ${zone} at ${new Date(ms).toISOString()}: ${a} ≠ ${b}`);
    if (instantOf(zone, a) !== instantByDateFns(zone, b))
      throw new Error(`instant differs in ${zone} at ${new Date(ms).toISOString()}`);
  }

for (const zone of ZONES) {
  describe(`wall-clock reading of 1,000 instants (${zone})`, () => {
    bench('calendar engine (Intl): wallOf', () => {
      for (const ms of INSTANTS) wallOf(zone, ms);
    });
    bench('@date-fns/tz: tzOffset', () => {
      for (const ms of INSTANTS) wallByDateFns(zone, ms);
    });
  });
  describe(`instant of 1,000 wall-clock readings (${zone})`, () => {
    bench('calendar engine (Intl): instantOf', () => {
      for (const ms of INSTANTS) instantOf(zone, ms);
    });
    bench('@date-fns/tz: tzOffset, two passes', () => {
      for (const ms of INSTANTS) instantByDateFns(zone, ms);
    });
  });
}
