// The end of the 7-day no-reason return window (七日无理由退货), written against the contract of
// `returnWindow({ signedAt }) → { endsAt }` in tiantian-support/sla (消费者权益保护法 art. 25, 民法典
// art. 201–203): counting starts the day after signing; the period ends at 24:00 Beijing time of its
// 7th day, moved to 24:00 of the next working day when that day is a rest day. To be replaced by
// the sla area's `returnWindow` once it lands on this branch.
import { isWorkday, parseZonedDateTime } from '../calendar/index.js';
import { offsetAt } from '../calendar/zone.js';

const DAY = 86_400_000;
const BEIJING = 'Asia/Shanghai';

/** The instant the return window of goods signed for at `signedAt` closes. */
export function returnWindowEnd(signedAt: Date): Date {
  const at = signedAt.getTime();
  const signedDay = Math.floor((at + offsetAt(BEIJING, at)) / DAY);
  let last = signedDay + 7;
  const civil = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
  while (!isWorkday(civil(last))) last += 1;
  return parseZonedDateTime(`${civil(last + 1)} 00:00`, BEIJING);
}
