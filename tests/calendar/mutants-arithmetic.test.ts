// Exact boundary examples for the business-time arithmetic (they kill the mutants that the property
// tests, with few runs, let through). The timeline is built in blocks of 256 days from 1970-01-01
// UTC: 2026-01-27, 2026-10-10 and 2027-06-23 start blocks, 2099-09-01 starts the last block and
// 1901-04-25 the second one. Hours in UTC on a calendar of our own keep every expectation plain.
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  isOpen,
  nextClosing,
  nextOpening,
} from '../../src/calendar/index.js';
import { errorOf } from '../helpers/error-of.js';

const at = (text: string): Date => new Date(text);
const minutesFrom = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 60_000;

/** Monday to Friday, 09:00–17:00 UTC. */
const office = defineBusinessHours({
  calendar: defineWorkdayCalendar({ id: 'utc-office', timeZone: 'UTC' }),
  intervals: [{ start: '09:00', end: '17:00' }],
});
/** Every day, 22:00–06:00 UTC (a night shift belongs to the day it starts on). */
const nights = defineBusinessHours({
  calendar: defineWorkdayCalendar({ id: 'utc-nights', timeZone: 'UTC', weekend: [] }),
  intervals: [{ start: '22:00', end: '06:00' }],
});
/** Every day, 20:00–24:00 UTC: each stretch ends at midnight. */
const evenings = defineBusinessHours({
  calendar: defineWorkdayCalendar({ id: 'utc-evenings', timeZone: 'UTC', weekend: [] }),
  intervals: [{ start: '20:00', end: '24:00' }],
});
/** Around the clock every day but two days off (2027-06-23, the first day of a block, and 2027-07-01). */
const mostDays = defineBusinessHours({
  calendar: defineWorkdayCalendar({
    id: 'utc-most-days',
    timeZone: 'UTC',
    weekend: [],
    holidays: ['2027-06-23', '2027-07-01'],
  }),
  intervals: [{ start: '00:00', end: '24:00' }],
});
/** Around the clock every day but 2027-07-01 and 2099-10-01 (open stretches across several blocks). */
const longStretches = defineBusinessHours({
  calendar: defineWorkdayCalendar({
    id: 'utc-long-stretches',
    timeZone: 'UTC',
    weekend: [],
    holidays: ['2027-07-01', '2099-10-01'],
  }),
  intervals: [{ start: '00:00', end: '24:00' }],
});
/** Around the clock every day, but through intervals (so not `alwaysOpen`). */
const everyDay = defineBusinessHours({
  calendar: defineWorkdayCalendar({ id: 'utc-every-day', timeZone: 'UTC', weekend: [] }),
  intervals: [{ start: '00:00', end: '24:00' }],
});

const RANGE = 'falls outside the supported instants 1901-01-01T00:00:00.000Z to 2100-01-01T00:00:00.000Z';
const outside = (what: string) => ({ code: 'out_of_range', message: `${what} ${RANGE}`, path: [] });

describe('isOpen at the edges of the timeline', () => {
  it('is open in the first interval of a block (Tuesday 2026-01-27 09:00 UTC) and closed before it', () => {
    expect(isOpen(at('2026-01-27T09:00:00Z'), office)).toBe(true);
    expect(isOpen(at('2026-01-27T08:59:59.999Z'), office)).toBe(false);
    expect(isOpen(at('2026-01-27T16:59:59.999Z'), office)).toBe(true);
    expect(isOpen(at('2026-01-27T17:00:00Z'), office)).toBe(false);
  });

  it('names the argument of an invalid Date: at', () => {
    for (const run of [
      () => isOpen(at('nope'), office),
      () => nextOpening(at('nope'), office),
      () => nextClosing(at('nope'), office),
    ]) {
      expect(errorOf(run)).toEqual({
        code: 'invalid_date',
        message: 'at must be a valid Date, got Invalid Date',
        path: ['at'],
      });
    }
  });
});

