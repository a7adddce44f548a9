import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  CHINA_CALENDAR,
  defineBusinessHours,
  defineWorkdayCalendar,
  isOpen,
  nextClosing,
} from '../../src/calendar/index.js';

const at = (text: string): Date => new Date(text);
const utc = defineWorkdayCalendar({ id: 'utc-weekdays', timeZone: 'UTC' });
const invalid = (message: string, path: readonly (string | number)[]) => ({
  code: 'invalid_configuration',
  message,
  path,
});

describe('defineBusinessHours rejects bad options with a path', () => {
  it('options that are not an object', () => {
    expect(() => defineBusinessHours('09:00-21:00' as never)).toThrowError(
      expect.objectContaining(invalid('The options must be an object, got "09:00-21:00"', [])),
    );
    expect(() => defineBusinessHours(null as never)).toThrowError(
      expect.objectContaining(invalid('The options must be an object, got null', [])),
    );
  });

  it('a calendar not made by defineWorkdayCalendar', () => {
    expect(() =>
      defineBusinessHours({ calendar: {} as never, intervals: [{ start: '09:00', end: '17:00' }] }),
    ).toThrowError(
      expect.objectContaining(
        invalid('calendar must be a WorkdayCalendar made by defineWorkdayCalendar, got an object', [
          'calendar',
        ]),
      ),
    );
  });

  it('an unknown time zone', () => {
    expect(() =>
      defineBusinessHours({ timeZone: 'Mars/Base', intervals: [{ start: '09:00', end: '17:00' }] }),
    ).toThrowError(
      expect.objectContaining(
        invalid('timeZone must be an IANA time zone such as "Asia/Shanghai", got "Mars/Base"', ['timeZone']),
      ),
    );
  });

  it('alwaysOpen that is not a boolean', () => {
    expect(() => defineBusinessHours({ alwaysOpen: 'yes' as never })).toThrowError(
      expect.objectContaining(invalid('alwaysOpen must be a boolean, got "yes"', ['alwaysOpen'])),
    );
  });

  it('alwaysOpen with intervals (an empty list is fine)', () => {
    expect(() =>
      defineBusinessHours({ alwaysOpen: true, intervals: [{ start: '09:00', end: '17:00' }] }),
    ).toThrowError(
      expect.objectContaining(
        invalid('alwaysOpen hours take no intervals: remove either alwaysOpen or intervals', ['intervals']),
      ),
    );
    const hours = defineBusinessHours({ alwaysOpen: true, intervals: [] });
    expect(hours).toEqual({
      timeZone: 'Asia/Shanghai',
      calendar: CHINA_CALENDAR,
      intervals: [],
      alwaysOpen: true,
    });
    expect(isOpen(at('2026-10-01T03:00:00+08:00'), hours)).toBe(true);
  });

  it('no intervals at all', () => {
    const message =
      'intervals must list at least one opening interval { start: "HH:mm", end: "HH:mm" }: hours with no open time would never open';
    expect(() => defineBusinessHours({})).toThrowError(
      expect.objectContaining(invalid(message, ['intervals'])),
    );
    expect(() => defineBusinessHours({ intervals: [] })).toThrowError(
      expect.objectContaining(invalid(message, ['intervals'])),
    );
  });

  it('a malformed start or end, by index', () => {
    expect(() =>
      defineBusinessHours({
        intervals: [
          { start: '09:00', end: '12:00' },
          { start: '24:00', end: '18:00' },
        ],
      }),
    ).toThrowError(
      expect.objectContaining(
        invalid('intervals[1].start must be a time "HH:mm" from 00:00 to 23:59, got "24:00"', [
          'intervals',
          1,
          'start',
        ]),
      ),
    );
    expect(() => defineBusinessHours({ intervals: [{ start: '09:00', end: '24:01' }] })).toThrowError(
      expect.objectContaining(
        invalid('intervals[0].end must be a time "HH:mm" from 00:00 to 24:00, got "24:01"', [
          'intervals',
          0,
          'end',
        ]),
      ),
    );
  });

  it('a time that is not a string, even one that reads as a time', () => {
    expect(() =>
      defineBusinessHours({ intervals: [{ start: ['09:00'] as never, end: '17:00' }] }),
    ).toThrowError(
      expect.objectContaining(
        invalid('intervals[0].start must be a time "HH:mm" from 00:00 to 23:59, got an array', [
          'intervals',
          0,
          'start',
        ]),
      ),
    );
    expect(() =>
      defineBusinessHours({ intervals: [{ start: '09:00', end: ['17:00'] as never }] }),
    ).toThrowError(
      expect.objectContaining(
        invalid('intervals[0].end must be a time "HH:mm" from 00:00 to 24:00, got an array', [
          'intervals',
          0,
          'end',
        ]),
      ),
    );
  });

  it('overlapping intervals, named in the message', () => {
    expect(() =>
      defineBusinessHours({
        intervals: [
          { start: '12:00', end: '18:00' },
          { start: '09:00', end: '13:00' },
        ],
      }),
    ).toThrowError(
      expect.objectContaining(
        invalid('intervals overlap: 09:00–13:00 and 12:00–18:00; give intervals that do not overlap', [
          'intervals',
        ]),
      ),
    );
  });

  it('a shift crossing midnight that overlaps the next day’s first interval', () => {
    expect(() =>
      defineBusinessHours({
        intervals: [
          { start: '09:00', end: '17:00' },
          { start: '22:00', end: '10:00' },
        ],
      }),
    ).toThrowError(
      expect.objectContaining(
        invalid(
          'intervals overlap: 22:00–10:00 and 09:00–17:00 (of the next day); give intervals that do not overlap',
          ['intervals'],
        ),
      ),
    );
  });
});

