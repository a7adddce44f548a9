import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, parseZonedDateTime } from '../../src/calendar/index.js';
import { isTiantianError } from '../../src/shared/errors.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isTiantianError(error) ? error.code : `not a TiantianError: ${String(error)}`;
  }
  return undefined;
}

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
    expect(codeOf(() => parseZonedDateTime('2026-02-30 10:00'))).toBe('invalid_date');
    expect(codeOf(() => parseZonedDateTime('2026-09-30 24:00'))).toBe('invalid_date');
    expect(codeOf(() => parseZonedDateTime('2026-09-30'))).toBe('invalid_date');
    expect(codeOf(() => parseZonedDateTime('tomorrow at ten'))).toBe('invalid_date');
    expect(codeOf(() => parseZonedDateTime('2026-09-30 10:00', 'Mars/Base'))).toBe('invalid_argument');
    expect(codeOf(() => parseZonedDateTime('2200-01-01 10:00'))).toBe('out_of_range');
    expect(codeOf(() => formatZonedDateTime(new Date(Number.NaN)))).toBe('invalid_date');
  });
});
