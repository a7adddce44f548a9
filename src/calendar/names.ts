import type { LocalizedText } from '../shared/locale.js';

/** The statutory festivals of China's calendar, by the one-letter code the embedded data uses. */
export const FESTIVALS = {
  y: { 'zh-CN': '元旦', en: 'New Year’s Day', es: 'Año Nuevo' },
  s: { 'zh-CN': '春节', en: 'Spring Festival', es: 'Fiesta de la Primavera' },
  q: { 'zh-CN': '清明节', en: 'Qingming Festival', es: 'Festival de Qingming' },
  l: { 'zh-CN': '劳动节', en: 'Labour Day', es: 'Día del Trabajo' },
  d: { 'zh-CN': '端午节', en: 'Dragon Boat Festival', es: 'Festival del Bote del Dragón' },
  m: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival', es: 'Festival del Medio Otoño' },
  n: { 'zh-CN': '国庆节', en: 'National Day', es: 'Día Nacional' },
} as const satisfies Record<string, LocalizedText>;

export type FestivalCode = keyof typeof FESTIVALS;

const cache = new Map<string, LocalizedText>();

/** The name of a run of days off that holds one or more festivals (中秋节、国庆节). */
export function festivalName(codes: string): LocalizedText {
  let text = cache.get(codes);
  if (text === undefined) {
    const parts = [...codes].map((code) => FESTIVALS[code as FestivalCode]);
    const join = (locale: keyof LocalizedText, sep: string, last: string): string => {
      const words = parts.map((part) => part[locale]);
      return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(sep)}${last}${words.at(-1)}`;
    };
    text = { 'zh-CN': join('zh-CN', '、', '、'), en: join('en', ', ', ' and '), es: join('es', ', ', ' y ') };
    cache.set(codes, text);
  }
  return text;
}
