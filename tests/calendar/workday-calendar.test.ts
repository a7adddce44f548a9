import { describe, expect, it } from 'vitest';
import {
  CHINA_CALENDAR,
  defineWorkdayCalendar,
  extendWorkdayCalendar,
  getDayInfo,
  isWorkday,
} from '../../src/calendar/index.js';
import { dayNumber, formatDay } from '../../src/calendar/civil.js';
import { chinaStatutoryDays } from '../../src/calendar/workday-calendar.js';
import { TiantianError } from '../../src/shared/errors.js';

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

  // Each make-up working day is labelled with the festival its notice lists it under, e.g. 2026:
  // “国庆节：10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班”; 2021: “国庆节：10月1日至7日
  // 放假调休，共7天。9月26日（周日）、10月9日（周六）上班” (中秋节 9月18日 is the Mid-Autumn one).
  it.each([
    ['2020-01-19', '春节'],
    ['2020-04-26', '劳动节'],
    ['2020-05-09', '劳动节'],
    ['2020-06-28', '端午节'],
    ['2020-09-27', '中秋节、国庆节'],
    ['2020-10-10', '中秋节、国庆节'],
    ['2021-02-07', '春节'],
    ['2021-02-20', '春节'],
    ['2021-04-25', '劳动节'],
    ['2021-05-08', '劳动节'],
    ['2021-09-18', '中秋节'],
    ['2021-09-26', '国庆节'],
    ['2021-10-09', '国庆节'],
    ['2022-01-29', '春节'],
    ['2022-01-30', '春节'],
    ['2022-04-02', '清明节'],
    ['2022-04-24', '劳动节'],
    ['2022-05-07', '劳动节'],
    ['2022-10-08', '国庆节'],
    ['2022-10-09', '国庆节'],
    ['2023-01-28', '春节'],
    ['2023-01-29', '春节'],
    ['2023-04-23', '劳动节'],
    ['2023-05-06', '劳动节'],
    ['2023-06-25', '端午节'],
    ['2023-10-07', '中秋节、国庆节'],
    ['2023-10-08', '中秋节、国庆节'],
    ['2024-02-04', '春节'],
    ['2024-02-18', '春节'],
    ['2024-04-07', '清明节'],
    ['2024-04-28', '劳动节'],
    ['2024-05-11', '劳动节'],
    ['2024-09-14', '中秋节'],
    ['2024-09-29', '国庆节'],
    ['2024-10-12', '国庆节'],
    ['2025-01-26', '春节'],
    ['2025-02-08', '春节'],
    ['2025-04-27', '劳动节'],
    ['2025-09-28', '中秋节、国庆节'],
    ['2025-10-11', '中秋节、国庆节'],
    ['2026-01-04', '元旦'],
    ['2026-02-14', '春节'],
    ['2026-02-28', '春节'],
    ['2026-05-09', '劳动节'],
    ['2026-09-20', '国庆节'],
    ['2026-10-10', '国庆节'],
  ])('the make-up working day %s is labelled %s, as its notice lists it', (date, label) => {
    expect(getDayInfo(date)).toMatchObject({ kind: 'makeup-workday', holiday: { 'zh-CN': label } });
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
    expect(() => isWorkday('2026-02-30')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => isWorkday('2026-2-3')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => getDayInfo('2026-13-01')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => isWorkday(new Date(Number.NaN))).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => isWorkday(42 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => isWorkday('2100-01-01')).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => isWorkday('2026-01-01', {} as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
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
    expect(() => defineWorkdayCalendar({ id: 'x', holidays: ['2026-02-30'] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineWorkdayCalendar({ id: '' })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', weekend: [7 as 0] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() =>
      defineWorkdayCalendar({ id: 'x', holidays: ['2026-05-06'], workdays: ['2026-05-06'] }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration' }));
    expect(() => defineWorkdayCalendar({ id: 'x', publishedYears: [3000] })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', base: {} as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', holidays: ['2026-02-30'] })).toThrow(
      /2026-02-30.*not a real date/,
    );
  });
});

const SHOP_DAY = { 'zh-CN': '店庆', en: 'Shop anniversary', es: 'Aniversario' };

describe('estimated lunar holidays before the embedded notices', () => {
  it('中秋 2017 (10-04) and 1998 (10-05) are the lunar 8/15 and days off', () => {
    for (const date of ['2017-10-04', '1998-10-05']) {
      expect(getDayInfo(date)).toStrictEqual({
        date,
        workday: false,
        kind: 'holiday',
        holiday: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival', es: 'Festival del Medio Otoño' },
        estimate: true,
      });
    }
    // The day before 中秋 2017 is an ordinary Tuesday.
    expect(getDayInfo('2017-10-03').holiday?.en).toBe('National Day');
    expect(getDayInfo('2017-09-05')).toStrictEqual({
      date: '2017-09-05',
      workday: true,
      kind: 'workday',
      estimate: true,
    });
  });

  it('端午 1963 (06-25, a Tuesday) and 中秋 1911 (10-06, a Friday) fall on whole days', () => {
    expect(getDayInfo('1963-06-25')).toMatchObject({ workday: false, kind: 'holiday', estimate: true });
    expect(getDayInfo('1963-06-25').holiday?.en).toBe('Dragon Boat Festival');
    expect(isWorkday('1963-06-25')).toBe(false);
    expect(getDayInfo('1911-10-06').holiday?.en).toBe('Mid-Autumn Festival');
    expect(isWorkday('1911-10-06')).toBe(false);
  });
});

describe('day kinds of listed days', () => {
  it('a listed working day is a make-up working day on a weekend or on an estimated day off, else a workday', () => {
    const cn = extendWorkdayCalendar(CHINA_CALENDAR, {
      id: 'cn-open',
      // 2027-10-01 is a Friday, an estimated day off (国庆节); 2027-03-03 a Wednesday; 2027-03-06 a Saturday.
      workdays: ['2027-10-01', '2027-03-03', '2027-03-06'],
    });
    expect(getDayInfo('2027-10-01', cn)).toStrictEqual({
      date: '2027-10-01',
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
    expect(getDayInfo('2027-03-03', cn)).toStrictEqual({
      date: '2027-03-03',
      workday: true,
      kind: 'workday',
      estimate: false,
    });
    // The base's published years stay published: an unlisted 2025 day is no estimate.
    expect(getDayInfo('2025-03-04', cn)).toStrictEqual({
      date: '2025-03-04',
      workday: true,
      kind: 'workday',
      estimate: false,
    });
    expect(getDayInfo('2027-03-06', cn)).toStrictEqual({
      date: '2027-03-06',
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
  });

  it('a listed day without a name has no `holiday` key; with one, it has', () => {
    const shop = defineWorkdayCalendar({
      id: 'shop',
      timeZone: 'UTC',
      holidays: ['2026-11-11', { date: '2026-11-12', name: SHOP_DAY }, { date: '2026-11-13' }],
      workdays: ['2026-11-14', { date: '2026-11-15', name: SHOP_DAY }],
    });
    const plain = getDayInfo('2026-11-11', shop);
    expect(plain).toStrictEqual({ date: '2026-11-11', workday: false, kind: 'holiday', estimate: false });
    expect('holiday' in plain).toBe(false);
    expect(getDayInfo('2026-11-12', shop)).toStrictEqual({
      date: '2026-11-12',
      workday: false,
      kind: 'holiday',
      holiday: SHOP_DAY,
      estimate: false,
    });
    expect('holiday' in getDayInfo('2026-11-13', shop)).toBe(false);
    expect(getDayInfo('2026-11-14', shop)).toStrictEqual({
      date: '2026-11-14',
      workday: true,
      kind: 'makeup-workday',
      estimate: false,
    });
    expect(getDayInfo('2026-11-15', shop)).toStrictEqual({
      date: '2026-11-15',
      workday: true,
      kind: 'makeup-workday',
      holiday: SHOP_DAY,
      estimate: false,
    });
  });

  it('the same date listed twice in one list is fine', () => {
    const shop = defineWorkdayCalendar({ id: 'shop', holidays: ['2026-11-11', '2026-11-11'] });
    expect(isWorkday('2026-11-11', shop)).toBe(false);
    expect(isWorkday('2026-11-10', shop)).toBe(true);
  });

  it('without base or weekend, Saturday and Sunday are off; the zone defaults to Asia/Shanghai', () => {
    const plain = defineWorkdayCalendar({ id: 'plain' });
    expect(plain).toStrictEqual({ id: 'plain', timeZone: 'Asia/Shanghai', weekend: [0, 6] });
    expect(isWorkday('2026-11-14', plain)).toBe(false);
    expect(isWorkday('2026-11-15', plain)).toBe(false);
    expect(isWorkday('2026-11-16', plain)).toBe(true);
    expect(isWorkday('2026-11-13', plain)).toBe(true);
  });

  it('weekdays 0 and 6 are the bounds of a weekend', () => {
    const sunday = defineWorkdayCalendar({ id: 'sun', weekend: [0] });
    const saturday = defineWorkdayCalendar({ id: 'sat', weekend: [6] });
    expect(isWorkday('2026-11-15', sunday)).toBe(false);
    expect(isWorkday('2026-11-14', sunday)).toBe(true);
    expect(isWorkday('2026-11-14', saturday)).toBe(false);
    expect(isWorkday('2026-11-15', saturday)).toBe(true);
  });
});

describe('rejected calendars', () => {
  it('not a calendar made by the library', () => {
    const message = 'must be a WorkdayCalendar made by defineWorkdayCalendar (or CHINA_CALENDAR), got';
    expect(() => isWorkday('2026-01-05', {} as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `calendar ${message} an object`,
        path: ['calendar'],
      }),
    );
    expect(() => getDayInfo('2026-01-05', null as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `calendar ${message} null`,
        path: ['calendar'],
      }),
    );
    expect(() => extendWorkdayCalendar(null as never, {})).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `calendar ${message} null`,
        path: ['calendar'],
      }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', base: null as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `base ${message} null`,
        path: ['base'],
      }),
    );
    expect(() => defineWorkdayCalendar({ id: 'x', base: { id: 'cn' } as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: `base ${message} an object`,
        path: ['base'],
      }),
    );
  });

  it('options and extension that are not objects', () => {
    expect(() => defineWorkdayCalendar(null as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'The options must be an object, got null',
        path: [],
      }),
    );
    expect(() => defineWorkdayCalendar('shop' as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'The options must be an object, got "shop"',
        path: [],
      }),
    );
    expect(() => extendWorkdayCalendar(CHINA_CALENDAR, null as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'The extension must be an object, got null',
        path: [],
      }),
    );
    expect(() => extendWorkdayCalendar(CHINA_CALENDAR, 'x' as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'The extension must be an object, got "x"',
        path: [],
      }),
    );
    expect(() => extendWorkdayCalendar(CHINA_CALENDAR, {})).not.toThrow();
  });

  it('an empty or blank id', () => {
    for (const [id, shown] of [
      ['', '""'],
      ['  ', '"  "'],
    ]) {
      expect(() => defineWorkdayCalendar({ id: id as string })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `id must be a non-empty string, got ${shown}`,
          path: ['id'],
        }),
      );
    }
    expect(defineWorkdayCalendar({ id: ' a ' }).id).toBe(' a ');
  });

  it('an unknown time zone', () => {
    expect(() => defineWorkdayCalendar({ id: 'x', timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'timeZone must be an IANA time zone such as "Asia/Shanghai", got "Mars/Olympus"',
        path: ['timeZone'],
      }),
    );
  });

  it('a weekend that is not an array of weekdays 0–6, or holds all seven', () => {
    expect(() => defineWorkdayCalendar({ id: 'x', weekend: 'weekend' as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'weekend must be an array of weekdays 0 (Sunday) to 6 (Saturday)',
        path: ['weekend'],
      }),
    );
    const cases: [unknown, string][] = [
      [-1, 'number -1'],
      [7, 'number 7'],
      [1.5, 'number 1.5'],
      ['1', '"1"'],
    ];
    for (const [day, shown] of cases) {
      expect(() => defineWorkdayCalendar({ id: 'x', weekend: [0, day as 0] })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `weekend[1] must be a weekday 0 (Sunday) to 6 (Saturday), got ${shown}`,
          path: ['weekend', 1],
        }),
      );
    }
    expect(defineWorkdayCalendar({ id: 'x', weekend: [6, 0, 6] }).weekend).toEqual([0, 6]);
    expect(() => defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message:
          'weekend lists all seven days: a calendar needs at least one working day a week, or there is no open time ever',
        path: ['weekend'],
      }),
    );
    expect(defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5] }).weekend).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('holidays and workdays that are not arrays of real dates', () => {
    for (const field of ['holidays', 'workdays'] as const) {
      expect(() => defineWorkdayCalendar({ id: 'x', [field]: '2026-11-11' as never })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `${field} must be an array of "YYYY-MM-DD" dates`,
          path: [field],
        }),
      );
      expect(() => defineWorkdayCalendar({ id: 'x', [field]: ['2026-11-11', '2026-02-30'] })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `${field}[1]: "2026-02-30" is not a real date`,
          path: [field, 1],
        }),
      );
      // Outside the supported years is a configuration error too, not an out_of_range one.
      expect(() => defineWorkdayCalendar({ id: 'x', [field]: ['1900-12-31'] })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `${field}[0]: "1900-12-31" is outside the supported years 1901–2099`,
          path: [field, 0],
        }),
      );
      expect(() => defineWorkdayCalendar({ id: 'x', [field]: [{ date: 20261111 }] as never })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `${field}[0] must be a civil date "YYYY-MM-DD", got number 20261111`,
          path: [field, 0],
        }),
      );
    }
  });

  it('a name that is not a text in every locale', () => {
    const bad: [unknown, string][] = [
      [null, 'null'],
      ['Shop anniversary', 'a string'],
      [{ en: 'Shop anniversary' }, 'one locale'],
      [{ 'zh-CN': '店庆', en: 'Shop anniversary', es: 3 }, 'a number'],
      [Object.assign(() => '店庆', SHOP_DAY), 'a function, even with the three texts'],
    ];
    for (const [name, why] of bad) {
      expect(
        () => defineWorkdayCalendar({ id: 'x', workdays: [{ date: '2026-11-14', name: name as never }] }),
        why,
      ).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: "workdays[0].name must be a text in every locale ({ 'zh-CN', en, es })",
          path: ['workdays', 0, 'name'],
        }),
      );
    }
  });

  it('a date listed both as a holiday and as a workday', () => {
    expect(() =>
      defineWorkdayCalendar({ id: 'x', holidays: ['2026-05-06'], workdays: ['2026-05-07', '2026-05-06'] }),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: '2026-05-06 is listed both as a holiday and as a workday; a date can only be one',
        path: ['workdays', 1],
      }),
    );
  });

  it('publishedYears that are not an array of years 1901–2099', () => {
    expect(() => defineWorkdayCalendar({ id: 'x', publishedYears: 2027 as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'publishedYears must be an array of years',
        path: ['publishedYears'],
      }),
    );
    const cases: [unknown, string][] = [
      [1900, 'number 1900'],
      [2100, 'number 2100'],
      [2027.5, 'number 2027.5'],
      ['2027', '"2027"'],
    ];
    for (const [year, shown] of cases) {
      expect(() => defineWorkdayCalendar({ id: 'x', publishedYears: [2027, year as number] })).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          message: `publishedYears[1] must be a year 1901–2099, got ${shown}`,
          path: ['publishedYears', 1],
        }),
      );
    }
    // The bounds themselves are years.
    const bounds = extendWorkdayCalendar(CHINA_CALENDAR, { publishedYears: [1901, 2099] });
    expect(getDayInfo('2099-03-04', bounds).estimate).toBe(false);
    expect(getDayInfo('1901-03-05', bounds).estimate).toBe(false);
    expect(getDayInfo('2098-03-04', bounds).estimate).toBe(true);
  });

  it('errors are TiantianErrors', () => {
    expect(() => defineWorkdayCalendar({ id: '' })).toThrow(TiantianError);
  });
});

