import { assertDate } from '../shared/assert.js';
import type { LocalizedText } from '../shared/locale.js';
import type { PlatformTimeZone } from '../shared/time-zone.js';
import { CHAT_RECORD_RETENTION_MONTHS } from './data.js';
import { BEIJING, civilTime, formatCivilDate, zonedInstant } from './time.js';

/**
 * How long a chat record must be kept: at least until `keepUntil`.
 *
 * @example
 * const { keepUntil, keepUntilDate } = chatRecordRetention(new Date('2026-01-31T15:00:00+08:00'));
 */
export interface ChatRecordRetention {
  /** When the record was made. */
  readonly recordedAt: Date;
  /**
   * The end of the period: 24:00 Beijing time of `keepUntilDate` (the instant 00:00 of the next
   * day begins). The record must be kept until this instant; an exclusive end.
   */
  readonly keepUntil: Date;
  /** The period's last day (期间的最后一日), Beijing time, `YYYY-MM-DD`. */
  readonly keepUntilDate: string;
  /** The time zone the month is counted in. */
  readonly timeZone: PlatformTimeZone;
  /** Whether the end month has no corresponding day, so the period ends on its last day (01-31 → 02-28). */
  readonly clamped: boolean;
  /** The rule in words. */
  readonly rule: LocalizedText;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Until when a chat record must be kept, by the guide's evidence rule (三.5 妥善保存沟通证据:
 * “在线聊天记录需完整保存至少1个月”), with “1个月” counted as the 民法典 counts a period in months:
 * the day the record is made is not counted (art. 201); the period's last day is the corresponding
 * day of the end month, or that month's last day when it has no such day (art. 202: 2026-01-31 →
 * 2026-02-28; in a leap year 02-29); the period ends at 24:00 of that day (art. 203). Days are
 * Beijing days (Asia/Shanghai), whatever the host's zone. The result is never shorter than one
 * month: from any time on 01-15 the record is kept to the end of 02-15. (Art. 203 also moves a last
 * day that is a statutory holiday; keeping a record longer is never wrong, so that is not applied.)
 *
 * @param recordedAt - when the chat record was made
 * @returns the period's last day and its end instant
 * @throws {TiantianError} `'invalid_date'` for an invalid `recordedAt`
 * @example
 * chatRecordRetention(new Date('2026-01-31T15:00:00+08:00')).keepUntilDate; //=> '2026-02-28'
 * chatRecordRetention(new Date('2026-01-31T15:00:00+08:00')).keepUntil.toISOString(); //=> '2026-02-28T16:00:00.000Z' (24:00 Beijing)
 */
export function chatRecordRetention(recordedAt: Date): ChatRecordRetention {
  const from = assertDate(recordedAt, 'recordedAt');
  const civil = civilTime(from, BEIJING);
  const months = civil.month - 1 + CHAT_RECORD_RETENTION_MONTHS;
  const year = civil.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(civil.day, daysInMonth(year, month));
  const date = formatCivilDate({ ...civil, year, month, day });
  const midnight = { year, month, day: day + 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  return {
    recordedAt: new Date(from.getTime()),
    keepUntil: zonedInstant(midnight, BEIJING),
    keepUntilDate: date,
    timeZone: BEIJING,
    clamped: day !== civil.day,
    rule: {
      'zh-CN': `在线聊天记录需完整保存至少1个月：保存至 ${date} 24:00（北京时间）`,
      en: `Online chat records must be kept complete for at least 1 month: until the end of ${date} (24:00 Beijing time)`,
      es: `Los registros del chat deben guardarse completos al menos 1 mes: hasta el final del ${date} (24:00 hora de Pekín)`,
    },
  };
}
