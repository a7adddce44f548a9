import { describe, expect, it } from 'vitest';
import { defineWorkdayCalendar, getDayInfo, isWorkday } from '../../src/calendar/index.js';
import { isRealDate } from '../../src/calendar/civil.js';

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
    expect(() => isWorkday('1900-12-31')).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: 'date: "1900-12-31" is outside the supported years 1901–2099',
        path: ['date'],
      }),
    );
    expect(() => getDayInfo('2100-01-01')).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: 'date: "2100-01-01" is outside the supported years 1901–2099',
        path: ['date'],
      }),
    );
  });

  it('malformed and unreal dates say what is wrong', () => {
    expect(() => isWorkday('2026-2-3')).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'date: expected a civil date "YYYY-MM-DD", got "2026-2-3"',
        path: ['date'],
      }),
    );
    for (const text of ['2026-02-30', '2026-00-10', '2026-13-01', '2026-04-00', '2026-04-31', '2025-02-29']) {
      expect(() => getDayInfo(text)).toThrowError(
        expect.objectContaining({
          code: 'invalid_date',
          message: `date: "${text}" is not a real date`,
          path: ['date'],
        }),
      );
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
    expect(() => isWorkday(new Date(first - 1), UTC_WEEK)).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: `date (1900-12-31T23:59:59.999Z) ${range}`,
        path: ['date'],
      }),
    );
    expect(() => getDayInfo(new Date(end), UTC_WEEK)).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: `date (2100-01-01T00:00:00.000Z) ${range}`,
        path: ['date'],
      }),
    );
    // An instant is read in the calendar's zone: 2026-11-13T16:30Z is Saturday 00:30 in Beijing.
    expect(isWorkday(new Date('2026-11-14T00:30:00+08:00'))).toBe(false);
    expect(isWorkday(new Date('2026-11-13T23:30:00+08:00'))).toBe(true);
  });
});
