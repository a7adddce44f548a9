import { describe, expect, it } from 'vitest';
import { type BusinessHours, defineBusinessHours } from '../../src/calendar/business-hours.js';
import { type Block, blockIndex, containing, timelineOf } from '../../src/calendar/timeline.js';
import { defineWorkdayCalendar } from '../../src/calendar/workday-calendar.js';

const everyDay = (id: string, timeZone: string) => defineWorkdayCalendar({ id, timeZone, weekend: [] });

// Factories, not constants: a timeline is cached per definition, and each test builds its own.
/** Every day, 22:00–06:00 in Los Angeles: the night of 2026-03-07 spans the switch to summer time. */
const laNights = () =>
  defineBusinessHours({
    calendar: everyDay('la-nights', 'America/Los_Angeles'),
    intervals: [{ start: '22:00', end: '06:00' }],
  });
/** Every day, 07:00–09:00 Beijing time (23:00–01:00 UTC, across a block's end). */
const shanghaiMornings = () =>
  defineBusinessHours({
    calendar: everyDay('shanghai-mornings', 'Asia/Shanghai'),
    intervals: [{ start: '07:00', end: '09:00' }],
  });
/** Every day, 20:00–24:00 UTC: each stretch ends at midnight, and so at the start of a block. */
const utcEvenings = () =>
  defineBusinessHours({
    calendar: everyDay('utc-evenings', 'UTC'),
    intervals: [{ start: '20:00', end: '24:00' }],
  });

function blockAt(hours: BusinessHours, at: string): Block {
  return timelineOf(hours).block(blockIndex(Date.parse(at)));
}

/** The open interval of the timeline containing `at`, as ISO instants, or null when closed. */
function intervalAt(hours: BusinessHours, at: string): { start: string; end: string } | null {
  const block = blockAt(hours, at);
  const i = containing(block, Date.parse(at));
  return i < 0
    ? null
    : {
        start: new Date(block.starts[i] as number).toISOString(),
        end: new Date(block.ends[i] as number).toISOString(),
      };
}

describe('timelineOf', () => {
  it.each([
    {
      what: 'a night shift that starts in winter time and ends in summer time (Los Angeles, 2026-03-08)',
      hours: laNights,
      // 22:00 PST is 06:00Z; 06:00 PDT is 13:00Z: the shift is one hour short.
      at: '2026-03-08T12:30:00Z',
      expected: { start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T13:00:00.000Z' },
    },
    {
      what: 'the hour after that shift closes in summer time',
      hours: laNights,
      at: '2026-03-08T13:30:00Z',
      expected: null,
    },
    {
      what: 'the morning of the day a block ends on, clipped to the block (2026-01-27 07:00 Beijing time)',
      hours: shanghaiMornings,
      at: '2026-01-26T23:30:00Z',
      expected: { start: '2026-01-26T23:00:00.000Z', end: '2026-01-27T00:00:00.000Z' },
    },
    {
      what: 'the rest of that morning, in the next block',
      hours: shanghaiMornings,
      at: '2026-01-27T00:30:00Z',
      expected: { start: '2026-01-27T00:00:00.000Z', end: '2026-01-27T01:00:00.000Z' },
    },
    {
      what: 'an evening',
      hours: utcEvenings,
      at: '2026-01-27T21:00:00Z',
      expected: { start: '2026-01-27T20:00:00.000Z', end: '2026-01-28T00:00:00.000Z' },
    },
    {
      what: 'the closed hours between two evenings',
      hours: utcEvenings,
      at: '2026-01-28T10:00:00Z',
      expected: null,
    },
  ])('finds the open interval containing an instant: $what', ({ hours, at, expected }) => {
    expect(intervalAt(hours(), at)).toEqual(expected);
  });

  it('does not keep a stretch that ends exactly where the block starts', () => {
    // Block 80 starts at 2026-01-27T00:00Z, where the evening of 2026-01-26 ends.
    const block = blockAt(utcEvenings(), '2026-01-27T00:00:00Z');
    expect({
      start: new Date(block.start).toISOString(),
      first: [block.starts[0], block.ends[0]].map((ms) => new Date(ms as number).toISOString()),
      intervals: block.starts.length,
      openHours: block.total / 3_600_000,
    }).toEqual({
      start: '2026-01-27T00:00:00.000Z',
      first: ['2026-01-27T20:00:00.000Z', '2026-01-28T00:00:00.000Z'],
      intervals: 256,
      openHours: 256 * 4,
    });
  });
});