describe('nextOpening', () => {
  it('is the instant itself inside the first interval of a block', () => {
    expect(nextOpening(at('2026-01-27T09:30:00Z'), office)).toEqual(at('2026-01-27T09:30:00Z'));
    expect(nextOpening(at('2026-01-27T08:00:00Z'), office)).toEqual(at('2026-01-27T09:00:00Z'));
  });

  it('goes on into the next block after the last opening of a block (Friday 2026-10-09 → Monday 10-12)', () => {
    expect(nextOpening(at('2026-10-09T18:00:00Z'), office)).toEqual(at('2026-10-12T09:00:00Z'));
    expect(nextOpening(at('2026-10-09T17:00:00Z'), office)).toEqual(at('2026-10-12T09:00:00Z'));
  });

  it('reaches the last block (from Monday 2099-08-31 to Tuesday 2099-09-01)', () => {
    expect(nextOpening(at('2099-08-31T18:00:00Z'), office)).toEqual(at('2099-09-01T09:00:00Z'));
  });

  it('throws out_of_range when the next opening is past 2099 (Friday 2100-01-01 09:00)', () => {
    expect(errorOf(() => nextOpening(at('2099-12-31T18:00:00Z'), office))).toEqual(
      outside('The next opening'),
    );
  });
});

describe('nextClosing', () => {
  it('always-open hours never close', () => {
    expect(errorOf(() => nextClosing(at('2026-10-01T10:00:00+08:00'), ALWAYS_OPEN))).toEqual({
      code: 'out_of_range',
      message: 'These business hours are always open: they never close',
      path: ['hours'],
    });
  });

  it('is the end of the interval an instant is in, or of the next one', () => {
    expect(nextClosing(at('2026-01-27T09:00:00Z'), office)).toEqual(at('2026-01-27T17:00:00Z'));
    expect(nextClosing(at('2026-01-27T17:00:00Z'), office)).toEqual(at('2026-01-28T17:00:00Z'));
  });

  it('follows a night shift across the edge of a block (Friday 2026-10-09 22:00 to Saturday 06:00)', () => {
    expect(nextClosing(at('2026-10-09T23:00:00Z'), nights)).toEqual(at('2026-10-10T06:00:00Z'));
    expect(nextClosing(at('2026-10-09T21:00:00Z'), nights)).toEqual(at('2026-10-10T06:00:00Z'));
    expect(nextClosing(at('2026-10-10T05:00:00Z'), nights)).toEqual(at('2026-10-10T06:00:00Z'));
  });

  it('stops at a closing that falls on the edge of a block (midnight 2026-10-10)', () => {
    expect(nextClosing(at('2026-10-09T22:00:00Z'), evenings)).toEqual(at('2026-10-10T00:00:00Z'));
    expect(nextClosing(at('2026-10-09T12:00:00Z'), evenings)).toEqual(at('2026-10-10T00:00:00Z'));
  });

  it('follows an open stretch across several blocks until a day off (2026-06-01 → 2027-06-23)', () => {
    expect(nextClosing(at('2026-06-01T00:00:00Z'), mostDays)).toEqual(at('2027-06-23T00:00:00Z'));
    expect(nextClosing(at('2027-06-23T12:00:00Z'), mostDays)).toEqual(at('2027-07-01T00:00:00Z'));
    expect(nextOpening(at('2027-07-01T12:00:00Z'), mostDays)).toEqual(at('2027-07-02T00:00:00Z'));
  });

  it('follows an open stretch across two block edges (2026-06-01 → 2027-07-01)', () => {
    expect(nextClosing(at('2026-06-01T00:00:00Z'), longStretches)).toEqual(at('2027-07-01T00:00:00Z'));
  });

  it('follows an open stretch into the last block (2099-08-31 → 2099-10-01)', () => {
    expect(nextClosing(at('2099-08-31T00:00:00Z'), longStretches)).toEqual(at('2099-10-01T00:00:00Z'));
  });

  it('follows an open stretch into the last block (2099-08-31 → past 2099: out of range)', () => {
    expect(errorOf(() => nextClosing(at('2099-08-31T00:00:00Z'), everyDay))).toEqual(
      outside('The next closing'),
    );
    expect(errorOf(() => nextClosing(at('2099-12-31T18:00:00Z'), office))).toEqual(
      outside('The next closing'),
    );
    expect(nextClosing(at('2099-12-31T10:00:00Z'), office)).toEqual(at('2099-12-31T17:00:00Z'));
  });
});

