import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, isOpen } from '../../src/calendar/index.js';
import { getChannel } from '../../src/channels/catalog.js';
import { channelHours } from '../../src/channels/channel-hours.js';
import { CHANNEL_IDS } from '../../src/shared/channel-ids.js';

describe('channelHours', () => {
  it.each(CHANNEL_IDS.map((id) => [id]))('is the same object as the catalog entry of %s', (id) => {
    expect(channelHours(id)).toBe(getChannel(id).hours);
  });

  it('keeps the hotline, online chat and email always open', () => {
    expect([channelHours('hotline'), channelHours('online-chat'), channelHours('email')]).toEqual([
      ALWAYS_OPEN,
      ALWAYS_OPEN,
      ALWAYS_OPEN,
    ]);
  });

  // “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复。”
  it.each([
    ['2026-09-30T09:00:00+08:00', true],
    ['2026-09-30T21:00:00+08:00', false],
    ['2026-10-01T10:00:00+08:00', false],
    ['2026-10-10T10:00:00+08:00', true],
  ])('opens social media on China working days 09:00–21:00 (%s: %s)', (iso, open) => {
    expect(isOpen(new Date(iso), channelHours('social-media'))).toBe(open);
  });

  it.each([['fax'], [''], [undefined]])('refuses an unknown channel %j with unknown_channel', (id) => {
    expect(() => channelHours(id as never)).toThrowError(
      expect.objectContaining({ code: 'unknown_channel' }),
    );
  });
});
