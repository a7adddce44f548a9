import { describe, expect, it } from 'vitest';
import { CHANNELS, getChannel } from '../../src/channels/catalog.js';
import { CHANNEL_IDS } from '../../src/channels/index.js';
import { GUIDE_RESPONSE_TARGETS } from '../../src/channels/data/contact.js';
import { LOCALES, type LocalizedText } from '../../src/shared/locale.js';

const zh = (texts: readonly LocalizedText[]) => texts.map((t) => t['zh-CN']).join('\n');

const expectLocalized = (text: LocalizedText) => {
  expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) expect(text[locale].trim().length).toBeGreaterThan(1);
  expect(text.en).not.toBe(text.es);
};

describe('CHANNELS', () => {
  it('lists the guide’s four channels in its order', () => {
    // “可以通过以下四种方式直接联系人工客服: 1. APP内在线客服 2. 官方服务热线 3. 邮件沟通渠道 4. 社交媒体渠道”
    expect(CHANNELS.map((c) => c.id)).toEqual([...CHANNEL_IDS]);
    expect(CHANNELS.map((c) => c.name['zh-CN'])).toEqual([
      'APP内在线客服',
      '官方服务热线',
      '邮件沟通渠道',
      '社交媒体渠道',
    ]);
  });

  it('has every text in zh-CN, en and es', () => {
    for (const channel of CHANNELS) {
      expectLocalized(channel.name);
      expectLocalized(channel.hoursText);
      expectLocalized(channel.suitedFor);
      expect(channel.steps.length).toBeGreaterThan(1);
      for (const step of channel.steps) expectLocalized(step);
      for (const account of channel.accounts ?? []) expectLocalized(account.name);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CHANNELS)).toBe(true);
    expect(Object.isFrozen(CHANNELS[0])).toBe(true);
    expect(Object.isFrozen(CHANNELS[0].steps[0])).toBe(true);
  });

  it('takes the response facts from GUIDE_RESPONSE_TARGETS, not a copy', () => {
    for (const channel of CHANNELS) expect(channel.response).toBe(GUIDE_RESPONSE_TARGETS[channel.id]);
    expect(getChannel('online-chat').primaryResponse).toBe(
      GUIDE_RESPONSE_TARGETS['online-chat'].afterHandoff,
    );
    expect(getChannel('hotline').primaryResponse).toBe(GUIDE_RESPONSE_TARGETS.hotline.immediate);
    expect(getChannel('email').primaryResponse).toBe(GUIDE_RESPONSE_TARGETS.email.typical);
    expect(getChannel('social-media').primaryResponse).toBe(GUIDE_RESPONSE_TARGETS['social-media'].typical);
  });
});

describe('online chat', () => {
  const chat = getChannel('online-chat');
  it('gives the path 我的淘宝 → 客户服务 → 在线客服', () => {
    // “点击底部导航栏的“我的淘宝”进入个人中心。在页面顶部找到“客户服务”入口,点击后选择“在线客服”。”
    const steps = zh(chat.steps);
    const order = ['我的淘宝', '客户服务', '在线客服'].map((word) => steps.indexOf(word));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const step of chat.steps.slice(0, 2)) expect(step.en).toMatch(/[我客]/);
  });
  it('says the bot answers first, then “转人工” or “人工客服” queues for a person', () => {
    // “系统会自动跳转至智能客服问答窗口。若需转接人工服务,请在对话框内输入“转人工”或“人工客服”,等待系统分配客服人员即可。”
    const steps = zh(chat.steps);
    expect(steps.indexOf('智能客服')).toBeLessThan(steps.indexOf('转人工'));
    expect(steps).toContain('人工客服');
    expect(steps).toContain('等待系统分配客服人员');
    expect(chat.steps.at(-1)?.en).toMatch(/转人工.*人工客服/);
    expect(chat.steps.at(-1)?.es).toMatch(/转人工.*人工客服/);
  });
  it('says the guide states no hours', () => {
    expect(chat.hoursStatedByGuide).toBe(false);
    expect(chat.hoursText['zh-CN']).toContain('指南未说明');
    expect(chat.hoursText.en).toContain('states no hours');
  });
});

