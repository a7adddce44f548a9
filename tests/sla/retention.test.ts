import { describe, expect, it } from 'vitest';
import { chatRecordRetention } from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);

// 三.5 妥善保存沟通证据 — “文字存档:在线聊天记录需完整保存至少1个月”, counted as 民法典 counts months:
// art. 201 “按照年、月、日计算期间的,开始的当日不计入,自下一日开始计算”; art. 202 “按照年、月计算期间的,
// 到期月的对应日为期间的最后一日;没有对应日的,月末日为期间的最后一日”; art. 203 “期间的最后一日的截止时间为
// 二十四时”. The suite runs with the host in Asia/Shanghai, UTC and America/Los_Angeles: same answers.
describe('chatRecordRetention', () => {
  it.each([
    // recorded (Beijing)       last day        end (24:00 Beijing of the last day)  clamped
    ['2026-01-31T15:00:00', '2026-02-28', '2026-02-28T16:00:00.000Z', true],
    ['2026-01-31T00:00:00', '2026-02-28', '2026-02-28T16:00:00.000Z', true],
    ['2026-01-31T01:00:00', '2026-02-28', '2026-02-28T16:00:00.000Z', true], // 01-30 in UTC
    ['2028-01-31T15:00:00', '2028-02-29', '2028-02-29T16:00:00.000Z', true],
    ['2026-03-31T08:00:00', '2026-04-30', '2026-04-30T16:00:00.000Z', true],
    ['2026-03-15T10:30:00', '2026-04-15', '2026-04-15T16:00:00.000Z', false],
    ['2026-01-28T23:59:59.999', '2026-02-28', '2026-02-28T16:00:00.000Z', false],
    ['2026-12-31T23:59:00', '2027-01-31', '2027-01-31T16:00:00.000Z', false],
    ['2026-12-15T08:00:00', '2027-01-15', '2027-01-15T16:00:00.000Z', false],
  ])('recorded %s Beijing → kept through %s, until %s', (recorded, keepUntilDate, end, clamped) => {
    const recordedAt = bj(recorded);
    expect(chatRecordRetention(recordedAt)).toEqual({
      recordedAt,
      keepUntil: new Date(end),
      keepUntilDate,
      timeZone: 'Asia/Shanghai',
      clamped,
      rule: {
        'zh-CN': `在线聊天记录需完整保存至少1个月：保存至 ${keepUntilDate} 24:00（北京时间）`,
        en: `Online chat records must be kept complete for at least 1 month: until the end of ${keepUntilDate} (24:00 Beijing time)`,
        es: `Los registros del chat deben guardarse completos al menos 1 mes: hasta el final del ${keepUntilDate} (24:00 hora de Pekín)`,
      },
    });
  });

  it('is never shorter than the guide’s month: the end is at least one calendar month after the record', () => {
    for (let day = 1; day <= 31; day++) {
      const recordedAt = bj(`2026-01-${String(day).padStart(2, '0')}T23:59:59`);
      const { keepUntil } = chatRecordRetention(recordedAt);
      const clampedDay = Math.min(day, 28);
      expect(keepUntil.getTime()).toBeGreaterThanOrEqual(
        bj(`2026-02-${String(clampedDay).padStart(2, '0')}T23:59:59`).getTime(),
      );
    }
  });

  it('reads the 24:00 end with the offset of that day (China kept summer time, +09:00, in 1988)', () => {
    const r = chatRecordRetention(bj('1988-03-17T01:30:00'));
    expect(r.keepUntilDate).toBe('1988-04-17');
    expect(r.keepUntil).toEqual(new Date('1988-04-18T00:00:00+09:00'));
  });

  it('rejects an invalid Date', () => {
    expect(() => chatRecordRetention(new Date('nope'))).toThrowError(
      expect.objectContaining({ code: 'invalid_date', path: ['recordedAt'] }),
    );
  });
});
