import type { LocalizedText } from '../shared/locale.js';
import { FESTIVALS, type FestivalCode } from './data.js';

// The festivals are calendar facts, in ./data.ts; these names stay exported from here too.
export { FESTIVALS, type FestivalCode } from './data.js';

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
