import { describe, expect, it } from 'vitest';
import { isTiantianError } from '../../src/shared/errors.js';
import { chatRecordRetention } from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);

// 五、妥善保存沟通证据 — “文字存档:在线聊天记录需完整保存至少1个月”
describe('chatRecordRetention', () => {
  it('keeps a record one calendar month, same Beijing wall-clock time', () => {
    const r = chatRecordRetention(bj('2026-03-15T10:30:00'));
    expect(r.keepUntil).toEqual(bj('2026-04-15T10:30:00'));
    expect(r.keepUntilDate).toBe('2026-04-15');
    expect(r.clamped).toBe(false);
    expect(r.rule['zh-CN']).toContain('在线聊天记录需完整保存至少1个月');
  });

  it('clamps to the end of a shorter month: 01-31 → 02-28, and 02-29 in a leap year', () => {
    expect(chatRecordRetention(bj('2026-01-31T15:00:00'))).toMatchObject({
      keepUntilDate: '2026-02-28',
      clamped: true,
    });
    expect(chatRecordRetention(bj('2028-01-31T15:00:00')).keepUntilDate).toBe('2028-02-29');
    expect(chatRecordRetention(bj('2026-03-31T08:00:00')).keepUntilDate).toBe('2026-04-30');
  });

  it('crosses the year: 12-31 → 01-31', () => {
    expect(chatRecordRetention(bj('2026-12-31T23:59:00')).keepUntil).toEqual(bj('2027-01-31T23:59:00'));
  });

  it('counts the month in Beijing time, not the host’s or UTC: 2026-01-31 01:00 Beijing is 01-30 in UTC', () => {
    const r = chatRecordRetention(bj('2026-01-31T01:00:00'));
    expect(r.keepUntilDate).toBe('2026-02-28');
    expect(r.keepUntil.toISOString()).toBe('2026-02-27T17:00:00.000Z');
  });

  it('rejects an invalid Date', () => {
    expect(() => chatRecordRetention(new Date('nope'))).toThrow(/recordedAt must be a valid Date/);
    try {
      chatRecordRetention(new Date('nope'));
    } catch (error) {
      expect(isTiantianError(error, 'invalid_date')).toBe(true);
    }
  });
});