describe('addBusinessMinutes', () => {
  it('checks minutes: a finite number', () => {
    expect(errorOf(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), Number.NaN, office))).toEqual({
      code: 'invalid_argument',
      message: 'minutes must be a finite number, got number NaN',
      path: ['minutes'],
    });
    expect(errorOf(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), '5' as never, office))).toEqual({
      code: 'invalid_argument',
      message: 'minutes must be a finite number, got "5"',
      path: ['minutes'],
    });
    expect(errorOf(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), 1e300, ALWAYS_OPEN))).toEqual({
      code: 'out_of_range',
      message: 'minutes (1e+300) is far beyond the supported instants',
      path: ['minutes'],
    });
  });

  it('names the argument of an invalid Date: start', () => {
    expect(errorOf(() => addBusinessMinutes(at('nope'), 5, office))).toEqual({
      code: 'invalid_date',
      message: 'start must be a valid Date, got Invalid Date',
      path: ['start'],
    });
  });

  it('always open: the supported instants include 1901-01-01T00:00Z and exclude 2100-01-01T00:00Z', () => {
    expect(addBusinessMinutes(at('1901-01-01T00:01:00Z'), -1, ALWAYS_OPEN)).toEqual(
      at('1901-01-01T00:00:00Z'),
    );
    expect(errorOf(() => addBusinessMinutes(at('1901-01-01T00:00:00Z'), -1, ALWAYS_OPEN))).toEqual(
      outside('The due instant'),
    );
    expect(addBusinessMinutes(at('2099-12-31T23:58:00Z'), 1, ALWAYS_OPEN)).toEqual(
      at('2099-12-31T23:59:00Z'),
    );
    expect(errorOf(() => addBusinessMinutes(at('2099-12-31T23:59:00Z'), 1, ALWAYS_OPEN))).toEqual(
      outside('The due instant'),
    );
  });

  it('an amount that ends at the last closing of a block ends there, not at the next opening', () => {
    expect(addBusinessMinutes(at('2026-10-09T16:00:00Z'), 60, office)).toEqual(at('2026-10-09T17:00:00Z'));
    expect(addBusinessMinutes(at('2026-10-09T16:00:00Z'), 61, office)).toEqual(at('2026-10-12T09:01:00Z'));
    // The block 2026-10-10 … 2027-06-22 is open throughout, then 2027-06-23 is a day off.
    const start = '2027-01-01T00:00:00Z';
    expect(addBusinessMinutes(at(start), minutesFrom(start, '2027-06-23T00:00:00Z'), mostDays)).toEqual(
      at('2027-06-23T00:00:00Z'),
    );
  });

  it('an amount that exhausts a later block ends at its last closing', () => {
    const start = '2026-10-09T00:00:00Z';
    const toEnd = minutesFrom(start, '2027-06-23T00:00:00Z');
    expect(addBusinessMinutes(at(start), toEnd, mostDays)).toEqual(at('2027-06-23T00:00:00Z'));
    expect(addBusinessMinutes(at(start), toEnd + 1, mostDays)).toEqual(at('2027-06-24T00:01:00Z'));
    expect(businessMinutesBetween(at(start), at('2027-06-24T00:01:00Z'), mostDays)).toBe(toEnd + 1);
  });

  it('going back exactly to the first opening of a block lands on it', () => {
    const start = '2027-01-01T00:00:00Z';
    expect(addBusinessMinutes(at(start), -minutesFrom('2026-10-10T00:00:00Z', start), everyDay)).toEqual(
      at('2026-10-10T00:00:00Z'),
    );
    const later = '2027-07-05T00:00:00Z';
    // 2027-06-23 and 2027-07-01 are off: two days fewer of open time.
    const open = minutesFrom('2026-10-10T00:00:00Z', later) - 2 * 1440;
    expect(addBusinessMinutes(at(later), -open, mostDays)).toEqual(at('2026-10-10T00:00:00Z'));
    expect(addBusinessMinutes(at(later), -open - 1, mostDays)).toEqual(at('2026-10-09T23:59:00Z'));
    expect(addBusinessMinutes(at('2026-10-12T09:30:00Z'), -30, office)).toEqual(at('2026-10-12T09:00:00Z'));
    expect(addBusinessMinutes(at('2026-10-12T09:30:00Z'), -31, office)).toEqual(at('2026-10-09T16:59:00Z'));
  });

  it('reaches the last block and the first block', () => {
    expect(addBusinessMinutes(at('2099-08-31T12:00:00Z'), 1440, everyDay)).toEqual(
      at('2099-09-01T12:00:00Z'),
    );
    expect(addBusinessMinutes(at('1901-04-26T00:00:00Z'), -2 * 1440, everyDay)).toEqual(
      at('1901-04-24T00:00:00Z'),
    );
  });

  it('throws out_of_range when the due instant is past 2099', () => {
    // Thursday 2099-12-31 16:00 + 2 h: 1 h that day, then Friday 2100-01-01 09:00–10:00.
    expect(errorOf(() => addBusinessMinutes(at('2099-12-31T16:00:00Z'), 120, office))).toEqual(
      outside('The due instant'),
    );
    expect(errorOf(() => addBusinessMinutes(at('2099-08-31T00:00:00Z'), 200 * 1440, everyDay))).toEqual(
      outside('The due instant'),
    );
    expect(errorOf(() => addBusinessMinutes(at('2099-12-31T00:00:00Z'), 365 * 1440, everyDay))).toEqual(
      outside('The due instant'),
    );
  });

  it('throws out_of_range when going back before 1901', () => {
    expect(errorOf(() => addBusinessMinutes(at('1901-01-01T12:00:00Z'), -1440, everyDay))).toEqual(
      outside('The instant'),
    );
    expect(errorOf(() => addBusinessMinutes(at('1901-05-01T00:00:00Z'), -200 * 1440, everyDay))).toEqual(
      outside('The instant'),
    );
    expect(errorOf(() => addBusinessMinutes(at('1901-01-01T12:00:00Z'), -365 * 1440, everyDay))).toEqual(
      outside('The instant'),
    );
  });
});

