import { CHINA_CALENDAR, getDayInfo } from '../calendar/workday-calendar.js';
import { assertDate } from '../shared/assert.js';
import type { LocalizedText } from '../shared/locale.js';
import { BEIJING, civilTime, zonedInstant } from './time.js';

/**
 * The law of the 7-day no-reason return (七日无理由退货) and of how its days are counted, each
 * source beside its words.
 *
 * Checked 2026-12-02: 消费者权益保护法 art. 25 and 民法典 arts. 201 and 203 word for word against
 * LawRefBook/Laws (commit 2f4c5c2: 民法商法/消费者权益保护法(2013-10-25).md, 民法典/总则.md). The
 * 暂行办法's words are those a report of it quotes (jipiyun.cn/a/724536_25988986916062); its article
 * number could not be confirmed against a source and is not given.
 *
 * @example
 * RETURN_WINDOW_LAW.days; //=> 7
 */
export const RETURN_WINDOW_LAW = {
  days: 7,
  sources: [
    {
      source: '中华人民共和国消费者权益保护法 第二十五条',
      words:
        '经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由',
    },
    {
      source: '网络购买商品七日无理由退货暂行办法（2017年3月15日起施行）',
      words:
        '选择无理由退货的消费者应当自收到商品之日起七日内向网络商品销售者发出退货通知。七日期间自消费者签收商品的次日开始起算。',
    },
    {
      source: '中华人民共和国民法典 第二百零一条',
      words: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
    },
    {
      source: '中华人民共和国民法典 第二百零三条',
      words:
        '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
    },
  ],
} as const;

/**
 * The 7-day no-reason return window of goods signed for at `signedAt`.
 *
 * @example
 * const window: ReturnWindow = returnWindow({ signedAt: new Date('2026-11-23T14:00:00+08:00') });
 */
export interface ReturnWindow {
  /** When the goods were signed for (签收). */
  readonly signedAt: Date;
  /** The first counted day (the day after signing), `YYYY-MM-DD` in Beijing. */
  readonly firstDay: string;
  /** The 7th counted day, `YYYY-MM-DD` in Beijing. */
  readonly seventhDay: string;
  /** The last day of the window: the 7th day, or the next working day when it is a rest day. */
  readonly lastDay: string;
  /** 24:00 Beijing time of `lastDay`: the window is open while `now < endsAt`. */
  readonly endsAt: Date;
  /** Whether the end moved past rest days (weekend or holiday) after the 7th day. */
  readonly extended: boolean;
  /** True when a day involved is in a year without a published holiday notice (an estimate). */
  readonly estimate: boolean;
  readonly timeZone: 'Asia/Shanghai';
  /** How the end was found, in words. */
  readonly basis: LocalizedText;
  /** The laws it follows. */
  readonly sources: readonly string[];
}

const DAY_MS = 86_400_000;

/** A fake `Date` (`Object.create(Date.prototype)`) made an Invalid Date, so it is refused like one. */
function realDate(value: unknown): unknown {
  try {
    if (value instanceof Date) Date.prototype.getTime.call(value);
    return value;
  } catch {
    return new Date(Number.NaN);
  }
}

/**
 * The 7-day no-reason return window (七日无理由退货) per 消费者权益保护法 art. 25, 网络购买商品七日无理由退货暂行办法
 * and 民法典 art. 201–203: counting starts the day after signing (Beijing civil days), the window
 * ends at 24:00 Beijing time of its 7th day, and when that day is a rest day in China's calendar
 * (weekend or statutory holiday; make-up working days 调休 are working days) it ends at 24:00 of the
 * next working day. The same in every host time zone. Goods excluded by art. 25 (made to order,
 * fresh and perishable, downloaded, newspapers…) have no such window: that is for the caller to know.
 *
 * @param input - `{ signedAt }`: when the goods were signed for
 * @returns the window, with its end instant and its basis
 * @throws {TiantianError} `'invalid_date'` for an invalid `signedAt`
 * @example
 * returnWindow({ signedAt: new Date('2026-11-23T10:00:00+08:00') }).endsAt.toISOString(); //=> '2026-11-30T16:00:00.000Z'
 * returnWindow({ signedAt: new Date('2026-09-24T10:00:00+08:00') }).lastDay; //=> '2026-10-08' (day 7 falls in National Day)
 */
