import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_KEEPING_RULES,
  EVIDENCE_NAMING_PATTERN,
  MINIMUM_RESOLUTION,
} from '../../src/evidence/data.js';
import { LOCALES } from '../../src/shared/locale.js';
import { CHAT_RECORD_RETENTION_MONTHS } from '../../src/sla/data.js';

describe('the evidence area’s guide facts', () => {
  it('图片分辨率建议800×600以上, 文件命名格式为“订单号+问题类型”', () => {
    expect({ MINIMUM_RESOLUTION, EVIDENCE_NAMING_PATTERN }).toEqual({
      MINIMUM_RESOLUTION: { longSide: 800, shortSide: 600 },
      EVIDENCE_NAMING_PATTERN: '{orderId}+{issueType}[-{sequence}].{extension}',
    });
  });
});

describe('妥善保存沟通证据: the keeping rules', () => {
  const rule = (id: string) => EVIDENCE_KEEPING_RULES.find((r) => r.id === id)!;
  it('录音记录:电话沟通时应提前告知对方进行录音', () => {
    expect(`${rule('call-recording').name['zh-CN']}:${rule('call-recording').rule['zh-CN']}`).toBe(
      '录音记录:电话沟通时应提前告知对方进行录音',
    );
  });
  it('文字存档:在线聊天记录需完整保存至少1个月 (the sla area’s month, not 30 days)', () => {
    expect(`${rule('chat-archive').name['zh-CN']}:${rule('chat-archive').rule['zh-CN']}`).toBe(
      '文字存档:在线聊天记录需完整保存至少1个月',
    );
    expect(rule('chat-archive').minimumMonths).toBe(CHAT_RECORD_RETENTION_MONTHS);
    expect(CHAT_RECORD_RETENTION_MONTHS).toBe(1);
  });
  it('第三方见证:重大纠纷可邀请平台监察部门介入', () => {
    expect(`${rule('third-party-witness').name['zh-CN']}:${rule('third-party-witness').rule['zh-CN']}`).toBe(
      '第三方见证:重大纠纷可邀请平台监察部门介入',
    );
  });
  it('every rule speaks every locale', () => {
    for (const r of EVIDENCE_KEEPING_RULES)
      for (const locale of LOCALES) expect(r.rule[locale].length).toBeGreaterThan(5);
  });
});
