import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, getChannel } from '../../src/channels/catalog.js';
import { isChannelOpen, isOpen, nextChannelOpening, nextOpening } from '../../src/channels/hours.js';
import { CHANNEL_IDS, type ChannelId } from '../../src/shared/channel-ids.js';
import { nextChannelClosing } from '../../src/channels/index.js';

const at = (iso: string) => new Date(iso);

describe('social media hours', () => {
  // “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复。”
  it.each([
    ['2026-09-30T09:00:00+08:00', true, 'a Wednesday at 09:00'],
    ['2026-09-30T08:59:59.999+08:00', false, 'a millisecond before 09:00'],
    ['2026-09-30T20:59:59.999+08:00', true, 'just before 21:00'],
    ['2026-09-30T21:00:00+08:00', false, 'at 21:00'],
    ['2026-09-30T03:00:00+08:00', false, 'at night'],
    ['2026-10-03T10:00:00+08:00', false, 'a Saturday in the National Day holiday'],
    ['2026-10-01T10:00:00+08:00', false, 'National Day, a Thursday'],
    ['2026-09-25T10:00:00+08:00', false, 'Mid-Autumn Festival, a Friday'],
    ['2026-10-08T10:00:00+08:00', true, 'the Thursday after the holiday'],
    ['2026-10-10T10:00:00+08:00', true, 'a make-up working day (调休), a Saturday'],
    ['2026-09-20T10:00:00+08:00', true, 'a make-up working day (调休), a Sunday'],
    ['2026-09-19T10:00:00+08:00', false, 'an ordinary Saturday'],
  ])('%s is %s (%s)', (iso, open) => {
    expect(isOpen('social-media', at(iso))).toBe(open);
    expect(isOpen(getChannel('social-media'), at(iso))).toBe(open);
  });

  it('next opens at 09:00 Beijing on the next working day', () => {
    expect(nextOpening('social-media', at('2026-09-30T22:00:00+08:00'))).toEqual(
      at('2026-10-08T09:00:00+08:00'),
    );
    expect(nextOpening('social-media', at('2026-09-19T23:00:00+08:00'))).toEqual(
      at('2026-09-20T09:00:00+08:00'),
    );
    expect(nextOpening('social-media', at('2026-09-30T07:00:00+08:00'))).toEqual(
      at('2026-09-30T09:00:00+08:00'),
    );
  });

  it('returns the instant itself when open, as a Date', () => {
    const open = at('2026-09-30T12:34:56.789+08:00');
    expect(nextOpening('social-media', open).getTime()).toBe(open.getTime());
  });
});

describe('always-open channels', () => {
  it('the hotline is open at any hour, holidays included', () => {
    // “该热线提供7×24小时全天候服务”
    for (const iso of [
      '2026-10-01T03:00:00+08:00',
      '2026-02-17T00:00:00+08:00',
      '2026-09-19T23:59:59.999+08:00',
    ]) {
      expect(isOpen('hotline', at(iso))).toBe(true);
      expect(nextOpening('hotline', at(iso)).getTime()).toBe(at(iso).getTime());
    }
  });
  it('online chat and email accept messages at any hour (the guide states no hours)', () => {
    for (const id of ['online-chat', 'email'] as const) {
      expect(getChannel(id).hoursStatedByGuide).toBe(false);
      expect(isOpen(id, at('2026-10-01T03:00:00+08:00'))).toBe(true);
    }
  });
});

describe('aliases', () => {
  it('isChannelOpen and nextChannelOpening are the same functions', () => {
    expect(isChannelOpen).toBe(isOpen);
    expect(nextChannelOpening).toBe(nextOpening);
  });
});

