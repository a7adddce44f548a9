import { describe, expect, it } from 'vitest';

describe('the host time zone of this run', () => {
  it('is the one the project names, seen by Date too', () => {
    // 2026-01-15T12:00:00Z: +8 in Shanghai, 0 in UTC, -8 in Los Angeles (standard time).
    const offsets: Record<string, number> = { 'Asia/Shanghai': -480, UTC: 0, 'America/Los_Angeles': 480 };
    const expected = offsets[process.env.TZ ?? ''];
    expect(expected).toBeDefined();
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(expected);
  });
});
