import { describe, expect, it } from 'vitest';
import { dateSchema } from '../../src/shared/date-schema.js';
import { InstantSchema } from '../../src/sla/schemas.js';

describe('dateSchema', () => {
  const schema = dateSchema('Expected a valid Date');

  it('accepts a real Date as is', () => {
    const at = new Date('2026-09-30T20:30:00+08:00');
    expect(schema.safeParse(at)).toEqual({ success: true, data: at });
    expect(InstantSchema.parse(at)).toEqual(at);
  });

  it('refuses an object made with Object.create(Date.prototype) instead of throwing', () => {
    const fake = Object.create(Date.prototype) as unknown;
    const result = schema.safeParse(fake);
    expect(result.success).toBe(false);
    // “refused like one”: the same issue as an Invalid Date.
    expect(result.error?.issues).toEqual([
      {
        expected: 'date',
        code: 'invalid_type',
        received: 'Invalid Date',
        path: [],
        message: 'Expected a valid Date',
      },
    ]);
    expect(result.error?.issues).toEqual(schema.safeParse(new Date(Number.NaN)).error?.issues);
    expect(InstantSchema.safeParse(fake).success).toBe(false);
  });

  it('reports a non-Date as itself, not as an Invalid Date', () => {
    for (const bad of ['x', 5, null, undefined, {}]) {
      expect(schema.safeParse(bad).error?.issues).toEqual([
        { expected: 'date', code: 'invalid_type', path: [], message: 'Expected a valid Date' },
      ]);
    }
  });

  it('refuses an Invalid Date and a non-Date with the given message', () => {
    for (const bad of [new Date(Number.NaN), 'x', 5, null]) {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Expected a valid Date');
    }
  });
});
