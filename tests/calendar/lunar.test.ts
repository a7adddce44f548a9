import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/civil.js';
import { dragonBoatFestival, midAutumnFestival, qingming, springFestival } from '../../src/calendar/lunar.js';

// Dates of the Hong Kong Observatory's Gregorian–lunar tables (GB/T 33661-2017's algorithm).
const NEW_YEAR: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

describe('the Chinese lunar calendar and 清明', () => {
  it('春节 (正月初一) 2020–2030, including 2027 and 2030 where ICU’s new moon is a day off', () => {
    for (const [year, date] of Object.entries(NEW_YEAR))
      expect(formatDay(springFestival(Number(year)))).toBe(date);
  });

  it('端午 and 中秋 of 2027 and 2028', () => {
    expect(formatDay(dragonBoatFestival(2027))).toBe('2027-06-09');
    expect(formatDay(midAutumnFestival(2027))).toBe('2027-09-15');
    expect(formatDay(dragonBoatFestival(2028))).toBe('2028-05-28');
    expect(formatDay(midAutumnFestival(2028))).toBe('2028-10-03');
  });

  it('清明 by the solar-term formula', () => {
    const expected = [
      '2020-04-04',
      '2021-04-04',
      '2022-04-05',
      '2023-04-05',
      '2024-04-04',
      '2025-04-04',
      '2026-04-05',
      '2027-04-05',
    ];
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map((year) => formatDay(qingming(year)))).toEqual(
      expected,
    );
  });
});

describe('清明 across the turn of the century', () => {
  // The formula's constant C is 5.59 for 1901–1999 and 4.81 for 2000–2099.
  it.each([
    [1999, '1999-04-05'],
    [2000, '2000-04-04'],
    [2001, '2001-04-05'],
  ])('%i: %s', (year, date) => {
    expect(formatDay(qingming(year))).toBe(date);
  });
});
