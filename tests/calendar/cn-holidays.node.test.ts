// Every date of the published notices (../shared/data/cn-holidays.json) against CHINA_CALENDAR, and
// the lunar and solar-term computations (used for unpublished years) against the same notices.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHINA_CALENDAR, getDayInfo, isWorkday } from '../../src/calendar/index.js';
import { dayNumber, formatDay } from '../../src/calendar/civil.js';
import {
  dragonBoatFestival,
  lunarDate,
  midAutumnFestival,
  qingming,
  springFestival,
} from '../../src/calendar/lunar.js';
import { chinaStatutoryDays } from '../../src/calendar/workday-calendar.js';

// ../shared/data/cn-holidays.json beside the repository, looked up from each parent in turn so a
// git worktree (../wt/<name>) finds it too.
const FILE = (() => {
  let dir = resolve(import.meta.dirname, '../..');
  for (;;) {
    const candidate = resolve(dir, '../shared/data/cn-holidays.json');
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
    dir = dirname(dir);
  }
})();
const present = existsSync(FILE);
type Notices = { years: Record<string, { holidays: string[]; workdays: string[] }> };
const data: Notices = present ? JSON.parse(readFileSync(FILE, 'utf8')) : { years: {} };
const years = Object.entries(data.years);
const day = (text: string): number => {
  const [y, m, d] = text.split('-').map(Number);
  return dayNumber(y ?? 0, m ?? 0, d ?? 0);
};

