// Locale-aware formatting of variable values. Every Intl object is created once per locale and
// reused (rendering is a hot path); dates are always read in Beijing time, whatever the host zone.
import type { Locale } from '../shared/locale.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';

/**
 * The time zone of every date and time a script shows: the platform's, Beijing time (北京时间),
 * whatever the host's zone.
 *
 * @example
 * SCRIPT_TIME_ZONE; //=> 'Asia/Shanghai'
 */
export const SCRIPT_TIME_ZONE = PLATFORM_TIME_ZONE;

interface Formatters {
  readonly number: Intl.NumberFormat;
  readonly plain: Intl.NumberFormat;
  readonly yuanWhole: Intl.NumberFormat;
  readonly yuanFen: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;
  readonly time: Intl.DateTimeFormat;
  readonly datetime: Intl.DateTimeFormat;
  readonly hours: Intl.NumberFormat;
  readonly minutes: Intl.NumberFormat;
  readonly list: Intl.ListFormat;
  readonly plural: Intl.PluralRules;
}

const cache = /* @__PURE__ */ new Map<Locale, Formatters>();

function create(locale: Locale): Formatters {
  // Chinese agents write amounts as 12.50元; en and es readers get the ¥ sign of their locale.
  const yuan = (digits: number) =>
    locale === 'zh-CN'
      ? new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'CNY',
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
  const zone = { timeZone: SCRIPT_TIME_ZONE } as const;
  return {
    number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    plain: new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }),
    yuanWhole: yuan(0),
    yuanFen: yuan(2),
    date: new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'long' }),
    time: new Intl.DateTimeFormat(locale, { ...zone, timeStyle: 'short' }),
    datetime: new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'long', timeStyle: 'short' }),
    hours: new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'hour',
      unitDisplay: 'long',
      maximumFractionDigits: 2,
    }),
    minutes: new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
      maximumFractionDigits: 2,
    }),
    list: new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
    plural: new Intl.PluralRules(locale),
  };
}

/** The formatters of one locale, created on first use. */
export function formattersFor(locale: Locale): Formatters {
  let found = cache.get(locale);
  if (found === undefined) {
    found = create(locale);
    cache.set(locale, found);
  }
  return found;
}

/** An amount in yuan: whole amounts without fen (24元, ¥24), others with two digits (12.50元). */
export function formatYuan(amount: number, locale: Locale): string {
  const f = formattersFor(locale);
  const fen = Math.round(amount * 100);
  if (fen % 100 === 0) {
    const text = f.yuanWhole.format(fen / 100);
    return locale === 'zh-CN' ? `${text}元` : text;
  }
  const text = f.yuanFen.format(fen / 100);
  return locale === 'zh-CN' ? `${text}元` : text;
}

/** A length of time given in minutes: whole hours as hours (2小时), the rest as minutes (90分钟). */
export function formatDuration(minutes: number, locale: Locale): string {
  const f = formattersFor(locale);
  return minutes >= 60 && minutes % 60 === 0 ? f.hours.format(minutes / 60) : f.minutes.format(minutes);
}

/** “within” a length of time: 2小时内 / within 2 hours / en menos de 2 horas. */
export function formatWithin(minutes: number, locale: Locale): string {
  const duration = formatDuration(minutes, locale);
  if (locale === 'zh-CN') return `${duration}内`;
  if (locale === 'en') return `within ${duration}`;
  return `en menos de ${duration}`;
}
