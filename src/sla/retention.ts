import { assertDate } from '../shared/assert.js';
import type { LocalizedText } from '../shared/locale.js';
import type { PlatformTimeZone } from '../shared/time-zone.js';
import { BEIJING, civilTime, formatCivilClock, formatCivilDate, zonedInstant } from './time.js';

/**
 * How long a chat record must be kept: at least until `keepUntil`.
 *
 * @example
 * const { keepUntil, keepUntilDate } = chatRecordRetention(new Date('2026-01-31T15:00:00+08:00'));
 */
export interface ChatRecordRetention {
  /** When the record was made. */
  readonly recordedAt: Date;
  /** The instant until which the record must be kept: the same Beijing wall-clock time one month later. */
  readonly keepUntil: Date;
  /** `keepUntil`'s civil date in Beijing time, `YYYY-MM-DD`. */
  readonly keepUntilDate: string;
  /** The time zone the month is counted in. */
  readonly timeZone: PlatformTimeZone;
  /** Whether the day was clamped to the end of a shorter month (01-31 → 02-28). */
  readonly clamped: boolean;
  /** The rule in words. */
  readonly rule: LocalizedText;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Until when a chat record must be kept, by the guide's evidence rule (五、妥善保存沟通证据:
 * “在线聊天记录需完整保存至少1个月”): one calendar month after it was made, counted in Beijing time
 * (Asia/Shanghai), the day clamped to the end of a shorter month (2026-01-31 → 2026-02-28; in a leap
 * year → 02-29). The answer is the same whatever the host's time zone.
 *
 * @param recordedAt - when the chat record was made
 * @returns the instant and the civil date (Beijing) until which it must be kept
 * @throws {TiantianError} `'invalid_date'` for an invalid `recordedAt`
 * @example
 * chatRecordRetention(new Date('2026-01-31T15:00:00+08:00')).keepUntilDate; //=> '2026-02-28'
 * chatRecordRetention(new Date('2026-01-31T15:00:00+08:00')).keepUntil.toISOString(); //=> '2026-02-28T07:00:00.000Z'
 */
export function chatRecordRetention(recordedAt: Date): ChatRecordRetention {
  const from = assertDate(recordedAt, 'recordedAt');
  const civil = civilTime(from, BEIJING);
  const year = civil.month === 12 ? civil.year + 1 : civil.year;
  const month = civil.month === 12 ? 1 : civil.month + 1;
  const last = daysInMonth(year, month);
  const day = Math.min(civil.day, last);
  const until = { ...civil, year, month, day };
  const date = formatCivilDate(until);
  const clock = formatCivilClock(until);
  return {
    recordedAt: new Date(from.getTime()),
    keepUntil: zonedInstant(until, BEIJING),
    keepUntilDate: date,
    timeZone: BEIJING,
    clamped: day !== civil.day,
    rule: {
      'zh-CN': `在线聊天记录需完整保存至少1个月：保存至 ${date} ${clock}（北京时间）`,
      en: `Online chat records must be kept complete for at least 1 month: until ${date} ${clock} Beijing time`,
      es: `Los registros del chat deben guardarse completos al menos 1 mes: hasta el ${date} ${clock} hora de Pekín`,
    },
  };
}
