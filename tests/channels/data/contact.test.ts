import { describe, expect, it } from 'vitest';
import {
  GUIDE_CHANNEL_TABLE,
  GUIDE_RESPONSE_TARGETS,
  SOCIAL_MEDIA_OPENING,
} from '../../../src/channels/data/contact.js';

describe('the guide’s response facts', () => {
  it('email: “平均响应时效为24-48小时,复杂问题可能延长至72小时”', () => {
    expect(GUIDE_RESPONSE_TARGETS.email.earliest.minutes).toBe(24 * 60);
    expect(GUIDE_RESPONSE_TARGETS.email.typical.minutes).toBe(48 * 60);
    expect(GUIDE_RESPONSE_TARGETS.email.complex.minutes).toBe(72 * 60);
  });

  it('social media: “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复”', () => {
    expect(GUIDE_RESPONSE_TARGETS['social-media'].typical).toMatchObject({ minutes: 120, clock: 'business' });
    expect(SOCIAL_MEDIA_OPENING).toEqual({ start: '09:00', end: '21:00' });
  });

  it('hotline immediate, online chat one hour after hand-off', () => {
    expect(GUIDE_RESPONSE_TARGETS.hotline.immediate.minutes).toBe(0);
    expect(GUIDE_RESPONSE_TARGETS['online-chat'].afterHandoff.minutes).toBe(60);
  });

  it('the channel table: 紧急支付问题 | 电话/在线客服 | 即时响应 …', () => {
    expect(
      GUIDE_CHANNEL_TABLE.map((row) => [row.problem, row.channels, row.handoff, row.response.label['zh-CN']]),
    ).toEqual([
      ['紧急支付问题', ['hotline', 'online-chat'], false, '即时响应'],
      ['物流延迟投诉', ['email', 'social-media'], false, '24小时内'],
      ['商品质量争议', ['online-chat'], true, '1小时内'],
    ]);
  });
});