describe('defineBusinessHours accepts', () => {
  it('a lunch break and a night shift that ends as the next day opens (touching is not overlapping)', () => {
    const hours = defineBusinessHours({
      calendar: utc,
      intervals: [
        { start: '22:00', end: '09:00' },
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
    });
    expect(hours.intervals).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
      { start: '22:00', end: '09:00' },
    ]);
    // Tuesday 2026-01-27: 09:00–12:00, 13:00–18:00 and 22:00 to Wednesday 09:00, then on.
    expect(isOpen(at('2026-01-27T12:30:00Z'), hours)).toBe(false);
    expect(nextClosing(at('2026-01-27T22:00:00Z'), hours)).toEqual(at('2026-01-28T12:00:00Z'));
  });

  it('an end equal to the start: a shift of 24 hours', () => {
    const hours = defineBusinessHours({ calendar: utc, intervals: [{ start: '09:00', end: '09:00' }] });
    // Tuesday 2026-01-27 09:00 to Wednesday 09:00; Friday's shift ends Saturday 09:00, so from
    // Friday 00:00 to Monday 00:00: the last 9 hours of Thursday's shift and all of Friday's.
    expect(isOpen(at('2026-01-27T20:00:00Z'), hours)).toBe(true);
    expect(businessMinutesBetween(at('2026-01-30T00:00:00Z'), at('2026-02-02T00:00:00Z'), hours)).toBe(
      9 * 60 + 24 * 60,
    );
    expect(nextClosing(at('2026-01-30T10:00:00Z'), hours)).toEqual(at('2026-01-31T09:00:00Z'));
  });
});

describe('intervals on the day clocks go forward', () => {
  it('an interval read in the skipped hour still joins the next one (Los Angeles, 2026-03-08)', () => {
    // 02:00 PST became 03:00 PDT. 02:30–02:50 is read with the offset before the change
    // (10:30–10:50 UTC), inside 03:10–04:00 PDT (10:10–11:00 UTC): one stretch of 50 minutes.
    const hours = defineBusinessHours({
      calendar: defineWorkdayCalendar({ id: 'la-every-day', timeZone: 'America/Los_Angeles', weekend: [] }),
      intervals: [
        { start: '02:30', end: '02:50' },
        { start: '03:10', end: '04:00' },
      ],
    });
    expect(isOpen(at('2026-03-08T10:15:00Z'), hours)).toBe(true);
    expect(nextClosing(at('2026-03-08T10:15:00Z'), hours)).toEqual(at('2026-03-08T11:00:00Z'));
    expect(businessMinutesBetween(at('2026-03-08T08:00:00Z'), at('2026-03-08T12:00:00Z'), hours)).toBe(50);
  });
});

describe('arithmetic rejects hours not made by defineBusinessHours', () => {
  it.each([null, undefined, {}])('%s', (hours) => {
    const describe = hours === null ? 'null' : hours === undefined ? 'undefined' : 'an object';
    expect(() => isOpen(at('2026-01-27T10:00:00Z'), hours as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `hours must be BusinessHours made by defineBusinessHours (or ALWAYS_OPEN), got ${describe}`,
        path: ['hours'],
      }),
    );
  });
});
