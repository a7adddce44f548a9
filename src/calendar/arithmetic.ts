import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { BusinessHours } from './business-hours.js';
import { MAX_INSTANT, MIN_INSTANT, assertInRange } from './civil.js';
import {
  type Block,
  FIRST_BLOCK,
  LAST_BLOCK,
  type Timeline,
  blockIndex,
  containing,
  countAtMost,
  countBelow,
  openBefore,
  outOfRange,
  timelineOf,
} from './timeline.js';

function instant(value: unknown, name: string): number {
  const ms = assertDate(value, name).getTime();
  assertInRange(ms, name);
  return ms;
}

function result(ms: number, what: string): Date {
  if (!(ms >= MIN_INSTANT && ms < MAX_INSTANT)) throw outOfRange(what);
  return new Date(ms);
}

/**
 * Whether business hours are open at an instant (an interval is open from its start, inclusive, to
 * its end, exclusive: at 21:00 a 09:00–21:00 desk is closed).
 *
 * @param at - the instant
 * @param hours - the business hours
 * @returns true when open
 * @throws {TiantianError} `'invalid_date'` for an invalid `Date`, `'invalid_argument'` for hours not
 * made by `defineBusinessHours`, `'out_of_range'` outside 1901–2099
 * @example
 * const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * isOpen(new Date('2025-09-26T20:30:00+08:00'), hours); //=> true
 * isOpen(new Date('2025-10-01T10:00:00+08:00'), hours); //=> false (国庆节)
 */
export function isOpen(at: Date, hours: BusinessHours): boolean {
  const timeline = timelineOf(hours);
  const t = instant(at, 'at');
  if (timeline.alwaysOpen) return true;
  return containing(timeline.block(blockIndex(t)), t) >= 0;
}

/** The first instant >= t that is open: [block index, interval index, instant]. */
function openingFrom(timeline: Timeline, t: number): [number, number] {
  let index = blockIndex(t);
  let block = timeline.block(index);
  const inside = containing(block, t);
  if (inside >= 0) return [index, inside];
  let i = countAtMost(block.starts, t);
  while (i >= block.starts.length) {
    index += 1;
    if (index > LAST_BLOCK) throw outOfRange('The next opening');
    block = timeline.block(index);
    i = 0;
  }
  return [index, i];
}

/**
 * The first instant at or after `at` when the hours are open: an equal `Date` when open now.
 *
 * @param at - the instant
 * @param hours - the business hours
 * @returns the next opening (a new `Date`)
 * @throws {TiantianError} as `isOpen`
 * @example
 * const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * nextOpening(new Date('2025-09-30T21:30:00+08:00'), hours); //=> 2025-10-09T01:00:00.000Z (09:00 Beijing, after 国庆节)
 */
export function nextOpening(at: Date, hours: BusinessHours): Date {
  const timeline = timelineOf(hours);
  const t = instant(at, 'at');
  if (timeline.alwaysOpen) return new Date(t);
  const [index, i] = openingFrom(timeline, t);
  const block = timeline.block(index);
  return result(Math.max(t, block.starts[i] as number), 'The next opening');
}

/**
 * The first instant at or after `at` when the hours close: the end of the open stretch `at` is in,
 * or of the next one when closed now.
 *
 * @param at - the instant
 * @param hours - the business hours
 * @returns the next closing (a new `Date`)
 * @throws {TiantianError} as `isOpen`; `'out_of_range'` for hours that are always open (they never close)
 * @example
 * const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * nextClosing(new Date('2025-09-26T20:30:00+08:00'), hours); //=> 2025-09-26T13:00:00.000Z (21:00 Beijing)
 */
export function nextClosing(at: Date, hours: BusinessHours): Date {
  const timeline = timelineOf(hours);
  const t = instant(at, 'at');
  if (timeline.alwaysOpen) {
    throw new TiantianError('out_of_range', 'These business hours are always open: they never close', {
      path: ['hours'],
    });
  }
  let [index, i] = openingFrom(timeline, t);
  let block = timeline.block(index);
  let end = block.ends[i] as number;
  // An open stretch cut at a block's edge goes on in the next block.
  while (end === block.end) {
    if (index + 1 > LAST_BLOCK) throw outOfRange('The next closing');
    const next = timeline.block(index + 1);
    // (An empty block has no first start: `undefined !== end`.)
    if (next.starts[0] !== end) break;
    index += 1;
    block = next;
    i = 0;
    end = block.ends[0] as number;
  }
  return result(end, 'The next closing');
}

