import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const HOLIDAY = new Date('2026-10-01T10:00:00+08:00');
const WORKDAY = new Date('2026-09-30T12:00:00+08:00');

interface JsonChannel {
  id: string;
  name: string;
  steps: string[];
  phone?: string;
  email?: string;
  accounts?: { platform: string; handle: string }[];
  hours: string;
  hoursStatedByGuide: boolean;
  response: { minutes: number; clock: string; label: string };
  suitedFor: string;
  openNow: boolean;
  nextOpening: string | null;
}

describe('tiantian-support channels', () => {
  it('prints the four channels with how to reach them, hours and response', async () => {
    const { code, out, err } = await runCli(['channels'], { now: WORKDAY });
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const text of [
      'APP内在线客服 [online-chat]',
      '官方服务热线 [hotline]',
      '邮件沟通渠道 [email]',
      '社交媒体渠道 [social-media]',
      '☎ 9510208',
      '✉ tiantian@taobao.com',
      'weibo: @淘宝网',
      'wechat: 淘宝官方账号',
      '7×24小时全天候服务',
      '工作日早9点至晚9点',
      '24-48小时',
      '转人工',
    ])
      expect(out).toContain(text);
    expect(out.match(/现在:开放/g)).toHaveLength(4);
  });

  it('says social media is closed on a holiday and when it opens, in Beijing and the caller’s zone', async () => {
    const { out } = await runCli(['channels', '--locale', 'en'], { now: HOLIDAY });
    expect(out).toContain('Now: 2026-10-01 10:00 (Beijing time)');
    expect(out.match(/Now: open/g)).toHaveLength(3);
    expect(out).toContain(
      'Now: closed, next opens 2026-10-08 09:00 (Beijing time; 2026-10-08 03:00 Europe/Madrid)',
    );
    expect(out).toContain('Call the nationwide customer service hotline: 9510208');
  });

  it('speaks Spanish', async () => {
    const { out } = await runCli(['channels', '--locale', 'es'], { now: HOLIDAY });
    expect(out).toContain('Redes sociales [social-media]');
    expect(out).toContain('Ahora: cerrado');
  });

  it('--json gives the catalog for machines', async () => {
    const { code, out } = await runCli(['channels', '--json'], { now: HOLIDAY });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { now: string; locale: string; channels: JsonChannel[] };
    expect(json.now).toBe('2026-10-01T02:00:00.000Z');
    expect(json.locale).toBe('zh-CN');
    expect(json.channels.map((c) => c.id)).toEqual(['online-chat', 'hotline', 'email', 'social-media']);
    const [chat, hotline, email, social] = json.channels as [
      JsonChannel,
      JsonChannel,
      JsonChannel,
      JsonChannel,
    ];
    expect(hotline.phone).toBe('9510208');
    expect(email.email).toBe('tiantian@taobao.com');
    expect(chat.hoursStatedByGuide).toBe(false);
    expect(social.accounts).toEqual([
      { platform: 'weibo', handle: '@淘宝网' },
      { platform: 'wechat', handle: '淘宝官方账号' },
    ]);
    expect(social).toMatchObject({ openNow: false, nextOpening: '2026-10-08T01:00:00.000Z' });
    expect(social.response).toEqual({ minutes: 120, clock: 'business', label: '2小时内' });
    expect(hotline).toMatchObject({ openNow: true, nextOpening: null });
  });

  it('--json --locale en localizes the texts', async () => {
    const { out } = await runCli(['channels', '--json', '--locale', 'en'], { now: WORKDAY });
    const json = JSON.parse(out) as { channels: JsonChannel[] };
    expect(json.channels[1]?.name).toBe('Customer service hotline');
    expect(json.channels.every((c) => c.openNow)).toBe(true);
  });

  it('prints help', async () => {
    const { code, out } = await runCli(['channels', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: tiantian-support channels');
  });

  it.each([
    [['channels', '--locale', 'fr'], /unknown locale "fr"/],
    [['channels', '--bogus'], /Unknown option/],
    [['channels', 'extra'], /positional/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, err } = await runCli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
