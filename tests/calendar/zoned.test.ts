import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, parseZonedDateTime } from '../../src/calendar/index.js';

describe('parseZonedDateTime and formatZonedDateTime', () => {
  it('read Beijing time by default', () => {
    expect(parseZonedDateTime('2026-09-30 20:00')).toEqual(new Date('2026-09-30T20:00:00+08:00'));
    expect(parseZonedDateTime('2026-09-30T20:00:15')).toEqual(new Date('2026-09-30T20:00:15+08:00'));
    expect(parseZonedDateTime('2026-09-30 20:00:15.5')).toEqual(new Date('2026-09-30T20:00:15.500+08:00'));
    expect(formatZonedDateTime(new Date('2026-09-30T12:00:00Z'))).toBe('2026-09-30 20:00');
  });

  it('write seconds and milliseconds only when not zero', () => {
    expect(formatZonedDateTime(new Date('2026-09-30T12:00:30Z'), 'UTC')).toBe('2026-09-30 12:00:30');
    expect(formatZonedDateTime(new Date('2026-09-30T12:00:00.007Z'), 'UTC')).toBe('2026-09-30 12:00:00.007');
    expect(formatZonedDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });

  it('other zones, and the clock changes of Los Angeles', () => {
    expect(parseZonedDateTime('2026-03-08T09:00', 'America/Los_Angeles')).toEqual(
      new Date('2026-03-08T09:00:00-07:00'),
    );
    // Skipped: 02:30 does not exist on 2026-03-08; read with the offset before (PST): 03:30 PDT.
    expect(parseZonedDateTime('2026-03-08 02:30', 'America/Los_Angeles')).toEqual(
      new Date('2026-03-08T03:30:00-07:00'),
    );
    // Repeated: 01:30 happens twice on 2026-11-01; the earlier (PDT) is taken.
    expect(parseZonedDateTime('2026-11-01 01:30', 'America/Los_Angeles')).toEqual(
      new Date('2026-11-01T01:30:00-07:00'),
    );
    expect(formatZonedDateTime(new Date('2026-11-01T01:30:00-08:00'), 'America/Los_Angeles')).toBe(
      '2026-11-01 01:30',
    );
  });

  it('reject malformed text, unreal dates and unknown zones with a TiantianError', () => {
    expect(() => parseZonedDateTime('2026-02-30 10:00')).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => parseZonedDateTime('2026-09-30 24:00')).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => parseZonedDateTime('2026-09-30')).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => parseZonedDateTime('tomorrow at ten')).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => parseZonedDateTime('2026-09-30 10:00', 'Mars/Base')).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => parseZonedDateTime('2200-01-01 10:00')).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
    expect(() => formatZonedDateTime(new Date(Number.NaN))).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

const RANGE = 'is outside the supported instants 1901-01-01T00:00:00.000Z to 2100-01-01T00:00:00.000Z';
const MALFORMED = 'Expected a local date and time "YYYY-MM-DD HH:mm" (or "YYYY-MM-DDTHH:mm[:ss]")';