describe('hotline', () => {
  const hotline = getChannel('hotline');
  it('is 9510208 with a voice menu', () => {
    // “拨打全国统一客服热线:9510208(按语音提示选择对应服务)。”
    expect(hotline.phone).toBe('9510208');
    expect(zh(hotline.steps)).toContain('按语音提示选择对应服务');
    expect(hotline.steps.some((s) => s.en.includes('voice menu'))).toBe(true);
  });
  it('is open 7×24 and suits urgent problems', () => {
    // “该热线提供7×24小时全天候服务,特别适合需要快速解决紧急问题的用户。”
    expect(hotline.hoursStatedByGuide).toBe(true);
    expect(hotline.hoursText['zh-CN']).toBe('7×24小时全天候服务');
    expect(hotline.suitedFor['zh-CN']).toBe('特别适合需要快速解决紧急问题的用户');
  });
  it('carries the dialing note', () => {
    // “首次拨号需注意区分固定电话区号,北京地区可直拨,其他地区需加拨区号。”
    const steps = zh(hotline.steps);
    expect(steps).toContain('北京地区固定电话可直拨');
    expect(steps).toContain('其他地区需加拨区号');
  });
});

describe('email', () => {
  const email = getChannel('email');
  it('is tiantian@taobao.com and the body needs three parts', () => {
    // “发送邮件至官方客服邮箱:tiantian@taobao.com。邮件正文需包含订单编号、问题描述及联系方式。”
    expect(email.email).toBe('tiantian@taobao.com');
    expect(zh(email.steps)).toContain('邮件正文需包含订单编号、问题描述及联系方式');
  });
  it('suggests a PC for attachments', () => {
    // “建议使用PC端撰写,便于附加相关凭证照片。”
    expect(email.suitedFor['zh-CN']).toBe('建议使用PC端撰写,便于附加相关凭证照片');
    expect(zh(email.steps)).toContain('建议使用PC端撰写');
  });
  it('answers in 24–48 hours, up to 72 for complex cases', () => {
    // “平均响应时效为24-48小时,复杂问题可能延长至72小时。”
    expect(email.response.earliest.minutes).toBe(24 * 60);
    expect(email.response.typical.minutes).toBe(48 * 60);
    expect(email.response.complex.minutes).toBe(72 * 60);
    expect(email.hoursStatedByGuide).toBe(false);
  });
});

describe('social media', () => {
  const social = getChannel('social-media');
  it('is Weibo @淘宝网 and the WeChat account 淘宝官方账号', () => {
    // “通过淘宝官方微博(@淘宝网)、微信公众号(淘宝官方账号)留言咨询。”
    expect(social.accounts?.map((a) => [a.platform, a.handle])).toEqual([
      ['weibo', '@淘宝网'],
      ['wechat', '淘宝官方账号'],
    ]);
  });
  it('works workdays 9 to 21, answering within 2 hours, suited to sensitive matters', () => {
    // “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复。此渠道尤其适合需要隐私保护的敏感问题沟通。”
    expect(social.hoursStatedByGuide).toBe(true);
    expect(social.hoursText['zh-CN']).toContain('工作日早9点至晚9点');
    expect(social.response.typical).toMatchObject({ minutes: 120, clock: 'business' });
    expect(social.suitedFor['zh-CN']).toBe('尤其适合需要隐私保护的敏感问题沟通');
  });
});

describe('getChannel', () => {
  it('returns the catalog entry', () => {
    for (const channel of CHANNELS) expect(getChannel(channel.id)).toBe(channel);
  });
  it.each(['fax', '', 'Hotline', undefined, null, 3, {}])(
    'throws unknown_channel for %j, listing the ids',
    (id) => {
      expect(() => getChannel(id as never)).toThrowError(
        expect.objectContaining({
          code: 'unknown_channel',
          path: ['id'],
          message: expect.stringContaining('online-chat, hotline, email, social-media'),
        }),
      );
    },
  );
});
