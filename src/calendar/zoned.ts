import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';
import { DAY_MS, assertInRange, dayNumber, formatDay, isRealDate, pad2 } from './civil.js';
import { assertTimeZone, instantOf, wallOf } from './zone.js';

const ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Reads a local date and time in a time zone: `'YYYY-MM-DD HH:mm'` or `'YYYY-MM-DDTHH:mm'`, with
 * optional seconds `:ss` and milliseconds `.SSS`. A time repeated when clocks go back is its earlier
 * instant; a time skipped when clocks go forward is read with the offset before the change
 * (Temporal's `'compatible'`: 02:30 in Los Angeles on 2026-03-08 is 03:30 PDT).
 *
 * @param text - the local date and time
 * @param timeZone - the IANA time zone @default `'Asia/Shanghai'`
 * @returns the instant
 * @throws {TiantianError} `'invalid_date'` for malformed text or an unreal date or time,
 * `'invalid_argument'` for an unknown time zone, `'out_of_range'` outside 1901–2099
 * @example
 * parseZonedDateTime('2026-09-30 20:00'); //=> 2026-09-30T12:00:00.000Z
 * parseZonedDateTime('2026-03-08T09:00', 'America/Los_Angeles'); //=> 2026-03-08T16:00:00.000Z
 */
export function parseZonedDateTime(text: string, timeZone: string = PLATFORM_TIME_ZONE): Date {
  assertTimeZone(timeZone, 'timeZone', 'invalid_argument');
  const match = typeof text === 'string' ? ZONED.exec(text) : null;
  if (match === null) {
    throw new TiantianError(
      'invalid_date',
      `Expected a local date and time "YYYY-MM-DD HH:mm" (or "YYYY-MM-DDTHH:mm[:ss]"), got ${describeValue(text)}`,
      { path: ['text'] },
    );
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as number[];
  const ms = Number((match[7] ?? '').padEnd(3, '0'));
  if (
    !isRealDate(year as number, month as number, day as number) ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    throw new TiantianError('invalid_date', `${describeValue(text)} is not a real date and time`, {
      path: ['text'],
    });
  }
  const wall =
    dayNumber(year as number, month as number, day as number) * DAY_MS +
    (hour as number) * 3_600_000 +
    (minute as number) * 60_000 +
    (second as number) * 1000 +
    ms;
  // Check the range on the wall time first: Intl cannot be asked about any year at all.
  assertInRange(wall, 'text');
  const at = instantOf(timeZone, wall);
  assertInRange(at, 'text');
  return new Date(at);
}

/**
 * Writes an instant as local date and time in a time zone: `'YYYY-MM-DD HH:mm'`, with `:ss` when
 * the seconds or milliseconds are not zero and `.SSS` when the milliseconds are not zero, so that
 * `parseZonedDateTime` reads it back to the same instant (except in the repeated hour when clocks
 * go back, where the later instant reads back as the earlier one).
 *
 * @param date - the instant
 * @param timeZone - the IANA time zone @default `'Asia/Shanghai'`
 * @returns the local date and time
 * @throws {TiantianError} `'invalid_date'` for an invalid `Date`, `'invalid_argument'` for an unknown
 * time zone, `'out_of_range'` outside 1901–2099
 * @example
 * formatZonedDateTime(new Date('2026-09-30T12:00:00Z')); //=> '2026-09-30 20:00'
 * formatZonedDateTime(new Date('2026-09-30T12:00:30Z'), 'UTC'); //=> '2026-09-30 12:00:30'
 */
export function formatZonedDateTime(date: Date, timeZone: string = PLATFORM_TIME_ZONE): string {
  assertTimeZone(timeZone, 'timeZone', 'invalid_argument');
  const at = assertDate(date, 'date').getTime();
  assertInRange(at, 'date');
  const wall = wallOf(timeZone, at);
  const day = Math.floor(wall / DAY_MS);
  const within = wall - day * DAY_MS;
  const hour = Math.floor(within / 3_600_000);
  const minute = Math.floor(within / 60_000) % 60;
  const second = Math.floor(within / 1000) % 60;
  const ms = within % 1000;
  let text = `${formatDay(day)} ${pad2(hour)}:${pad2(minute)}`;
  if (second !== 0 || ms !== 0) text += `:${pad2(second)}`;
  if (ms !== 0) text += `.${String(ms).padStart(3, '0')}`;
  return text;
}
