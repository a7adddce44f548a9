// Exact errors and bounds of `parseZonedDateTime` and `formatZonedDateTime` (browser-safe).
import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, parseZonedDateTime } from '../../src/calendar/index.js';
import { errorOf } from '../helpers/error-of.js';

const RANGE = 'is outside the supported instants 1901-01-01T00:00:00.000Z to 2100-01-01T00:00:00.000Z';
const MALFORMED = 'Expected a local date and time "YYYY-MM-DD HH:mm" (or "YYYY-MM-DDTHH:mm[:ss]")';

describe('parseZonedDateTime', () => {
  it('reads the last minute and second of a day, and rejects 24:00, :60 minutes and :60 seconds', () => {
    expect(parseZonedDateTime('2026-09-30 23:59:59', 'UTC')).toEqual(new Date('2026-09-30T23:59:59Z'));
    expect(parseZonedDateTime('2026-09-30 23:00')).toEqual(new Date('2026-09-30T23:00:00+08:00'));
    expect(parseZonedDateTime('2026-09-30 10:59')).toEqual(new Date('2026-09-30T10:59:00+08:00'));
    expect(parseZonedDateTime('2026-09-30 10:00:59')).toEqual(new Date('2026-09-30T10:00:59+08:00'));
    for (const text of ['2026-09-30 24:00', '2026-09-30 10:60', '2026-09-30 10:00:60', '2026-02-29 10:00']) {
      expect(errorOf(() => parseZonedDateTime(text))).toEqual({
        code: 'invalid_date',
        message: `"${text}" is not a real date and time`,
        path: ['text'],
      });
    }
  });

  it('rejects malformed text and anything but a string, even one that reads as a date', () => {
    expect(errorOf(() => parseZonedDateTime('2026-09-30'))).toEqual({
      code: 'invalid_date',
      message: `${MALFORMED}, got "2026-09-30"`,
      path: ['text'],
    });
    expect(errorOf(() => parseZonedDateTime(['2026-09-30 20:00'] as never))).toEqual({
      code: 'invalid_date',
      message: `${MALFORMED}, got an array`,
      path: ['text'],
    });
  });

  it('rejects an unknown time zone, or one that is not a string', () => {
    const expected = (got: string) => ({
      code: 'invalid_argument',
      message: `timeZone must be an IANA time zone such as "Asia/Shanghai", got ${got}`,
      path: ['timeZone'],
    });
    expect(errorOf(() => parseZonedDateTime('2026-09-30 20:00', 'Mars/Base'))).toEqual(
      expected('"Mars/Base"'),
    );
    expect(errorOf(() => parseZonedDateTime('2026-09-30 20:00', ''))).toEqual(expected('""'));
    const lookalike = { toString: () => 'UTC' };
    expect(errorOf(() => parseZonedDateTime('2026-09-30 20:00', lookalike as never))).toEqual(
      expected('an object'),
    );
  });

  it('rejects a local time outside the supported instants, or one whose instant is outside', () => {
    expect(errorOf(() => parseZonedDateTime('2100-01-01 00:00', 'UTC'))).toEqual({
      code: 'out_of_range',
      message: `text (2100-01-01T00:00:00.000Z) ${RANGE}`,
      path: ['text'],
    });
    // 20:00 on New Year's Eve 2099 in Los Angeles (PST, −08:00) is 04:00 UTC in 2100.
    expect(errorOf(() => parseZonedDateTime('2099-12-31 20:00', 'America/Los_Angeles'))).toEqual({
      code: 'out_of_range',
      message: `text (2100-01-01T04:00:00.000Z) ${RANGE}`,
      path: ['text'],
    });
    expect(parseZonedDateTime('2099-12-31 15:59:59.999', 'America/Los_Angeles')).toEqual(
      new Date('2099-12-31T23:59:59.999Z'),
    );
  });
});

describe('formatZonedDateTime', () => {
  it('rejects an unknown time zone with invalid_argument', () => {
    expect(errorOf(() => formatZonedDateTime(new Date('2026-09-30T12:00:00Z'), 'Mars/Base'))).toEqual({
      code: 'invalid_argument',
      message: 'timeZone must be an IANA time zone such as "Asia/Shanghai", got "Mars/Base"',
      path: ['timeZone'],
    });
  });

  it('rejects an invalid Date or one outside the supported instants, naming date', () => {
    expect(errorOf(() => formatZonedDateTime(new Date('nope')))).toEqual({
      code: 'invalid_date',
      message: 'date must be a valid Date, got Invalid Date',
      path: ['date'],
    });
    expect(errorOf(() => formatZonedDateTime(new Date('2100-01-01T00:00:00Z')))).toEqual({
      code: 'out_of_range',
      message: `date (2100-01-01T00:00:00.000Z) ${RANGE}`,
      path: ['date'],
    });
    expect(formatZonedDateTime(new Date('2099-12-31T23:59:59.999Z'), 'UTC')).toBe('2099-12-31 23:59:59.999');
    expect(formatZonedDateTime(new Date('1901-01-01T00:00:00Z'), 'UTC')).toBe('1901-01-01 00:00');
  });
});
