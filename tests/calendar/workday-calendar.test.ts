import { describe, expect, it } from 'vitest';
import {
  CHINA_CALENDAR,
  defineWorkdayCalendar,
  extendWorkdayCalendar,
  getDayInfo,
  isWorkday,
} from '../../src/calendar/index.js';
import { isTiantianError } from '../../src/shared/errors.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isTiantianError(error) ? error.code : `not a TiantianError: ${String(error)}`;
  }
  return undefined;
}

describe('CHINA_CALENDAR', () => {
  it('is in Asia/Shanghai with Saturday and Sunday off, and is the default', () => {
    expect(CHINA_CALENDAR).toMatchObject({ id: 'cn', timeZone: 'Asia/Shanghai', weekend: [0, 6] });
    expect(isWorkday('2025-10-01')).toBe(isWorkday('2025-10-01', CHINA_CALENDAR));
  });

  it('Spring Festival 2025: 除夕 01-28 to 02-04 off, Sunday 01-26 and Saturday 02-08 make-up working days', () => {
    for (const date of ['2025-01-28', '2025-01-29', '2025-02-03', '2025-02-04']) {
      expect(getDayInfo(date)).toMatchObject({
        workday: false,
        kind: 'holiday',
        holiday: { 'zh-CN': '春节' },
      });
    }
    expect(getDayInfo('2025-01-26')).toMatchObject({
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
    expect(getDayInfo('2025-02-08')).toMatchObject({ workday: true, kind: 'makeup-workday' });
    expect(getDayInfo('2025-01-27')).toMatchObject({ workday: true, kind: 'workday' });
    expect(getDayInfo('2025-02-05')).toMatchObject({ workday: true, kind: 'workday' });
    expect(getDayInfo('2025-02-09')).toMatchObject({ workday: false, kind: 'weekend' });
  });

  it('Spring Festival 2026: 02-15 to 02-23 off, Saturdays 02-14 and 02-28 make-up working days', () => {
    expect(isWorkday('2026-02-13')).toBe(true);
    expect(getDayInfo('2026-02-14')).toMatchObject({
      workday: true,
      kind: 'makeup-workday',
      holiday: { en: 'Spring Festival' },
    });
    for (let day = 15; day <= 23; day += 1) expect(isWorkday(`2026-02-${day}`)).toBe(false);
    expect(isWorkday('2026-02-24')).toBe(true);
    expect(getDayInfo('2026-02-28')).toMatchObject({ workday: true, kind: 'makeup-workday' });
  });

  it('National Day 2025: 10-01 to 10-08 off (with 中秋节), Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(getDayInfo('2025-10-01').holiday).toEqual({
      'zh-CN': '中秋节、国庆节',
      en: 'Mid-Autumn Festival and National Day',
      es: 'Festival del Medio Otoño y Día Nacional',
    });
    expect(isWorkday('2025-09-26')).toBe(true);
    expect(isWorkday('2025-09-27')).toBe(false);
    expect(getDayInfo('2025-09-28')).toMatchObject({ workday: true, kind: 'makeup-workday' });
    expect(isWorkday('2025-10-08')).toBe(false);
    expect(isWorkday('2025-10-09')).toBe(true);
    expect(getDayInfo('2025-10-11').kind).toBe('makeup-workday');
  });

  it('2022-12-31 (under the 2023 notice) is 元旦', () => {
    expect(getDayInfo('2022-12-31')).toMatchObject({
      workday: false,
      kind: 'holiday',
      holiday: { 'zh-CN': '元旦' },
    });
  });

  it('an instant is read in Beijing, whatever the host zone', () => {
    // 2025-09-27 23:30 UTC is Sunday 2025-09-28 07:30 in Beijing (a make-up working day).
    expect(isWorkday(new Date('2025-09-27T23:30:00Z'))).toBe(true);
    expect(getDayInfo(new Date('2025-09-27T15:59:59Z')).date).toBe('2025-09-27');
    expect(getDayInfo(new Date('2025-09-27T16:00:00Z')).date).toBe('2025-09-28');
  });

  it('2027 has no notice: statutory days off are counted and marked as estimates, no 调休 is guessed', () => {
    // 春节 2027: 初一 is 2027-02-06, so 除夕 02-05 to 初三 02-08.
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(getDayInfo(date)).toMatchObject({
        workday: false,
        kind: 'holiday',
        holiday: { 'zh-CN': '春节' },
        estimate: true,
      });
    }
    expect(getDayInfo('2027-02-04')).toMatchObject({ workday: true, kind: 'workday', estimate: true });
    expect(getDayInfo('2027-02-09')).toMatchObject({ workday: true, estimate: true });
    // 国庆 2027: 10-01 (Friday) to 10-03; Monday 10-04 is an ordinary working day in the estimate.
    for (const date of ['2027-10-01', '2027-10-02', '2027-10-03']) {
      expect(getDayInfo(date)).toMatchObject({
        workday: false,
        kind: 'holiday',
        holiday: { 'zh-CN': '国庆节' },
        estimate: true,
      });
    }
    expect(getDayInfo('2027-10-04')).toMatchObject({ workday: true, kind: 'workday', estimate: true });
    // The other statutory days: 元旦, 清明 (04-05), 劳动节 05-01/02, 端午 (06-09), 中秋 (09-15).
    for (const date of ['2027-01-01', '2027-04-05', '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15']) {
      expect(getDayInfo(date)).toMatchObject({ workday: false, kind: 'holiday', estimate: true });
    }
    expect(getDayInfo('2027-03-06')).toMatchObject({ workday: false, kind: 'weekend', estimate: true });
  });

  it('published years are not estimates', () => {
    expect(getDayInfo('2026-03-03').estimate).toBe(false);
    expect(getDayInfo('2019-10-01').estimate).toBe(true);
  });

  it('rejects malformed and unreal civil dates', () => {
    expect(codeOf(() => isWorkday('2026-02-30'))).toBe('invalid_date');
    expect(codeOf(() => isWorkday('2026-2-3'))).toBe('invalid_date');
    expect(codeOf(() => getDayInfo('2026-13-01'))).toBe('invalid_date');
    expect(codeOf(() => isWorkday(new Date(Number.NaN)))).toBe('invalid_date');
    expect(codeOf(() => isWorkday(42 as unknown as string))).toBe('invalid_date');
    expect(codeOf(() => isWorkday('2100-01-01'))).toBe('out_of_range');
    expect(codeOf(() => isWorkday('2026-01-01', {} as never))).toBe('invalid_argument');
  });
});

