import {
  isOpen as isOpenDuring,
  nextClosing as nextClosingOf,
  nextOpening as nextOpeningOf,
} from '../calendar/index.js';
import { assertDate, describeValue } from '../shared/assert.js';
import { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { type Channel, getChannel } from './catalog.js';

function resolveChannel(channel: ChannelId | Channel): Channel {
  if (isChannelId(channel)) return getChannel(channel);
  if (
    typeof channel === 'object' &&
    channel !== null &&
    isChannelId((channel as Channel).id) &&
    'hours' in channel
  ) {
    // One of CHANNELS, or a caller's own copy of a channel (e.g. with other hours): use its hours.
    return channel;
  }
  throw new TiantianError(
    'unknown_channel',
    `Unknown channel ${describeValue(channel)}; expected one of ${CHANNEL_IDS.join(', ')} or a Channel`,
    { path: ['channel'] },
  );
}

/**
 * Whether a channel is open (a person reads or answers) at an instant, on the channel's own
 * hours: social media on China's working days 09:00–21:00 Beijing time (holidays closed, make-up
 * working days 调休 open); the hotline always (7×24); online chat and email always, for
 * submission (the guide states no hours for them).
 *
 * Exported from the root entry as `isChannelOpen` (the calendar's `isOpen` takes hours).
 *
 * @param channel - a channel id or a `Channel`
 * @param at - the instant
 * @returns true when open at `at`
 * @throws {TiantianError} `'unknown_channel'` for an unknown channel, `'invalid_date'` for an invalid `at`
 * @example
 * isOpen('social-media', new Date('2026-09-30T20:30:00+08:00')); //=> true
 * isOpen('social-media', new Date('2026-10-01T10:00:00+08:00')); //=> false (National Day)
 * isOpen('hotline', new Date('2026-10-01T03:00:00+08:00')); //=> true
 */
export function isOpen(channel: ChannelId | Channel, at: Date): boolean {
  const { hours } = resolveChannel(channel);
  return isOpenDuring(assertDate(at, 'at'), hours);
}

/**
 * The first instant at or after `at` when the channel is open: `at` itself when it is open. For
 * social media after 21:00, on a weekend or a holiday, the next working day's 09:00 Beijing time.
 *
 * Exported from the root entry as `nextChannelOpening`.
 *
 * @param channel - a channel id or a `Channel`
 * @param at - the instant
 * @returns a new `Date`, never before `at`
 * @throws {TiantianError} `'unknown_channel'` for an unknown channel, `'invalid_date'` for an invalid `at`
 * @example
 * nextOpening('social-media', new Date('2026-09-30T22:00:00+08:00')).toISOString();
 * //=> '2026-10-08T01:00:00.000Z' (09:00 Beijing, the first working day after National Day)
 */
export function nextOpening(channel: ChannelId | Channel, at: Date): Date {
  const { hours } = resolveChannel(channel);
  return nextOpeningOf(assertDate(at, 'at'), hours);
}

/**
 * The first instant after `at` when the channel closes, or the calendar's answer for a channel
 * that never closes (see `nextClosing` of `tiantian-support/calendar`).
 *
 * @param channel - a channel id or a `Channel`
 * @param at - the instant
 * @returns the next closing instant
 * @throws {TiantianError} `'unknown_channel'` for an unknown channel, `'invalid_date'` for an invalid `at`
 * @example
 * nextChannelClosing('social-media', new Date('2026-09-30T12:00:00+08:00')).toISOString();
 * //=> '2026-09-30T13:00:00.000Z' (21:00 Beijing)
 */
export function nextChannelClosing(channel: ChannelId | Channel, at: Date): ReturnType<typeof nextClosingOf> {
  const { hours } = resolveChannel(channel);
  return nextClosingOf(assertDate(at, 'at'), hours);
}

/**
 * The same function as this entry's `isOpen`, under the name the root entry exports.
 *
 * @example
 * isChannelOpen('hotline', new Date('2026-10-01T03:00:00+08:00')); //=> true
 */
export const isChannelOpen: typeof isOpen = isOpen;

/**
 * The same function as this entry's `nextOpening`, under the name the root entry exports.
 *
 * @example
 * nextChannelOpening('hotline', new Date('2026-10-01T03:00:00+08:00')).toISOString(); //=> '2026-09-30T19:00:00.000Z'
 */
export const nextChannelOpening: typeof nextOpening = nextOpening;
