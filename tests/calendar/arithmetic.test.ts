import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  ALWAYS_OPEN,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  isOpen,
  nextClosing,
  nextOpening,
} from '../../src/calendar/index.js';
import { GUIDE_RESPONSE_TARGETS, SOCIAL_MEDIA_OPENING } from '../../src/channels/data/contact.js';

const at = (text: string): Date => new Date(text);
const socialMedia = defineBusinessHours({ intervals: [SOCIAL_MEDIA_OPENING] });
const TWO_HOURS = GUIDE_RESPONSE_TARGETS['social-media'].typical.minutes;

describe('the guide’s social-media promise on China’s calendar', () => {
  it('“工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复”: 120 open minutes of 09:00–21:00', () => {
    expect(TWO_HOURS).toBe(120);
    expect(socialMedia).toMatchObject({
      timeZone: 'Asia/Shanghai',
      alwaysOpen: false,
      intervals: [{ start: '09:00', end: '21:00' }],
    });
  });

  it('Friday 2025-09-26 20:30 before National Day: 30 minutes that evening, the rest on the make-up Sunday', () => {
    const due = addBusinessMinutes(at('2025-09-26T20:30:00+08:00'), TWO_HOURS, socialMedia);
    expect(due).toEqual(at('2025-09-28T10:30:00+08:00'));
    expect(businessMinutesBetween(at('2025-09-26T20:30:00+08:00'), due, socialMedia)).toBe(120);
  });

  it('2026-09-30 20:00: one hour that evening, then 10-01 to 10-07 off, due Thursday 10-08 10:00', () => {
    expect(addBusinessMinutes(at('2026-09-30T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-10-08T10:00:00+08:00'),
    );
  });

  it('a deadline that ends exactly at closing time ends at 21:00, not at the next opening', () => {
    const due = addBusinessMinutes(at('2025-09-26T19:00:00+08:00'), 120, socialMedia);
    expect(due).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(isOpen(due, socialMedia)).toBe(false);
    expect(isOpen(new Date(due.getTime() - 1), socialMedia)).toBe(true);
    expect(addBusinessMinutes(at('2025-09-26T19:00:00+08:00'), 120.001, socialMedia)).toEqual(
      at('2025-09-28T09:00:00.060+08:00'),
    );
  });

  it('Spring Festival 2025: Monday 01-27 20:00, one hour left, the next working day is Wednesday 02-05', () => {
    expect(addBusinessMinutes(at('2025-01-27T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2025-02-05T10:00:00+08:00'),
    );
    // Saturday 01-25 is a weekend; Sunday 01-26 is a make-up working day.
    expect(addBusinessMinutes(at('2025-01-25T12:00:00+08:00'), 60, socialMedia)).toEqual(
      at('2025-01-26T10:00:00+08:00'),
    );
    // Friday 02-07 evening, the make-up Saturday 02-08.
    expect(addBusinessMinutes(at('2025-02-07T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2025-02-08T10:30:00+08:00'),
    );
  });

  it('Spring Festival 2026: make-up Saturdays 02-14 and 02-28 around 02-15 to 02-23', () => {
    expect(addBusinessMinutes(at('2026-02-13T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-14T10:30:00+08:00'),
    );
    expect(addBusinessMinutes(at('2026-02-14T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-24T10:30:00+08:00'),
    );
    expect(addBusinessMinutes(at('2026-02-27T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-28T10:30:00+08:00'),
    );
    expect(
      businessMinutesBetween(at('2026-02-14T00:00:00+08:00'), at('2026-03-01T00:00:00+08:00'), socialMedia),
    ).toBe((1 + 4 + 1) * 720);
  });

  it('2027 (estimate): 春节 除夕 02-05 to 初三 02-08 and 国庆 10-01 to 10-03 are off', () => {
    expect(addBusinessMinutes(at('2027-02-04T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2027-02-09T10:00:00+08:00'),
    );
    expect(addBusinessMinutes(at('2027-09-30T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2027-10-04T10:00:00+08:00'),
    );
  });

  it('isOpen, nextOpening and nextClosing', () => {
    expect(isOpen(at('2025-09-28T09:00:00+08:00'), socialMedia)).toBe(true);
    expect(isOpen(at('2025-09-27T12:00:00+08:00'), socialMedia)).toBe(false);
    const open = at('2025-09-26T20:30:00+08:00');
    expect(nextOpening(open, socialMedia)).toEqual(open);
    expect(nextOpening(at('2025-09-30T21:00:00+08:00'), socialMedia)).toEqual(
      at('2025-10-09T09:00:00+08:00'),
    );
    expect(nextClosing(open, socialMedia)).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(nextClosing(at('2025-09-27T12:00:00+08:00'), socialMedia)).toEqual(
      at('2025-09-28T21:00:00+08:00'),
    );
  });

  it('zero minutes return the start unchanged, even when closed; negative minutes go back', () => {
    const closed = at('2025-09-27T12:00:00+08:00');
    expect(addBusinessMinutes(closed, 0, socialMedia)).toEqual(closed);
    expect(addBusinessMinutes(at('2025-09-28T09:30:00+08:00'), -30, socialMedia)).toEqual(
      at('2025-09-28T09:00:00+08:00'),
    );
    expect(addBusinessMinutes(at('2025-09-28T09:30:00+08:00'), -31, socialMedia)).toEqual(
      at('2025-09-26T20:59:00+08:00'),
    );
    expect(
      businessMinutesBetween(at('2025-09-28T10:30:00+08:00'), at('2025-09-26T20:30:00+08:00'), socialMedia),
    ).toBe(-120);
  });

  it('is exact to the millisecond', () => {
    const start = at('2025-09-26T20:59:59.999+08:00');
    expect(addBusinessMinutes(start, 1 / 60_000, socialMedia)).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(addBusinessMinutes(start, 2 / 60_000, socialMedia)).toEqual(at('2025-09-28T09:00:00.001+08:00'));
    expect(businessMinutesBetween(start, at('2025-09-28T09:00:00.001+08:00'), socialMedia)).toBe(2 / 60_000);
  });
});

describe('business hours shapes', () => {
  it('a lunch break: 09:00–12:00 and 13:00–18:00', () => {
    const office = defineBusinessHours({
      intervals: [
        { start: '13:00', end: '18:00' },
        { start: '09:00', end: '12:00' },
      ],
    });
    expect(office.intervals.map((interval) => interval.start)).toEqual(['09:00', '13:00']);
    expect(addBusinessMinutes(at('2026-03-03T11:30:00+08:00'), 60, office)).toEqual(
      at('2026-03-03T13:30:00+08:00'),
    );
    expect(isOpen(at('2026-03-03T12:30:00+08:00'), office)).toBe(false);
    expect(
      businessMinutesBetween(at('2026-03-03T00:00:00+08:00'), at('2026-03-04T00:00:00+08:00'), office),
    ).toBe(480);
  });

  it('an overnight shift 22:00–06:00 belongs to the working day it starts on', () => {
    const night = defineBusinessHours({ intervals: [{ start: '22:00', end: '06:00' }] });
    // Friday 09-26's shift runs into Saturday morning; Saturday 09-27 has no shift.
    expect(isOpen(at('2025-09-27T03:00:00+08:00'), night)).toBe(true);
    expect(isOpen(at('2025-09-27T23:00:00+08:00'), night)).toBe(false);
    // Tuesday 09-30's shift runs into National Day; 10-01's own evening is closed.
    expect(isOpen(at('2025-10-01T03:00:00+08:00'), night)).toBe(true);
    expect(isOpen(at('2025-10-01T23:00:00+08:00'), night)).toBe(false);
    // Saturday 05:00: one hour to 06:00, then the make-up Sunday's shift from 22:00.
    expect(addBusinessMinutes(at('2025-09-27T05:00:00+08:00'), 120, night)).toEqual(
      at('2025-09-28T23:00:00+08:00'),
    );
    expect(nextClosing(at('2025-09-28T23:00:00+08:00'), night)).toEqual(at('2025-09-29T06:00:00+08:00'));
  });

  it('touching intervals are one stretch: 00:00–12:00 and 12:00–24:00', () => {
    const day = defineBusinessHours({
      intervals: [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
    });
    expect(nextClosing(at('2026-03-03T08:00:00+08:00'), day)).toEqual(at('2026-03-07T00:00:00+08:00'));
  });

  it('always open (the hotline: 7×24小时全天候服务)', () => {
    const start = at('2026-10-01T03:00:00+08:00');
    expect(isOpen(start, ALWAYS_OPEN)).toBe(true);
    expect(addBusinessMinutes(start, 90, ALWAYS_OPEN)).toEqual(at('2026-10-01T04:30:00+08:00'));
    expect(businessMinutesBetween(start, at('2026-10-02T03:00:00+08:00'), ALWAYS_OPEN)).toBe(1440);
    expect(nextOpening(start, defineBusinessHours({ alwaysOpen: true }))).toEqual(start);
    expect(() => nextClosing(start, ALWAYS_OPEN)).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
  });

  it('rejects configurations with no open time or bad times at definition', () => {
    expect(() => defineBusinessHours({ intervals: [] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineBusinessHours({})).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineBusinessHours({ intervals: [{ start: '9:00', end: '21:00' }] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineBusinessHours({ intervals: [{ start: '24:00', end: '01:00' }] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineBusinessHours({ intervals: [{ start: '09:00', end: '24:30' }] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() =>
      defineBusinessHours({
        intervals: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
    // 22:00–06:00 overlaps the next day's 05:00–10:00.
    expect(() =>
      defineBusinessHours({
        intervals: [
          { start: '05:00', end: '10:00' },
          { start: '22:00', end: '06:00' },
        ],
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
    expect(() =>
      defineBusinessHours({ alwaysOpen: true, intervals: [{ start: '09:00', end: '10:00' }] }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
    expect(() =>
      defineBusinessHours({ timeZone: 'Nowhere/City', intervals: [SOCIAL_MEDIA_OPENING] }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
    expect(() =>
      defineBusinessHours({
        calendar: { id: 'x', timeZone: 'UTC', weekend: [] },
        intervals: [SOCIAL_MEDIA_OPENING],
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
  });

  it('rejects invalid arguments with a TiantianError', () => {
    const start = at('2026-03-03T10:00:00+08:00');
    expect(() => addBusinessMinutes(start, Number.NaN, socialMedia)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => addBusinessMinutes(start, Number.POSITIVE_INFINITY, socialMedia)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => addBusinessMinutes(new Date(Number.NaN), 1, socialMedia)).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => businessMinutesBetween(start, new Date('x'), socialMedia)).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => isOpen(start, {} as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => isOpen(new Date(8.64e15), socialMedia)).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
    expect(() => addBusinessMinutes(start, 1e12, socialMedia)).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
  });
});

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
      expect(run).toThrowError(
        expect.objectContaining({
          code: 'invalid_date',
          message: 'at must be a valid Date, got Invalid Date',
          path: ['at'],
        }),
      );
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
    expect(() => nextOpening(at('2099-12-31T18:00:00Z'), office)).toThrowError(
      expect.objectContaining(outside('The next opening')),
    );
  });
});

describe('nextClosing', () => {
  it('always-open hours never close', () => {
    expect(() => nextClosing(at('2026-10-01T10:00:00+08:00'), ALWAYS_OPEN)).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: 'These business hours are always open: they never close',
        path: ['hours'],
      }),
    );
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
    expect(() => nextClosing(at('2099-08-31T00:00:00Z'), everyDay)).toThrowError(
      expect.objectContaining(outside('The next closing')),
    );
    expect(() => nextClosing(at('2099-12-31T18:00:00Z'), office)).toThrowError(
      expect.objectContaining(outside('The next closing')),
    );
    expect(nextClosing(at('2099-12-31T10:00:00Z'), office)).toEqual(at('2099-12-31T17:00:00Z'));
  });
});

describe('addBusinessMinutes', () => {
  it('checks minutes: a finite number', () => {
    expect(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), Number.NaN, office)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'minutes must be a finite number, got number NaN',
        path: ['minutes'],
      }),
    );
    expect(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), '5' as never, office)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'minutes must be a finite number, got "5"',
        path: ['minutes'],
      }),
    );
    expect(() => addBusinessMinutes(at('2026-01-27T09:00:00Z'), 1e300, ALWAYS_OPEN)).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: 'minutes (1e+300) is far beyond the supported instants',
        path: ['minutes'],
      }),
    );
  });

  it('names the argument of an invalid Date: start', () => {
    expect(() => addBusinessMinutes(at('nope'), 5, office)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'start must be a valid Date, got Invalid Date',
        path: ['start'],
      }),
    );
  });

  it('always open: the supported instants include 1901-01-01T00:00Z and exclude 2100-01-01T00:00Z', () => {
    expect(addBusinessMinutes(at('1901-01-01T00:01:00Z'), -1, ALWAYS_OPEN)).toEqual(
      at('1901-01-01T00:00:00Z'),
    );
    expect(() => addBusinessMinutes(at('1901-01-01T00:00:00Z'), -1, ALWAYS_OPEN)).toThrowError(
      expect.objectContaining(outside('The due instant')),
    );
    expect(addBusinessMinutes(at('2099-12-31T23:58:00Z'), 1, ALWAYS_OPEN)).toEqual(
      at('2099-12-31T23:59:00Z'),
    );
    expect(() => addBusinessMinutes(at('2099-12-31T23:59:00Z'), 1, ALWAYS_OPEN)).toThrowError(
      expect.objectContaining(outside('The due instant')),
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
    expect(() => addBusinessMinutes(at('2099-12-31T16:00:00Z'), 120, office)).toThrowError(
      expect.objectContaining(outside('The due instant')),
    );
    expect(() => addBusinessMinutes(at('2099-08-31T00:00:00Z'), 200 * 1440, everyDay)).toThrowError(
      expect.objectContaining(outside('The due instant')),
    );
    expect(() => addBusinessMinutes(at('2099-12-31T00:00:00Z'), 365 * 1440, everyDay)).toThrowError(
      expect.objectContaining(outside('The due instant')),
    );
  });

  it('throws out_of_range when going back before 1901', () => {
    expect(() => addBusinessMinutes(at('1901-01-01T12:00:00Z'), -1440, everyDay)).toThrowError(
      expect.objectContaining(outside('The instant')),
    );
    expect(() => addBusinessMinutes(at('1901-05-01T00:00:00Z'), -200 * 1440, everyDay)).toThrowError(
      expect.objectContaining(outside('The instant')),
    );
    expect(() => addBusinessMinutes(at('1901-01-01T12:00:00Z'), -365 * 1440, everyDay)).toThrowError(
      expect.objectContaining(outside('The instant')),
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
    expect(() => businessMinutesBetween(at('nope'), at('2026-01-27T10:00:00Z'), office)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'start must be a valid Date, got Invalid Date',
        path: ['start'],
      }),
    );
    expect(() => businessMinutesBetween(at('2026-01-27T10:00:00Z'), at('nope'), office)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'end must be a valid Date, got Invalid Date',
        path: ['end'],
      }),
    );
  });
});