describe('custom calendars', () => {
  it('a shop on top of China: its own day off, China’s days still count', () => {
    const shop = defineWorkdayCalendar({
      id: 'shop',
      base: CHINA_CALENDAR,
      holidays: [
        { date: '2026-11-11', name: { 'zh-CN': '店庆', en: 'Shop anniversary', es: 'Aniversario' } },
      ],
    });
    expect(shop).toMatchObject({ id: 'shop', timeZone: 'Asia/Shanghai' });
    expect(getDayInfo('2026-11-11', shop)).toMatchObject({
      workday: false,
      kind: 'holiday',
      holiday: { en: 'Shop anniversary' },
    });
    expect(isWorkday('2026-11-11')).toBe(true);
    expect(isWorkday('2025-09-28', shop)).toBe(true);
    expect(getDayInfo('2027-10-01', shop).estimate).toBe(true);
  });

  it('another country: its own zone, weekend and days', () => {
    const gulf = defineWorkdayCalendar({
      id: 'ae',
      timeZone: 'Asia/Dubai',
      weekend: [6, 0],
      holidays: ['2026-12-02'],
      workdays: ['2026-12-05'],
    });
    expect(gulf.weekend).toEqual([0, 6]);
    expect(isWorkday('2026-12-02', gulf)).toBe(false);
    expect(getDayInfo('2026-12-05', gulf)).toMatchObject({
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
    // Plain calendars never estimate, and know nothing of China's holidays.
    expect(getDayInfo('2027-10-01', gulf)).toMatchObject({ workday: true, estimate: false });
    // 2026-12-01 20:30 UTC is 2026-12-02 00:30 in Dubai.
    expect(isWorkday(new Date('2026-12-01T20:30:00Z'), gulf)).toBe(false);
    const fridays = defineWorkdayCalendar({ id: 'fri-sat', timeZone: 'Asia/Riyadh', weekend: [5, 6] });
    expect(isWorkday('2026-11-27', fridays)).toBe(false);
    expect(isWorkday('2026-11-29', fridays)).toBe(true);
  });

  it('adding a newly published year (2027) without a new release', () => {
    const withNotice = extendWorkdayCalendar(CHINA_CALENDAR, {
      holidays: [
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
      ],
      workdays: ['2027-02-20'],
      publishedYears: [2027],
    });
    expect(withNotice.id).toBe('cn');
    expect(getDayInfo('2027-02-11', withNotice)).toMatchObject({
      workday: false,
      kind: 'holiday',
      estimate: false,
    });
    expect(getDayInfo('2027-02-20', withNotice)).toMatchObject({
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
    // 2027 is published now: an unlisted day is no longer an estimate.
    expect(getDayInfo('2027-03-03', withNotice)).toMatchObject({ workday: true, estimate: false });
    // CHINA_CALENDAR itself is unchanged.
    expect(getDayInfo('2027-02-11')).toMatchObject({ workday: true, estimate: true });
  });

  it('a listed working day beats the base’s day off', () => {
    const open = extendWorkdayCalendar(CHINA_CALENDAR, {
      id: 'open-on-national-day',
      workdays: ['2025-10-02'],
    });
    expect(open.id).toBe('open-on-national-day');
    expect(getDayInfo('2025-10-02', open)).toMatchObject({ workday: true, kind: 'workday' });
  });

  it('validates its configuration', () => {
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', holidays: ['2026-02-30'] }))).toBe(
      'invalid_configuration',
    );
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', timeZone: 'Mars/Olympus' }))).toBe(
      'invalid_configuration',
    );
    expect(codeOf(() => defineWorkdayCalendar({ id: '' }))).toBe('invalid_configuration');
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', weekend: [7 as 0] }))).toBe('invalid_configuration');
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5, 6] }))).toBe(
      'invalid_configuration',
    );
    expect(
      codeOf(() => defineWorkdayCalendar({ id: 'x', holidays: ['2026-05-06'], workdays: ['2026-05-06'] })),
    ).toBe('invalid_configuration');
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', publishedYears: [3000] }))).toBe(
      'invalid_configuration',
    );
    expect(codeOf(() => defineWorkdayCalendar({ id: 'x', base: {} as never }))).toBe('invalid_argument');
    expect(() => defineWorkdayCalendar({ id: 'x', holidays: ['2026-02-30'] })).toThrow(
      /2026-02-30.*not a real date/,
    );
  });
});