describe('businessMinutesBetween', () => {
  it('is +0 (not -0) between an instant and itself', () => {
    expect(businessMinutesBetween(at('2026-01-27T10:00:00Z'), at('2026-01-27T10:00:00Z'), office)).toBe(0);
    expect(businessMinutesBetween(at('2026-01-27T10:00:00Z'), at('2026-01-27T10:00:00Z'), ALWAYS_OPEN)).toBe(
      0,
    );
  });

  it('counts from before the first opening of a block', () => {
    expect(businessMinutesBetween(at('2026-01-27T08:00:00Z'), at('2026-01-27T10:00:00Z'), office)).toBe(60);
    expect(businessMinutesBetween(at('2026-01-27T10:00:00Z'), at('2026-01-27T08:00:00Z'), office)).toBe(-60);
  });

  it('names the argument of an invalid Date: start or end', () => {
    expect(errorOf(() => businessMinutesBetween(at('nope'), at('2026-01-27T10:00:00Z'), office))).toEqual({
      code: 'invalid_date',
      message: 'start must be a valid Date, got Invalid Date',
      path: ['start'],
    });
    expect(errorOf(() => businessMinutesBetween(at('2026-01-27T10:00:00Z'), at('nope'), office))).toEqual({
      code: 'invalid_date',
      message: 'end must be a valid Date, got Invalid Date',
      path: ['end'],
    });
  });
});
