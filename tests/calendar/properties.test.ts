// Properties of the arithmetic over random instants 2020–2027 and random amounts, on several kinds of
// hours; the day-by-day reference walk is the oracle.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  isOpen,
  nextClosing,
  nextOpening,
} from '../../src/calendar/index.js';
import { walkAddBusinessMinutes, walkBusinessMinutesBetween } from './reference-walk.js';

const losAngeles = defineWorkdayCalendar({ id: 'us-west', timeZone: 'America/Los_Angeles' });
const HOURS = [
  defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] }),
  defineBusinessHours({
    intervals: [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ],
  }),
  defineBusinessHours({ intervals: [{ start: '22:00', end: '06:00' }] }),
  defineBusinessHours({
    calendar: losAngeles,
    intervals: [
      { start: '01:30', end: '02:30' },
      { start: '09:00', end: '17:00' },
    ],
  }),
  defineBusinessHours({ calendar: losAngeles, intervals: [{ start: '00:00', end: '24:00' }] }),
];

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2027, 11, 1);
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const hours = fc.constantFrom(...HOURS);
/** Amounts in milliseconds up to 300 days' worth of open time, as fractional minutes. */
const amountMs = fc.integer({ min: 1, max: 300 * 12 * 3_600_000 });
const MIN = 60_000;

describe('business-time arithmetic properties', () => {
  it('add then between returns the amount, to the millisecond', () => {
    fc.assert(
      fc.property(hours, instant, amountMs, (h, start, ms) => {
        const due = addBusinessMinutes(start, ms / MIN, h);
        expect(Math.round(businessMinutesBetween(start, due, h) * MIN)).toBe(ms);
        const back = addBusinessMinutes(start, -ms / MIN, h);
        expect(Math.round(businessMinutesBetween(back, start, h) * MIN)).toBe(ms);
        expect(Math.round(businessMinutesBetween(start, back, h) * MIN)).toBe(-ms);
      }),
    );
  });

  it('is monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(hours, instant, instant, amountMs, amountMs, (h, a, b, m1, m2) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(s1, m1 / MIN, h).getTime()).toBeLessThanOrEqual(
          addBusinessMinutes(s2, m1 / MIN, h).getTime(),
        );
        const [x, y] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addBusinessMinutes(s1, x / MIN, h).getTime()).toBeLessThanOrEqual(
          addBusinessMinutes(s1, y / MIN, h).getTime(),
        );
      }),
    );
  });

  it('every due instant lies in open time or exactly at a closing boundary', () => {
    fc.assert(
      fc.property(hours, instant, amountMs, (h, start, ms) => {
        const due = addBusinessMinutes(start, ms / MIN, h);
        const atClosing = !isOpen(due, h) && isOpen(new Date(due.getTime() - 1), h);
        expect(isOpen(due, h) || atClosing).toBe(true);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
      }),
    );
  });

  it('nextOpening(t) >= t and is open; nextClosing is the end of that stretch', () => {
    fc.assert(
      fc.property(hours, instant, (h, t) => {
        const opening = nextOpening(t, h);
        expect(opening.getTime()).toBeGreaterThanOrEqual(t.getTime());
        expect(isOpen(opening, h)).toBe(true);
        expect(opening.getTime() === t.getTime()).toBe(isOpen(t, h));
        const closing = nextClosing(t, h);
        expect(closing.getTime()).toBeGreaterThan(opening.getTime());
        expect(isOpen(closing, h)).toBe(false);
        expect(Math.round(businessMinutesBetween(opening, closing, h) * MIN)).toBe(
          closing.getTime() - opening.getTime(),
        );
      }),
    );
  });

  it('equals the day-by-day reference walk', () => {
    fc.assert(
      fc.property(
        hours,
        instant,
        fc.integer({ min: 0, max: 40 * 12 * 3_600_000 }),
        instant,
        (h, start, ms, other) => {
          expect(addBusinessMinutes(start, ms / MIN, h)).toEqual(walkAddBusinessMinutes(start, ms / MIN, h));
          const [a, b] = start <= other ? [start, other] : [other, start];
          if (b.getTime() - a.getTime() < 90 * 86_400_000) {
            expect(businessMinutesBetween(a, b, h)).toBeCloseTo(walkBusinessMinutesBetween(a, b, h), 9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