describe.skipIf(!present)('CHINA_CALENDAR against cn-holidays.json', () => {
  it('holds the notices of 2020–2026', () => {
    expect(years.map(([year]) => year)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it.each(years)('every day off and make-up working day of the %s notice', (_year, notice) => {
    for (const date of notice.holidays) {
      expect({ date, workday: isWorkday(date) }).toEqual({ date, workday: false });
      const info = getDayInfo(date);
      expect(info).toMatchObject({ kind: 'holiday', estimate: false });
      expect(info.holiday?.['zh-CN']).toMatch(/元旦|春节|清明节|劳动节|端午节|中秋节|国庆节/);
    }
    for (const date of notice.workdays) {
      expect({ date, workday: isWorkday(date) }).toEqual({ date, workday: true });
      // A listed working day that falls on a weekend is a make-up working day (调休上班).
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      const kind = weekday === 0 || weekday === 6 ? 'makeup-workday' : 'workday';
      expect(getDayInfo(date)).toMatchObject({ date, kind, estimate: false });
    }
  });

  it('every other day of 2020–2026 is Monday to Friday', () => {
    const listed = new Set(years.flatMap(([, notice]) => [...notice.holidays, ...notice.workdays]));
    let checked = 0;
    for (let d = dayNumber(2020, 1, 1); d <= dayNumber(2026, 12, 31); d += 1) {
      const date = formatDay(d);
      if (listed.has(date)) continue;
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      expect({ date, workday: isWorkday(date, CHINA_CALENDAR) }).toEqual({
        date,
        workday: weekday !== 0 && weekday !== 6,
      });
      checked += 1;
    }
    expect(checked).toBe(dayNumber(2026, 12, 31) - dayNumber(2020, 1, 1) + 1 - listed.size);
  });
});

describe.skipIf(!present)('lunar festivals and 清明 against the published notices', () => {
  it.each(years)('%s: each festival falls in a run of days off', (yearText, notice) => {
    const year = Number(yearText);
    const off = new Set(notice.holidays.map(day));
    const festivals = {
      元旦: dayNumber(year, 1, 1),
      春节: springFestival(year),
      清明: qingming(year),
      劳动节: dayNumber(year, 5, 1),
      端午: dragonBoatFestival(year),
      中秋: midAutumnFestival(year),
      国庆: dayNumber(year, 10, 1),
    };
    for (const [name, d] of Object.entries(festivals)) {
      expect({ name, date: formatDay(d), off: off.has(d) }).toEqual({ name, date: formatDay(d), off: true });
    }
    // 初一 to 初三 are always off.
    for (let d = festivals.春节; d < festivals.春节 + 3; d += 1) expect(off.has(d)).toBe(true);
  });

  it('除夕 (the last day of the 12th lunar month, the 29th or the 30th) is off since 2025', () => {
    const eves: [number, string, number][] = [
      [2023, '2023-01-21', 30],
      [2024, '2024-02-09', 30],
      [2025, '2025-01-28', 29],
      [2026, '2026-02-16', 29],
    ];
    for (const [year, date, lunarDay] of eves) {
      const eve = springFestival(year) - 1;
      expect(formatDay(eve)).toBe(date);
      expect(lunarDate(eve)).toEqual([12, lunarDay, false]);
      expect(lunarDate(eve + 1)).toEqual([1, 1, false]);
    }
    // 2024's notice still left 除夕 a working day; 2025's and 2026's give it off.
    expect(data.years['2024']?.holidays).not.toContain('2024-02-09');
    expect(data.years['2025']?.holidays).toContain('2025-01-28');
    expect(data.years['2026']?.holidays).toContain('2026-02-16');
  });

  it('the estimate rules (in force since 2025) are a subset of the 2025 and 2026 notices', () => {
    for (const year of [2025, 2026]) {
      const off = new Set(data.years[String(year)]?.holidays.map(day));
      const estimated = [...chinaStatutoryDays(year).keys()];
      expect(estimated).toHaveLength(13);
      for (const d of estimated)
        expect({ date: formatDay(d), off: off.has(d) }).toEqual({ date: formatDay(d), off: true });
    }
  });
});

// The make-up working days (调休上班) of each State Council notice, under the festival the notice
// names them for (its own words, abridged). Written from the notices, not from the embedded data:
// 2026-09-20 sits between 中秋节 (09-25) and 国庆节 but the notice gives it to 国庆节.
const NOTICE_MAKEUP_DAYS: Record<
  string,
  readonly (readonly [festivals: string, dates: readonly string[]])[]
> = {
  // 国办发明电〔2019〕16号; 春节 extended to 02-02 by 国办发明电〔2020〕1号, work resumes 02-03.
  '2020': [
    ['春节', ['2020-01-19', '2020-02-03']],
    ['劳动节', ['2020-04-26', '2020-05-09']],
    ['端午节', ['2020-06-28']],
    ['国庆节、中秋节', ['2020-09-27', '2020-10-10']],
  ],
  // 国办发明电〔2020〕27号
  '2021': [
    ['春节', ['2021-02-07', '2021-02-20']],
    ['劳动节', ['2021-04-25', '2021-05-08']],
    ['中秋节', ['2021-09-18']],
    ['国庆节', ['2021-09-26', '2021-10-09']],
  ],
  // 国办发明电〔2021〕11号
  '2022': [
    ['春节', ['2022-01-29', '2022-01-30']],
    ['清明节', ['2022-04-02']],
    ['劳动节', ['2022-04-24', '2022-05-07']],
    ['国庆节', ['2022-10-08', '2022-10-09']],
  ],
  // 国办发明电〔2022〕16号
  '2023': [
    ['春节', ['2023-01-28', '2023-01-29']],
    ['劳动节', ['2023-04-23', '2023-05-06']],
    ['端午节', ['2023-06-25']],
    ['中秋节、国庆节', ['2023-10-07', '2023-10-08']],
  ],
  // 国办发明电〔2023〕7号
  '2024': [
    ['春节', ['2024-02-04', '2024-02-18']],
    ['清明节', ['2024-04-07']],
    ['劳动节', ['2024-04-28', '2024-05-11']],
    ['中秋节', ['2024-09-14']],
    ['国庆节', ['2024-09-29', '2024-10-12']],
  ],
  // 国办发明电〔2024〕12号
  '2025': [
    ['春节', ['2025-01-26', '2025-02-08']],
    ['劳动节', ['2025-04-27']],
    ['国庆节、中秋节', ['2025-09-28', '2025-10-11']],
  ],
  // 国办发明电〔2025〕7号: "国庆节：10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班"
  '2026': [
    ['元旦', ['2026-01-04']],
    ['春节', ['2026-02-14', '2026-02-28']],
    ['劳动节', ['2026-05-09']],
    ['国庆节', ['2026-09-20', '2026-10-10']],
  ],
};

describe.skipIf(!present)("the 调休 labels against each year's notice", () => {
  const festivalsOf = (label: string | undefined) => (label ?? '').split('、').sort();

  it.each(years)(
    '%s: every make-up working day is labelled with the festival its notice names',
    (year, notice) => {
      const expected = new Map(
        (NOTICE_MAKEUP_DAYS[year] ?? []).flatMap(([festivals, dates]) =>
          dates.map((date) => [date, festivals] as const),
        ),
      );
      // The table and the data name the same days: none walked twice, none left out.
      expect([...expected.keys()].sort()).toEqual([...notice.workdays].sort());
      for (const date of notice.workdays) {
        const label = getDayInfo(date).holiday?.['zh-CN'];
        expect({ date, festivals: festivalsOf(label) }).toEqual({
          date,
          festivals: festivalsOf(expected.get(date)),
        });
      }
    },
  );

  it('2026-09-20 is a make-up day for 国庆节, not for 中秋节 five days later', () => {
    expect(getDayInfo('2026-09-20')).toMatchObject({
      kind: 'makeup-workday',
      workday: true,
      estimate: false,
      holiday: { 'zh-CN': '国庆节', en: 'National Day' },
    });
  });
});