describe('the statutory days off of a year without a notice (the rules in force since 2025)', () => {
  const named = (year: number) =>
    Object.fromEntries([...chinaStatutoryDays(year)].map(([day, name]) => [formatDay(day), name['zh-CN']]));

  it('2027: 元旦, 除夕 to 初三, 清明, 5/1–5/2, 端午, 中秋 and 10/1–10/3, each under its festival', () => {
    expect(named(2027)).toEqual({
      '2027-01-01': '元旦',
      '2027-02-05': '春节',
      '2027-02-06': '春节',
      '2027-02-07': '春节',
      '2027-02-08': '春节',
      '2027-04-05': '清明节',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午节',
      '2027-09-15': '中秋节',
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节',
    });
  });

  it('2028: 中秋 falls on 10-03, inside 国庆, and that day is named after both, 中秋节 first', () => {
    const days = named(2028);
    expect(Object.keys(days)).toHaveLength(12);
    expect([days['2028-10-01'], days['2028-10-02'], days['2028-10-03']]).toEqual([
      '国庆节',
      '国庆节',
      '中秋节、国庆节',
    ]);
    expect(chinaStatutoryDays(2028).get(dayNumber(2028, 10, 3))).toEqual({
      'zh-CN': '中秋节、国庆节',
      en: 'Mid-Autumn Festival and National Day',
      es: 'Festival del Medio Otoño y Día Nacional',
    });
  });
});