describe('parseZonedDateTime', () => {
  it('reads the last minute and second of a day, and rejects 24:00, :60 minutes and :60 seconds', () => {
    expect(parseZonedDateTime('2026-09-30 23:59:59', 'UTC')).toEqual(new Date('2026-09-30T23:59:59Z'));
    expect(parseZonedDateTime('2026-09-30 23:00')).toEqual(new Date('2026-09-30T23:00:00+08:00'));
    expect(parseZonedDateTime('2026-09-30 10:59')).toEqual(new Date('2026-09-30T10:59:00+08:00'));
    expect(parseZonedDateTime('2026-09-30 10:00:59')).toEqual(new Date('2026-09-30T10:00:59+08:00'));
    for (const text of ['2026-09-30 24:00', '2026-09-30 10:60', '2026-09-30 10:00:60', '2026-02-29 10:00']) {
      expect(() => parseZonedDateTime(text)).toThrowError(
        expect.objectContaining({
          code: 'invalid_date',
          message: `"${text}" is not a real date and time`,
          path: ['text'],
        }),
      );
    }
  });

  it('rejects malformed text and anything but a string, even one that reads as a date', () => {
    expect(() => parseZonedDateTime('2026-09-30')).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: `${MALFORMED}, got "2026-09-30"`,
        path: ['text'],
      }),
    );
    expect(() => parseZonedDateTime(['2026-09-30 20:00'] as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: `${MALFORMED}, got an array`,
        path: ['text'],
      }),
    );
  });

  it('rejects an unknown time zone, or one that is not a string', () => {
    const expected = (got: string) => ({
      code: 'invalid_argument',
      message: `timeZone must be an IANA time zone such as "Asia/Shanghai", got ${got}`,
      path: ['timeZone'],
    });
    expect(() => parseZonedDateTime('2026-09-30 20:00', 'Mars/Base')).toThrowError(
      expect.objectContaining(expected('"Mars/Base"')),
    );
    expect(() => parseZonedDateTime('2026-09-30 20:00', '')).toThrowError(
      expect.objectContaining(expected('""')),
    );
    const lookalike = { toString: () => 'UTC' };
    expect(() => parseZonedDateTime('2026-09-30 20:00', lookalike as never)).toThrowError(
      expect.objectContaining(expected('an object')),
    );
  });

  it('rejects a local time outside the supported instants, or one whose instant is outside', () => {
    expect(() => parseZonedDateTime('2100-01-01 00:00', 'UTC')).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: `text (2100-01-01T00:00:00.000Z) ${RANGE}`,
        path: ['text'],
      }),
    );
    // 20:00 on New Year's Eve 2099 in Los Angeles (PST, −08:00) is 04:00 UTC in 2100.
    expect(() => parseZonedDateTime('2099-12-31 20:00', 'America/Los_Angeles')).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: `text (2100-01-01T04:00:00.000Z) ${RANGE}`,
        path: ['text'],
      }),
    );
    expect(parseZonedDateTime('2099-12-31 15:59:59.999', 'America/Los_Angeles')).toEqual(
      new Date('2099-12-31T23:59:59.999Z'),
    );
  });
});

describe('formatZonedDateTime', () => {
  it('rejects an unknown time zone with invalid_argument', () => {
    expect(() => formatZonedDateTime(new Date('2026-09-30T12:00:00Z'), 'Mars/Base')).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'timeZone must be an IANA time zone such as "Asia/Shanghai", got "Mars/Base"',
        path: ['timeZone'],
      }),
    );
  });

  it('rejects an invalid Date or one outside the supported instants, naming date', () => {
    expect(() => formatZonedDateTime(new Date('nope'))).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'date must be a valid Date, got Invalid Date',
        path: ['date'],
      }),
    );
    expect(() => formatZonedDateTime(new Date('2100-01-01T00:00:00Z'))).toThrowError(
      expect.objectContaining({
        code: 'out_of_range',
        message: `date (2100-01-01T00:00:00.000Z) ${RANGE}`,
        path: ['date'],
      }),
    );
    expect(formatZonedDateTime(new Date('2099-12-31T23:59:59.999Z'), 'UTC')).toBe('2099-12-31 23:59:59.999');
    expect(formatZonedDateTime(new Date('1901-01-01T00:00:00Z'), 'UTC')).toBe('1901-01-01 00:00');
  });
});

describe('parseZonedDateTime: the shape of the text', () => {
  it.each([
    'x2026-09-30 20:00',
    '2026-09-30 20:00x',
    '2026-09-30 20:00:15.5000',
    '2026-09-30 20:00.5',
    '2026-09-30 20:00:5',
    '2026-09-30 20:0',
    '2026-09-30 2:00',
    '2026-9-30 20:00',
    '2026-09-3 20:00',
    '226-09-30 20:00',
    '2026-09-30_20:00',
    '2026-09-30 20:00:15.',
    'abcd-09-30 20:00',
    '2026-ab-30 20:00',
    '2026-09-ab 20:00',
    '2026-09-30 ab:00',
    '2026-09-30 20:ab',
    '2026-09-30 20:00:ab',
    '2026-09-30 20:00:15.ab',
  ])('rejects %j as malformed', (text) => {
    expect(() => parseZonedDateTime(text, 'UTC')).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: `${MALFORMED}, got "${text}"`,
        path: ['text'],
      }),
    );
  });

  it.each([
    { text: '2026-09-30 20:00', expected: '2026-09-30T20:00:00.000Z' },
    { text: '2026-09-30T20:00:15', expected: '2026-09-30T20:00:15.000Z' },
    { text: '2026-09-30 20:00:15.5', expected: '2026-09-30T20:00:15.500Z' },
    { text: '2026-09-30 20:00:15.05', expected: '2026-09-30T20:00:15.050Z' },
    { text: '2026-09-30 20:00:15.123', expected: '2026-09-30T20:00:15.123Z' },
  ])('reads $text', ({ text, expected }) => {
    expect(parseZonedDateTime(text, 'UTC').toISOString()).toBe(expected);
  });
});
