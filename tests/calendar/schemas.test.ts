import { describe, expect, it } from 'vitest';
import { defineBusinessHours } from '../../src/calendar/index.js';
import {
  BusinessHoursConfigSchema,
  CivilDateSchema,
  TimeOfDaySchema,
  TimeZoneSchema,
  WorkdayCalendarConfigSchema,
} from '../../src/calendar/schemas.js';

describe('calendar schemas', () => {
  it('CivilDateSchema accepts real dates only', () => {
    expect(CivilDateSchema.safeParse('2026-10-01').success).toBe(true);
    expect(CivilDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CivilDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(CivilDateSchema.safeParse('2026-1-01').success).toBe(false);
    expect(CivilDateSchema.safeParse(20261001).success).toBe(false);
    const failed = CivilDateSchema.safeParse('2026-02-30');
    expect(failed.success ? '' : failed.error.issues[0]?.message).toMatch(/not a real date/);
  });

  it('TimeOfDaySchema accepts HH:mm from 00:00 to 23:59', () => {
    expect(['00:00', '09:00', '23:59'].map((t) => TimeOfDaySchema.safeParse(t).success)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['24:00', '9:00', '12:60', ''].map((t) => TimeOfDaySchema.safeParse(t).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('BusinessHoursConfigSchema checks the JSON that defineBusinessHours takes', () => {
    const config = { timeZone: 'Asia/Shanghai', intervals: [{ start: '09:00', end: '21:00' }] };
    const parsed = BusinessHoursConfigSchema.safeParse(config);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(defineBusinessHours(parsed.data).timeZone).toBe('Asia/Shanghai');
    expect(
      BusinessHoursConfigSchema.safeParse({ intervals: [{ start: '22:00', end: '24:00' }] }).success,
    ).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ alwaysOpen: true }).success).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ intervals: [] }).success).toBe(false);
    expect(
      BusinessHoursConfigSchema.safeParse({ timeZone: 'Mars/Base', intervals: config.intervals }).success,
    ).toBe(false);
    expect(BusinessHoursConfigSchema.safeParse({ intervals: [{ start: '9', end: '21:00' }] }).success).toBe(
      false,
    );
  });

  it('WorkdayCalendarConfigSchema checks a calendar as JSON', () => {
    expect(
      WorkdayCalendarConfigSchema.safeParse({ id: 'shop', holidays: ['2026-11-11'], publishedYears: [2027] })
        .success,
    ).toBe(true);
    expect(
      WorkdayCalendarConfigSchema.safeParse({ id: 'shop', weekend: [0, 1, 2, 3, 4, 5, 6] }).success,
    ).toBe(false);
    expect(WorkdayCalendarConfigSchema.safeParse({ id: 'shop', holidays: ['2026-02-30'] }).success).toBe(
      false,
    );
  });
});

describe('calendar schemas: bounds and exact issues', () => {
  it('CivilDateSchema reports a custom issue with the reason', () => {
    expect(CivilDateSchema.safeParse('2026-02-30').error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', message: '"2026-02-30" is not a real date', path: [] }),
    ]);
    expect(CivilDateSchema.safeParse('2100-01-01').error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message: '"2100-01-01" is outside the supported years 1901–2099',
      }),
    ]);
    expect(CivilDateSchema.safeParse('2099-12-31')).toEqual({ success: true, data: '2099-12-31' });
  });

  it('TimeZoneSchema accepts IANA names only', () => {
    expect(TimeZoneSchema.safeParse('Asia/Shanghai')).toEqual({ success: true, data: 'Asia/Shanghai' });
    expect(TimeZoneSchema.safeParse('Mars/Olympus').error?.issues).toEqual([
      expect.objectContaining({ message: 'Expected an IANA time zone such as "Asia/Shanghai"' }),
    ]);
  });

  it('BusinessHoursConfigSchema: intervals, or alwaysOpen without intervals; never neither', () => {
    const intervals = [{ start: '09:00', end: '21:00' }];
    expect(BusinessHoursConfigSchema.safeParse({ intervals }).success).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ alwaysOpen: false, intervals }).success).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ alwaysOpen: true }).success).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ alwaysOpen: true, intervals: [] }).success).toBe(true);
    expect(BusinessHoursConfigSchema.safeParse({ alwaysOpen: true, intervals }).success).toBe(false);
    for (const config of [{}, { timeZone: 'Asia/Shanghai' }, { alwaysOpen: false }, { intervals: [] }]) {
      expect(BusinessHoursConfigSchema.safeParse(config).error?.issues, JSON.stringify(config)).toEqual([
        expect.objectContaining({
          message: 'Give at least one opening interval, or alwaysOpen: true without intervals',
        }),
      ]);
    }
  });

  it('WorkdayCalendarConfigSchema: a weekend needs at least one working day a week', () => {
    expect(WorkdayCalendarConfigSchema.safeParse({ id: 'x', weekend: [0, 6] }).success).toBe(true);
    expect(WorkdayCalendarConfigSchema.safeParse({ id: 'x', weekend: [0, 1, 2, 3, 4, 5] }).success).toBe(
      true,
    );
    // Seven entries but six distinct days: Saturday is still a working day.
    expect(WorkdayCalendarConfigSchema.safeParse({ id: 'x', weekend: [0, 0, 1, 2, 3, 4, 5] }).success).toBe(
      true,
    );
    expect(
      WorkdayCalendarConfigSchema.safeParse({ id: 'x', weekend: [6, 5, 4, 3, 2, 1, 0] }).error?.issues,
    ).toEqual([
      expect.objectContaining({
        message: 'At least one day of the week must be a working day',
        path: ['weekend'],
      }),
    ]);
  });
});