/**
 * A period of whole days counted as 民法典 art. 201 and 203 count it: from the Beijing civil day
 * after `from`, `days` days, ending at 24:00 Beijing time of the last day, moved to the next working
 * day of China's calendar when the last day is a rest day. Internal to the library (the cases area
 * times the seller's refund and 三包 with it).
 *
 * @param from - the instant the period counts from (signing, receipt of a return)
 * @param days - the number of days
 * @returns the Beijing civil day of `from`, the nominal and the actual last day, the end instant, whether it is an estimate
 * @example
 * dayPeriod(new Date('2026-09-24T10:00:00+08:00'), 7).lastDay; //=> '2026-10-08'
 */
export function dayPeriod(
  from: Date,
  days: number,
): { startDay: string; nominalLastDay: string; lastDay: string; endsAt: Date; estimate: boolean } {
  const civil = civilTime(from, BEIJING);
  const signedDay = Date.UTC(civil.year, civil.month - 1, civil.day);
  const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const nominal = signedDay + days * DAY_MS;
  let last = nominal;
  let estimate = false;
  for (;;) {
    const info = getDayInfo(dateOf(last), CHINA_CALENDAR);
    estimate ||= info.estimate;
    if (info.workday) break;
    last += DAY_MS;
  }
  const after = new Date(last + DAY_MS);
  const endsAt = zonedInstant(
    {
      year: after.getUTCFullYear(),
      month: after.getUTCMonth() + 1,
      day: after.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    BEIJING,
  );
  return {
    startDay: dateOf(signedDay),
    nominalLastDay: dateOf(nominal),
    lastDay: dateOf(last),
    endsAt,
    estimate,
  };
}

/**
 * The 7-day no-reason return window (七日无理由退货, 消费者权益保护法 art. 25): counting starts the day
 * after signing, ends at 24:00 Beijing time of the 7th day, and moves to 24:00 of the next working
 * day when that day is a rest day in China's calendar (民法典 arts. 201–203).
 *
 * @param input - `{ signedAt }`, the instant the goods were signed for
 * @returns the window, with `endsAt` and the days it was counted on
 * @throws {TiantianError} `invalid_date` for an invalid or fake `Date`
 * @example
 * returnWindow({ signedAt: new Date('2026-11-23T10:00:00+08:00') }).endsAt.toISOString(); //=> '2026-11-30T16:00:00.000Z'
 */
export function returnWindow(input: { readonly signedAt: Date }): ReturnWindow {
  const signedAt = assertDate(realDate(input?.signedAt), 'signedAt');
  const period = dayPeriod(signedAt, RETURN_WINDOW_LAW.days);
  const { lastDay, endsAt, estimate } = period;
  const seventhDay = period.nominalLastDay;
  const extended = lastDay !== seventhDay;
  const signed = period.startDay;
  const firstDay = new Date(Date.parse(`${signed}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return {
    signedAt: new Date(signedAt.getTime()),
    firstDay,
    seventhDay,
    lastDay,
    endsAt,
    extended,
    estimate,
    timeZone: BEIJING,
    basis: {
      'zh-CN': `${signed} 签收，次日起算七日，第七日为 ${seventhDay}${extended ? '（休息日，顺延至其后第一个工作日）' : ''}；无理由退货期限至 ${lastDay} 24:00（北京时间）`,
      en: `Signed for on ${signed}; 7 days counted from the next day, day 7 is ${seventhDay}${extended ? ' (a rest day, so the end moves to the next working day)' : ''}; the no-reason return window ends ${lastDay} 24:00 Beijing time`,
      es: `Recibido el ${signed}; 7 días contados desde el día siguiente, el 7.º es ${seventhDay}${extended ? ' (día de descanso: el fin pasa al siguiente día laborable)' : ''}; la devolución sin motivo vence el ${lastDay} a las 24:00, hora de Pekín`,
    },
    sources: RETURN_WINDOW_LAW.sources.map((s) => s.source),
  };
}
