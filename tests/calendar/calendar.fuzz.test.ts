// Hostile inputs: every failure is a TiantianError, never a TypeError or a RangeError from inside.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  formatZonedDateTime,
  getDayInfo,
  isOpen,
  isWorkday,
  nextOpening,
  parseZonedDateTime,
} from '../../src/calendar/index.js';
import { isTiantianError } from '../../src/shared/errors.js';

function onlyTiantianErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(isTiantianError(error), String(error)).toBe(true);
  }
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const dateLike = fc
  .tuple(digits(4), digits(2), digits(2), fc.constantFrom(' ', 'T', 'x'), digits(2), digits(2))
  .map(([y, m, d, sep, h, mi]) => [`${y}-${m}-${d}`, `${y}-${m}-${d}${sep}${h}:${mi}`]);
const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything());
const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });

describe('calendar fuzz', () => {
  it('isWorkday, getDayInfo and parseZonedDateTime with random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 30 })),
        dateLike,
        (text, [date, time]) => {
          for (const value of [text, date as string, time as string]) {
            onlyTiantianErrors(() => isWorkday(value));
            onlyTiantianErrors(() => getDayInfo(value));
            onlyTiantianErrors(() => parseZonedDateTime(value));
            onlyTiantianErrors(() => parseZonedDateTime('2026-01-01 10:00', value));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any value at all, and any Date or number, in every function', () => {
    // Mostly near today (each new year builds lazily cached tables), with the extremes and Invalid Date.
    const anyDate = fc.oneof(
      fc.date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2035-01-01T00:00:00Z'),
        noInvalidDate: false,
      }),
      fc.constantFrom(
        new Date(8.64e15),
        new Date(-8.64e15),
        new Date('1900-12-31T23:59:59.999Z'),
        new Date('2099-12-31T23:59:59.999Z'),
      ),
    );
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e300),
    );
    fc.assert(
      fc.property(anything, anyDate, anyNumber, (value, date, minutes) => {
        onlyTiantianErrors(() => isWorkday(value as string));
        onlyTiantianErrors(() => isWorkday(date));
        onlyTiantianErrors(() => getDayInfo(date));
        onlyTiantianErrors(() => isOpen(date, hours));
        onlyTiantianErrors(() => nextOpening(date, hours));
        onlyTiantianErrors(() => formatZonedDateTime(date));
        onlyTiantianErrors(() => addBusinessMinutes(date, minutes, hours));
        onlyTiantianErrors(() => addBusinessMinutes(new Date('2026-01-05T10:00:00+08:00'), minutes, hours));
        onlyTiantianErrors(() => businessMinutesBetween(date, new Date('2026-01-05T10:00:00+08:00'), hours));
        onlyTiantianErrors(() => defineBusinessHours(value as never));
        onlyTiantianErrors(() => defineWorkdayCalendar(value as never));
        onlyTiantianErrors(() =>
          defineWorkdayCalendar({ id: 'x', holidays: [value], weekend: [0], timeZone: 'UTC' } as never),
        );
        onlyTiantianErrors(() => defineWorkdayCalendar({ id: 'x', timeZone: value } as never));
        onlyTiantianErrors(() => defineBusinessHours({ intervals: [value as never] }));
      }),
      { numRuns: 200 },
    );
  });
});