describe('bad input', () => {
  it.each(['fax', undefined, null, 7, {}])('unknown channel %j → unknown_channel', (channel) => {
    expect(() => isOpen(channel as never, new Date())).toThrowError(
      expect.objectContaining({
        code: 'unknown_channel',
        message: expect.stringMatching(/expected one of online-chat/),
      }),
    );
    expect(() => nextOpening(channel as never, new Date())).toThrowError(
      expect.objectContaining({
        code: 'unknown_channel',
        message: expect.stringMatching(/expected one of online-chat/),
      }),
    );
  });
  it.each([new Date('nope'), undefined, '2026-10-01', 1_790_000_000_000])(
    'invalid at %j → invalid_date',
    (value) => {
      for (const id of CHANNEL_IDS) {
        expect(() => isOpen(id, value as never)).toThrowError(
          expect.objectContaining({
            code: 'invalid_date',
            message: expect.stringMatching(/at must be a valid Date/),
          }),
        );
        expect(() => nextOpening(id, value as never)).toThrowError(
          expect.objectContaining({
            code: 'invalid_date',
            message: expect.stringMatching(/at must be a valid Date/),
          }),
        );
      }
    },
  );
});

describe('properties, 2020–2026, in any host time zone', () => {
  const instant = fc.date({
    min: new Date('2020-01-01T00:00:00+08:00'),
    max: new Date('2026-12-31T23:59:59.999+08:00'),
    noInvalidDate: true,
  });
  for (const channel of CHANNELS) {
    it(`${channel.id}: nextOpening(c, t) >= t and is open`, () => {
      fc.assert(
        fc.property(instant, (t) => {
          const next = nextOpening(channel.id, t);
          expect(next.getTime()).toBeGreaterThanOrEqual(t.getTime());
          expect(isOpen(channel.id, next)).toBe(true);
          if (isOpen(channel.id, t)) expect(next.getTime()).toBe(t.getTime());
        }),
        { numRuns: 150 },
      );
    });
  }

  it('social media: closed outside 09:00–21:00 Beijing, and within them open all day or not at all', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(instant, (t) => {
        const parts = Object.fromEntries(shanghai.formatToParts(t).map((p) => [p.type, p.value]));
        const hour = Number(parts.hour);
        const opening = new Date(`${parts.year}-${parts.month}-${parts.day}T09:00:00+08:00`);
        // Outside 09:00–21:00 closed; within them, as open as at 09:00 of the same day.
        const expected = hour < 9 || hour >= 21 ? false : isOpen('social-media', opening);
        expect(isOpen('social-media', t)).toBe(expected);
      }),
    );
  });
});

describe('channel hours: resolving the channel', () => {
  // 2026-09-30 is a Wednesday, a working day; social media: 09:00–21:00 Beijing time.
  const noon = new Date('2026-09-30T12:00:00+08:00');

  it('a caller’s own copy of a channel is accepted and its hours used', () => {
    const copy = { ...getChannel('social-media') };
    expect(isOpen(copy, noon)).toBe(true);
    expect(isOpen(copy, new Date('2026-09-30T22:00:00+08:00'))).toBe(false);
    expect(nextChannelClosing(copy, noon)).toEqual(new Date('2026-09-30T21:00:00+08:00'));
  });

  it('nextChannelClosing gives 21:00 Beijing for social media on a working day', () => {
    expect(nextChannelClosing('social-media', noon)).toEqual(new Date('2026-09-30T21:00:00+08:00'));
  });

  it('nextChannelClosing refuses an invalid Date with path at', () => {
    expect(() => nextChannelClosing('social-media', new Date(Number.NaN))).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        path: ['at'],
        message: 'at must be a valid Date, got Invalid Date',
      }),
    );
  });

  it('an object that is not a channel is an unknown channel with path channel', () => {
    for (const bad of [{ id: 'fax', hours: {} }, { id: 'email' }, null, undefined, 'fax', 5]) {
      expect(() => isOpen(bad as unknown as ChannelId, noon)).toThrowError(
        expect.objectContaining({
          code: 'unknown_channel',
          path: ['channel'],
          message: expect.stringContaining(
            'expected one of online-chat, hotline, email, social-media or a Channel',
          ),
        }),
      );
    }
    expect(() => nextChannelClosing({ id: 'email' } as unknown as ChannelId, noon)).toThrowError(
      expect.objectContaining({ code: 'unknown_channel' }),
    );
  });

  it('getChannel refuses an unknown id with path id', () => {
    expect(() => getChannel('fax' as ChannelId)).toThrowError(
      expect.objectContaining({
        code: 'unknown_channel',
        path: ['id'],
        message: expect.stringContaining('Unknown channel "fax"'),
      }),
    );
  });
});
