import { describe, expect, it } from 'vitest';
import { CaseEventJsonSchema, CaseEventSchema } from '../../src/cases/events.js';

const isoError = 'at must be an ISO 8601 date-time with an offset, such as 2026-09-30T12:30:00.000Z';

describe('CaseEventJsonSchema', () => {
  it.each([
    ['2026-11-23T14:00:00+08:00', '2026-11-23T06:00:00.000Z'],
    ['2026-11-23T06:00:00.000Z', '2026-11-23T06:00:00.000Z'],
    ['2026-11-23T06:00:00Z', '2026-11-23T06:00:00.000Z'],
    ['2026-11-23T06:00:00.5-05:30', '2026-11-23T11:30:00.500Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as the instant %s', (at, expected) => {
    const parsed = CaseEventJsonSchema.parse({ type: 'signed-for', at });
    expect(parsed.at.toISOString()).toBe(expected);
  });

  it.each([
    ['no offset', '2026-11-23T14:00:00'],
    ['a day the month does not have', '2026-02-30T00:00:00Z'],
    ['not a leap year', '2026-02-29T00:00:00Z'],
    ['hour 24', '2026-11-23T24:00:00Z'],
    ['a date only', '2026-11-23'],
    ['a space for T', '2026-11-23 14:00:00+08:00'],
    ['an offset past 23 hours', '2026-11-23T14:00:00+24:00'],
  ])('refuses %s with invalid_format at path at', (_, at) => {
    const result = CaseEventJsonSchema.safeParse({ type: 'signed-for', at });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'invalid_format', path: ['at'], message: isoError }),
    ]);
  });

  it.each([
    ['a number', 1_795_000_000_000],
    ['a Date (the in-memory form)', new Date('2026-11-23T06:00:00Z')],
    ['missing', undefined],
  ])('refuses an instant that is %s with invalid_type', (_, at) => {
    const result = CaseEventJsonSchema.safeParse({ type: 'signed-for', at });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['at'], message: isoError }),
    ]);
  });

  it('applies the event checks after reading the instant: an unknown field is refused', () => {
    const result = CaseEventJsonSchema.safeParse({ type: 'signed-for', at: '2026-11-23T06:00:00Z', x: 1 });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys' });
  });

  it.each([['text'], [null], [[1]]])('refuses %j, which is not an event', (value) => {
    expect(CaseEventJsonSchema.safeParse(value).success).toBe(false);
  });
});

describe('CaseEventSchema', () => {
  it('refuses an ISO string where a Date belongs', () => {
    const result = CaseEventSchema.safeParse({ type: 'status', at: '2026-10-01T02:00:00Z', to: 'pending' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['at'], message: 'at must be a valid Date' });
  });

  it('refuses a message from someone who is not customer, agent or bot', () => {
    const result = CaseEventSchema.safeParse({ type: 'message', at: new Date(), from: 'boss', text: 'hi' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['from'] });
  });
});
