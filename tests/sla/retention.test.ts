import { describe, expect, it } from 'vitest';
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
    expect(() => chatRecordRetention(new Date('nope'))).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: expect.stringMatching(/recordedAt must be a valid Date/),
      }),
    );
  });
});

describe('chatRecordRetention: exact rules', () => {
  it('shows seconds when the record has seconds, or only milliseconds', () => {
    const withSeconds = chatRecordRetention(new Date('2026-01-31T15:00:30+08:00'));
    expect(withSeconds.keepUntil).toEqual(new Date('2026-02-28T15:00:30+08:00'));
    expect(withSeconds.rule).toEqual({
      'zh-CN': '在线聊天记录需完整保存至少1个月：保存至 2026-02-28 15:00:30（北京时间）',
      en: 'Online chat records must be kept complete for at least 1 month: until 2026-02-28 15:00:30 Beijing time',
      es: 'Los registros del chat deben guardarse completos al menos 1 mes: hasta el 2026-02-28 15:00:30 hora de Pekín',
    });
    const withMs = chatRecordRetention(new Date('2026-01-31T15:00:00.250+08:00'));
    expect(withMs.keepUntil).toEqual(new Date('2026-02-28T15:00:00.250+08:00'));
    expect(withMs.rule.en).toBe(
      'Online chat records must be kept complete for at least 1 month: until 2026-02-28 15:00:00 Beijing time',
    );
  });

  it('December rolls into January of the next year', () => {
    const r = chatRecordRetention(new Date('2026-12-15T08:00:00+08:00'));
    expect(r.keepUntil).toEqual(new Date('2027-01-15T08:00:00+08:00'));
    expect(r.keepUntilDate).toBe('2027-01-15');
    expect(r.clamped).toBe(false);
    expect(r.rule.es).toBe(
      'Los registros del chat deben guardarse completos al menos 1 mes: hasta el 2027-01-15 08:00 hora de Pekín',
    );
  });

  it('Beijing wall time is resolved with the offset of that day (China kept summer time in 1988 from 04-17 02:00)', () => {
    // 1988-04-17 01:30 Beijing is still standard time (+08:00); half an hour later clocks went to +09:00.
    const r = chatRecordRetention(new Date('1988-03-17T01:30:00+08:00'));
    expect(r.keepUntil).toEqual(new Date('1988-04-17T01:30:00+08:00'));
    expect(r.keepUntilDate).toBe('1988-04-17');
  });
});
