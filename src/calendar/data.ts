// The calendar area's facts, in one place: China's statutory festivals and their days off, and the
// State Council's notices of days off and make-up working days (调休). The source guide's only word on
// the calendar is social media's “工作日早9点至晚9点” (a 工作日 is a working day of this calendar); the
// facts themselves are the State Council's, each beside its words. The logic that reads them is in
// workday-calendar.ts (notices, estimates) and names.ts (names of a run of days off).
import type { LocalizedText } from '../shared/locale.js';

/**
 * The statutory festivals of China's calendar (《全国年节及纪念日放假办法》 art. 2: 元旦、春节、清明节、
 * 劳动节、端午节、中秋节、国庆节), by the one-letter code the notices below use, in the order of the year.
 */
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

/**
 * How many days off each festival gives in a year without a published notice (2027 on), counted from
 * its first day, as 《全国年节及纪念日放假办法》 (as amended in force from 2025-01-01) art. 2 gives them:
 * “元旦,放假1天(1月1日)”; “春节,放假4天(农历除夕、正月初一至初三)”; “清明节,放假1天(农历清明当日)”;
 * “劳动节,放假2天(5月1日、2日)”; “端午节,放假1天(农历端午当日)”; “中秋节,放假1天(农历中秋当日)”;
 * “国庆节,放假3天(10月1日至3日)”. The Spring Festival's first day is 除夕.
 */
export const STATUTORY_DAYS_OFF = { y: 1, s: 4, q: 1, l: 2, d: 1, m: 1, n: 3 } as const satisfies Record<
  FestivalCode,
  number
>;

// China's days off and make-up working days (调休) from the State Council notices 2020–2026
// (../shared/data/cn-holidays.json, itself from NateScarlet/holiday-cn, MIT), compacted: one line per
// notice year; a token is [!]<festival codes><YYMMDD>[+<days>]. Without `!` it is a run of days
// off; with `!` it is a make-up working day for the named festival. Codes: y 元旦, s 春节, q 清明节,
// l 劳动节, d 端午节, m 中秋节, n 国庆节. Decoded lazily by workday-calendar.ts; a test checks every date
// against the JSON.

/** The years whose notice is published and embedded. */
export const CN_PUBLISHED_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

/** The notices, one line per year of `CN_PUBLISHED_YEARS`. */
export const CN_NOTICES = `
y200101 s200124+10 q200404+3 l200501+5 d200625+3 mn201001+8 !s200119 !s200203 !l200426 !l200509 !d200628 !mn200927 !mn201010
y210101+3 s210211+7 q210403+3 l210501+5 d210612+3 m210919+3 n211001+7 !s210207 !s210220 !l210425 !l210508 !m210918 !n210926 !n211009
y220101+3 s220131+7 q220403+3 l220430+5 d220603+3 m220910+3 n221001+7 !s220129 !s220130 !q220402 !l220424 !l220507 !n221008 !n221009
y221231+3 s230121+7 q230405 l230429+5 d230622+3 mn230929+8 !s230128 !s230129 !l230423 !l230506 !d230625 !mn231007 !mn231008
y240101 s240210+8 q240404+3 l240501+5 d240610 m240915+3 n241001+7 !s240204 !s240218 !q240407 !l240428 !l240511 !m240914 !n240929 !n241012
y250101 s250128+8 q250404+3 l250501+5 d250531+3 mn251001+8 !s250126 !s250208 !l250427 !mn250928 !mn251011
y260101+3 s260215+9 q260404+3 l260501+5 d260619+3 m260925+3 n261001+7 !y260104 !s260214 !s260228 !l260509 !n260920 !n261010
`;
