// Exact answers at the edges of the workday calendar (holiday names, day kinds, the validation of
// `defineWorkdayCalendar` and `extendWorkdayCalendar`), written against the mutants the broader
// tests left alive. Each test builds what it checks itself, so it holds when run alone.
import { describe, expect, it } from 'vitest';
import {
  CHINA_CALENDAR,
  defineWorkdayCalendar,
  extendWorkdayCalendar,
  getDayInfo,
  isWorkday,
} from '../../src/calendar/index.js';
import { festivalName } from '../../src/calendar/names.js';
import { TiantianError } from '../../src/shared/errors.js';
import { errorOf } from '../helpers/error-of.js';

const SHOP_DAY = { 'zh-CN': '店庆', en: 'Shop anniversary', es: 'Aniversario' };

describe('holiday names', () => {
  it('a day of two festivals is named after both, in every locale (2025-10-01: 中秋节、国庆节)', () => {
    // 国务院办公厅关于2025年部分节假日安排的通知: “国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。”
    expect(getDayInfo('2025-10-01')).toStrictEqual({
      date: '2025-10-01',
      workday: false,
      kind: 'holiday',
      holiday: {
        'zh-CN': '中秋节、国庆节',
        en: 'Mid-Autumn Festival and National Day',
        es: 'Festival del Medio Otoño y Día Nacional',
      },
      estimate: false,
    });
    // A one-festival day: the name alone, without a separator.
    expect(getDayInfo('2025-01-01').holiday).toStrictEqual({
      'zh-CN': '元旦',
      en: 'New Year’s Day',
      es: 'Año Nuevo',
    });
    // Estimated days (a year without a notice) are named the same way: 中秋 2028 is 10-03.
    expect(getDayInfo('2028-10-03')).toStrictEqual({
      date: '2028-10-03',
      workday: false,
      kind: 'holiday',
      holiday: {
        'zh-CN': '中秋节、国庆节',
        en: 'Mid-Autumn Festival and National Day',
        es: 'Festival del Medio Otoño y Día Nacional',
      },
      estimate: true,
    });
    expect(getDayInfo('2028-10-02').holiday).toStrictEqual({
      'zh-CN': '国庆节',
      en: 'National Day',
      es: 'Día Nacional',
    });
  });

  it('three festivals or more: a list with “and” before the last', () => {
    expect(festivalName('sqd')).toStrictEqual({
      'zh-CN': '春节、清明节、端午节',
      en: 'Spring Festival, Qingming Festival and Dragon Boat Festival',
      es: 'Fiesta de la Primavera, Festival de Qingming y Festival del Bote del Dragón',
    });
    expect(festivalName('yslm')).toStrictEqual({
      'zh-CN': '元旦、春节、劳动节、中秋节',
      en: 'New Year’s Day, Spring Festival, Labour Day and Mid-Autumn Festival',
      es: 'Año Nuevo, Fiesta de la Primavera, Día del Trabajo y Festival del Medio Otoño',
    });
  });
});

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
    expect(errorOf(() => isWorkday('2026-01-05', {} as never))).toEqual({
      code: 'invalid_argument',
      message: `calendar ${message} an object`,
      path: ['calendar'],
    });
    expect(errorOf(() => getDayInfo('2026-01-05', null as never))).toEqual({
      code: 'invalid_argument',
      message: `calendar ${message} null`,
      path: ['calendar'],
    });
    expect(errorOf(() => extendWorkdayCalendar(null as never, {}))).toEqual({
      code: 'invalid_argument',
      message: `calendar ${message} null`,
      path: ['calendar'],
    });
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', base: null as never }))).toEqual({
      code: 'invalid_argument',
      message: `base ${message} null`,
      path: ['base'],
    });
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', base: { id: 'cn' } as never }))).toEqual({
      code: 'invalid_argument',
      message: `base ${message} an object`,
      path: ['base'],
    });
  });

  it('options and extension that are not objects', () => {
    expect(errorOf(() => defineWorkdayCalendar(null as never))).toEqual({
      code: 'invalid_configuration',
      message: 'The options must be an object, got null',
      path: [],
    });
    expect(errorOf(() => defineWorkdayCalendar('shop' as never))).toEqual({
      code: 'invalid_configuration',
      message: 'The options must be an object, got "shop"',
      path: [],
    });
    expect(errorOf(() => extendWorkdayCalendar(CHINA_CALENDAR, null as never))).toEqual({
      code: 'invalid_configuration',
      message: 'The extension must be an object, got null',
      path: [],
    });
    expect(errorOf(() => extendWorkdayCalendar(CHINA_CALENDAR, 'x' as never))).toEqual({
      code: 'invalid_configuration',
      message: 'The extension must be an object, got "x"',
      path: [],
    });
    expect(() => extendWorkdayCalendar(CHINA_CALENDAR, {})).not.toThrow();
  });

  it('an empty or blank id', () => {
    for (const [id, shown] of [
      ['', '""'],
      ['  ', '"  "'],
    ]) {
      expect(errorOf(() => defineWorkdayCalendar({ id: id as string }))).toEqual({
        code: 'invalid_configuration',
        message: `id must be a non-empty string, got ${shown}`,
        path: ['id'],
      });
    }
    expect(defineWorkdayCalendar({ id: ' a ' }).id).toBe(' a ');
  });

  it('an unknown time zone', () => {
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', timeZone: 'Mars/Olympus' }))).toEqual({
      code: 'invalid_configuration',
      message: 'timeZone must be an IANA time zone such as "Asia/Shanghai", got "Mars/Olympus"',
      path: ['timeZone'],
    });
  });

  it('a weekend that is not an array of weekdays 0–6, or holds all seven', () => {
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', weekend: 'weekend' as never }))).toEqual({
      code: 'invalid_configuration',
      message: 'weekend must be an array of weekdays 0 (Sunday) to 6 (Saturday)',
      path: ['weekend'],
    });
    const cases: [unknown, string][] = [
      [-1, 'number -1'],
      [7, 'number 7'],
      [1.5, 'number 1.5'],
      ['1', '"1"'],
    ];
    for (const [day, shown] of cases) {
      expect(errorOf(() => defineWorkdayCalendar({ id: 'x', weekend: [0, day as 0] }))).toEqual({
        code: 'invalid_configuration',
        message: `weekend[1] must be a weekday 0 (Sunday) to 6 (Saturday), got ${shown}`,
        path: ['weekend', 1],
      });
    }
    expect(defineWorkdayCalendar({ id: 'x', weekend: [6, 0, 6] }).weekend).toEqual([0, 6]);
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5, 6] }))).toEqual({
      code: 'invalid_configuration',
      message:
        'weekend lists all seven days: a calendar needs at least one working day a week, or there is no open time ever',
      path: ['weekend'],
    });
    expect(defineWorkdayCalendar({ id: 'x', weekend: [0, 1, 2, 3, 4, 5] }).weekend).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('holidays and workdays that are not arrays of real dates', () => {
    for (const field of ['holidays', 'workdays'] as const) {
      expect(errorOf(() => defineWorkdayCalendar({ id: 'x', [field]: '2026-11-11' as never }))).toEqual({
        code: 'invalid_configuration',
        message: `${field} must be an array of "YYYY-MM-DD" dates`,
        path: [field],
      });
      expect(
        errorOf(() => defineWorkdayCalendar({ id: 'x', [field]: ['2026-11-11', '2026-02-30'] })),
      ).toEqual({
        code: 'invalid_configuration',
        message: `${field}[1]: "2026-02-30" is not a real date`,
        path: [field, 1],
      });
      // Outside the supported years is a configuration error too, not an out_of_range one.
      expect(errorOf(() => defineWorkdayCalendar({ id: 'x', [field]: ['1900-12-31'] }))).toEqual({
        code: 'invalid_configuration',
        message: `${field}[0]: "1900-12-31" is outside the supported years 1901–2099`,
        path: [field, 0],
      });
      expect(
        errorOf(() => defineWorkdayCalendar({ id: 'x', [field]: [{ date: 20261111 }] as never })),
      ).toEqual({
        code: 'invalid_configuration',
        message: `${field}[0] must be a civil date "YYYY-MM-DD", got number 20261111`,
        path: [field, 0],
      });
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
        errorOf(() =>
          defineWorkdayCalendar({ id: 'x', workdays: [{ date: '2026-11-14', name: name as never }] }),
        ),
        why,
      ).toEqual({
        code: 'invalid_configuration',
        message: "workdays[0].name must be a text in every locale ({ 'zh-CN', en, es })",
        path: ['workdays', 0, 'name'],
      });
    }
  });

  it('a date listed both as a holiday and as a workday', () => {
    expect(
      errorOf(() =>
        defineWorkdayCalendar({ id: 'x', holidays: ['2026-05-06'], workdays: ['2026-05-07', '2026-05-06'] }),
      ),
    ).toEqual({
      code: 'invalid_configuration',
      message: '2026-05-06 is listed both as a holiday and as a workday; a date can only be one',
      path: ['workdays', 1],
    });
  });

  it('publishedYears that are not an array of years 1901–2099', () => {
    expect(errorOf(() => defineWorkdayCalendar({ id: 'x', publishedYears: 2027 as never }))).toEqual({
      code: 'invalid_configuration',
      message: 'publishedYears must be an array of years',
      path: ['publishedYears'],
    });
    const cases: [unknown, string][] = [
      [1900, 'number 1900'],
      [2100, 'number 2100'],
      [2027.5, 'number 2027.5'],
      ['2027', '"2027"'],
    ];
    for (const [year, shown] of cases) {
      expect(
        errorOf(() => defineWorkdayCalendar({ id: 'x', publishedYears: [2027, year as number] })),
      ).toEqual({
        code: 'invalid_configuration',
        message: `publishedYears[1] must be a year 1901–2099, got ${shown}`,
        path: ['publishedYears', 1],
      });
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
