import { describe, expect, it } from 'vitest';
import { getDayInfo } from '../../src/calendar/index.js';
import { festivalName } from '../../src/calendar/names.js';

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