function toMilliseconds(minutes: number): number {
  // `Number.isFinite` is false for anything but a finite number (it does not convert strings).
  if (!Number.isFinite(minutes)) {
    throw new TiantianError(
      'invalid_argument',
      `minutes must be a finite number, got ${describeValue(minutes)}`,
      {
        path: ['minutes'],
      },
    );
  }
  const ms = Math.round(minutes * 60_000);
  if (!Number.isSafeInteger(ms)) {
    throw new TiantianError('out_of_range', `minutes (${minutes}) is far beyond the supported instants`, {
      path: ['minutes'],
    });
  }
  return ms;
}

/** The earliest instant of the block where its open time reaches `target` (0 < target <= total). */
function earliest(block: Block, target: number): number {
  const i = countBelow(block.through, target);
  return (block.starts[i] as number) + target - (block.before[i] as number);
}

/** The latest instant of the block where its open time is still `target` (0 <= target < total). */
function latest(block: Block, target: number): number {
  const i = countAtMost(block.through, target);
  return (block.starts[i] as number) + target - (block.before[i] as number);
}

/**
 * Adds business minutes: the earliest instant at which `minutes` of open time have passed since
 * `start`. An amount that ends exactly at a closing time ends there (21:00), not at the next
 * opening. Exact to the millisecond: fractional minutes are rounded to the nearest millisecond.
 * `0` returns an equal `Date` (even when closed, like date-fns' `addMinutes`). A negative amount
 * goes back: the latest instant from which `-minutes` of open time lead to `start` (it may be an
 * opening time, never a closing time).
 *
 * @param start - where the count starts
 * @param minutes - the open minutes to add (negative to go back)
 * @param hours - the business hours
 * @returns the due instant (a new `Date`)
 * @throws {TiantianError} `'invalid_date'` for an invalid `Date`, `'invalid_argument'` for `NaN` or
 * `Infinity`, `'out_of_range'` when the answer falls outside 1901–2099
 * @example
 * const socialMedia = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * // Friday 2025-09-26 20:30 + 2 open hours: 30 minutes that evening, then the make-up Sunday.
 * addBusinessMinutes(new Date('2025-09-26T20:30:00+08:00'), 120, socialMedia); //=> 2025-09-28T02:30:00.000Z (10:30 Beijing)
 */
export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  const timeline = timelineOf(hours);
  const t = instant(start, 'start');
  const ms = toMilliseconds(minutes);
  if (ms === 0) return new Date(t);
  if (timeline.alwaysOpen) return result(t + ms, 'The due instant');
  let index = blockIndex(t);
  let block = timeline.block(index);
  const done = openBefore(block, t);
  if (ms > 0) {
    let left = ms;
    if (left <= block.total - done) return result(earliest(block, done + left), 'The due instant');
    left -= block.total - done;
    for (index += 1; index <= LAST_BLOCK; index += 1) {
      block = timeline.block(index);
      if (left <= block.total) return result(earliest(block, left), 'The due instant');
      left -= block.total;
    }
    throw outOfRange('The due instant');
  }
  let left = -ms;
  if (left <= done) return result(latest(block, done - left), 'The instant');
  left -= done;
  for (index -= 1; index >= FIRST_BLOCK; index -= 1) {
    block = timeline.block(index);
    if (left <= block.total) return result(latest(block, block.total - left), 'The instant');
    left -= block.total;
  }
  throw outOfRange('The instant');
}

/**
 * Business minutes between two instants: the open time from `start` to `end`, fractional where the
 * instants are (milliseconds count), negative when `end` is before `start`.
 *
 * @param start - the first instant
 * @param end - the second instant
 * @param hours - the business hours
 * @returns open minutes from `start` to `end`
 * @throws {TiantianError} `'invalid_date'` for an invalid `Date`, `'out_of_range'` outside 1901–2099
 * @example
 * const socialMedia = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
 * businessMinutesBetween(new Date('2025-09-26T20:30:00+08:00'), new Date('2025-09-28T10:30:00+08:00'), socialMedia); //=> 120
 */
export function businessMinutesBetween(start: Date, end: Date, hours: BusinessHours): number {
  const timeline = timelineOf(hours);
  const a = instant(start, 'start');
  const b = instant(end, 'end');
  if (b < a) return -openMilliseconds(timeline, b, a) / 60_000;
  return openMilliseconds(timeline, a, b) / 60_000;
}

function openMilliseconds(timeline: Timeline, a: number, b: number): number {
  if (timeline.alwaysOpen) return b - a;
  const first = blockIndex(a);
  const last = blockIndex(b);
  const from = timeline.block(first);
  if (first === last) return openBefore(from, b) - openBefore(from, a);
  let sum = from.total - openBefore(from, a);
  for (let index = first + 1; index < last; index += 1) sum += timeline.block(index).total;
  return sum + openBefore(timeline.block(last), b);
}
