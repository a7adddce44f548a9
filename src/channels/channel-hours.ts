// The hours of each channel, apart from the rest of the catalog: the SLA clocks, case clocks and
// reports need only these, not the channels' names, steps and quotes in three languages.
import { ALWAYS_OPEN, type BusinessHours, CHINA_CALENDAR, defineBusinessHours } from '../calendar/index.js';
import { assertChannelId } from '../shared/assert.js';
import type { ChannelId } from '../shared/channel-ids.js';
import { PLATFORM_TIME_ZONE } from '../shared/time-zone.js';
import { SOCIAL_MEDIA_OPENING } from './data/contact.js';

/**
 * Social media's hours: China's working days (调休 included, holidays closed) 09:00–21:00 Beijing
 * time. Built in a `/* @__PURE__ *\/` call so that a bundle without it drops the China calendar.
 */
const SOCIAL_MEDIA_HOURS: BusinessHours = /* @__PURE__ */ (() =>
  defineBusinessHours({
    timeZone: PLATFORM_TIME_ZONE,
    calendar: CHINA_CALENDAR,
    intervals: [{ start: SOCIAL_MEDIA_OPENING.start, end: SOCIAL_MEDIA_OPENING.end }],
  }))();

/**
 * The hours of a channel, the same object as `getChannel(id).hours`: social media on China's
 * working days 09:00–21:00 Beijing time, the other three always open (the hotline is 7×24; the
 * guide states no hours for online chat and email).
 *
 * @param id - one of `CHANNEL_IDS`
 * @returns the channel's `BusinessHours`
 * @throws {TiantianError} `'unknown_channel'` for any other value
 * @example
 * channelHours('social-media') === getChannel('social-media').hours; //=> true
 * channelHours('hotline') === ALWAYS_OPEN; //=> true
 */
export function channelHours(id: ChannelId): BusinessHours {
  return assertChannelId(id) === 'social-media' ? SOCIAL_MEDIA_HOURS : ALWAYS_OPEN;
}
