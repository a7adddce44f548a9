// Exact answers at the edges of civil dates (the supported years and instants, the error messages
// and paths), the lunar estimate's failure when Intl has no Chinese calendar, and the calendar
// schemas, written against the mutants the broader tests left alive. Browser-safe.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineWorkdayCalendar, getDayInfo, isWorkday } from '../../src/calendar/index.js';
import { isRealDate } from '../../src/calendar/civil.js';
import {
  BusinessHoursConfigSchema,
  CivilDateSchema,
  TimeZoneSchema,
  WorkdayCalendarConfigSchema,
} from '../../src/calendar/schemas.js';
import { errorOf } from '../helpers/error-of.js';

/** A calendar read in UTC, without estimates: its days are plain Monday–Friday. */
const UTC_WEEK = defineWorkdayCalendar({ id: 'utc-week', timeZone: 'UTC' });

describe('civil dates', () => {
  it('the supported years are 1901–2099, both included', () => {
    expect(getDayInfo('1901-01-01', UTC_WEEK)).toEqual({
      date: '1901-01-01',
      workday: true,
      kind: 'workday',
      estimate: false,
    });
    expect(getDayInfo('2099-12-31', UTC_WEEK)).toEqual({
      date: '2099-12-31',
      workday: true,
      kind: 'workday',
      estimate: false,
    });
    expect(errorOf(() => isWorkday('1900-12-31'))).toEqual({
      code: 'out_of_range',
      message: 'date: "1900-12-31" is outside the supported years 1901–2099',
      path: ['date'],
    });
    expect(errorOf(() => getDayInfo('2100-01-01'))).toEqual({
      code: 'out_of_range',
      message: 'date: "2100-01-01" is outside the supported years 1901–2099',
      path: ['date'],
    });
  });

  it('malformed and unreal dates say what is wrong', () => {
    expect(errorOf(() => isWorkday('2026-2-3'))).toEqual({
      code: 'invalid_date',
      message: 'date: expected a civil date "YYYY-MM-DD", got "2026-2-3"',
      path: ['date'],
    });
    for (const text of ['2026-02-30', '2026-00-10', '2026-13-01', '2026-04-00', '2026-04-31', '2025-02-29']) {
      expect(errorOf(() => getDayInfo(text))).toEqual({
        code: 'invalid_date',
        message: `date: "${text}" is not a real date`,
        path: ['date'],
      });
    }
    expect(getDayInfo('2024-02-29', UTC_WEEK).date).toBe('2024-02-29');
    expect(getDayInfo('2026-12-31', UTC_WEEK).date).toBe('2026-12-31');
    expect(getDayInfo('2026-01-01', UTC_WEEK).date).toBe('2026-01-01');
  });

  it('isRealDate: a day that overflows into another month or year is not real', () => {
    expect(isRealDate(2026, 1, 31)).toBe(true);
    expect(isRealDate(2026, 1, 366)).toBe(false); // 2027-01-01
    expect(isRealDate(2026, 12, 32)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
    expect(isRealDate(2026, 0, 1)).toBe(false);
    expect(isRealDate(2026, 1, 0)).toBe(false);
    expect(isRealDate(2026, 3, -365)).toBe(false);
  });

  it('the supported instants are 1901-01-01T00:00Z (included) to 2100-01-01T00:00Z (excluded)', () => {
    const first = Date.UTC(1901, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    expect(getDayInfo(new Date(first), UTC_WEEK).date).toBe('1901-01-01');
    expect(getDayInfo(new Date(end - 1), UTC_WEEK).date).toBe('2099-12-31');
    const range = 'is outside the supported instants 1901-01-01T00:00:00.000Z to 2100-01-01T00:00:00.000Z';
    expect(errorOf(() => isWorkday(new Date(first - 1), UTC_WEEK))).toEqual({
      code: 'out_of_range',
      message: `date (1900-12-31T23:59:59.999Z) ${range}`,
      path: ['date'],
    });
    expect(errorOf(() => getDayInfo(new Date(end), UTC_WEEK))).toEqual({
      code: 'out_of_range',
      message: `date (2100-01-01T00:00:00.000Z) ${range}`,
      path: ['date'],
    });
    // An instant is read in the calendar's zone: 2026-11-13T16:30Z is Saturday 00:30 in Beijing.
    expect(isWorkday(new Date('2026-11-14T00:30:00+08:00'))).toBe(false);
    expect(isWorkday(new Date('2026-11-13T23:30:00+08:00'))).toBe(true);
  });
});

describe('the lunar estimate without a Chinese calendar in Intl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('a runtime whose Intl falls back to the Gregorian calendar cannot estimate, and says so', async () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    // A runtime built without full ICU data: asking for `-u-ca-chinese` quietly gives `gregory`.
    const GregorianOnly = function (this: unknown, locale?: string, options?: Intl.DateTimeFormatOptions) {
      return new RealDateTimeFormat(
        String(locale ?? 'en').replace('-u-ca-chinese', '-u-ca-gregory'),
        options,
      );
    } as unknown as typeof Intl.DateTimeFormat;
    vi.stubGlobal(
      'Intl',
      Object.assign(Object.create(Intl) as typeof Intl, { DateTimeFormat: GregorianOnly }),
    );
    vi.resetModules();
    const calendar = await import('../../src/calendar/index.js');
    const { isTiantianError: isError } = await import('../../src/shared/errors.js');
    let caught: unknown;
    try {
      calendar.isWorkday('2031-01-23');
    } catch (error) {
      caught = error;
    }
    expect(isError(caught)).toBe(true);
    const error = caught as { code: string; message: string };
    expect(error.code).toBe('out_of_range');
    expect(error.message).toBe(
      'This runtime’s Intl has no usable Chinese calendar: China’s days off of a year without a published notice cannot be estimated; add the year with extendWorkdayCalendar',
    );
    // A published year needs no lunar calendar.
    expect(calendar.isWorkday('2026-10-01')).toBe(false);
  });
});

describe('calendar schemas', () => {
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
