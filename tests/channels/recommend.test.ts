import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getChannel } from '../../src/channels/catalog.js';
import { isOpen } from '../../src/channels/hours.js';
import { CHANNEL_RECOMMENDATIONS, recommendChannels } from '../../src/channels/recommend.js';
import { GUIDE_CHANNEL_TABLE } from '../../src/channels/data/contact.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { LOCALES } from '../../src/shared/locale.js';

const ids = (list: ReturnType<typeof recommendChannels>) => list.map((r) => r.channel);
const NIGHT = new Date('2026-09-30T23:00:00+08:00');
const HOLIDAY = new Date('2026-10-01T10:00:00+08:00');
const WORKDAY_NOON = new Date('2026-09-30T12:00:00+08:00');

describe('the guide’s channel table', () => {
  it('紧急支付问题 | 电话/在线客服 | 即时响应', () => {
    const list = recommendChannels('payment-problem');
    expect(ids(list)).toEqual(['hotline', 'online-chat']);
    for (const r of list) expect(r.response).toMatchObject({ minutes: 0, label: { 'zh-CN': '即时响应' } });
  });
  it('物流延迟投诉 | 邮件/社交媒体 | 24小时内', () => {
    const list = recommendChannels('logistics-delay');
    expect(ids(list)).toEqual(['email', 'social-media']);
    for (const r of list)
      expect(r.response).toMatchObject({ minutes: 24 * 60, label: { 'zh-CN': '24小时内' } });
  });
  it('商品质量争议 | 在线客服转人工 | 1小时内', () => {
    const [first] = recommendChannels('quality-dispute');
    expect(first).toMatchObject({ channel: 'online-chat', handoff: true, response: { minutes: 60 } });
  });
  it('agrees with GUIDE_CHANNEL_TABLE row by row', () => {
    for (const row of GUIDE_CHANNEL_TABLE) {
      expect(CHANNEL_RECOMMENDATIONS[row.issueType].source).toBe('guide-table');
      const list = recommendChannels(row.issueType);
      expect(ids(list).slice(0, row.channels.length)).toEqual([...row.channels]);
      for (const r of list.slice(0, row.channels.length)) expect(r.response).toBe(row.response);
    }
    const tableRows = ISSUE_TYPES.filter((t) => CHANNEL_RECOMMENDATIONS[t].source === 'guide-table');
    expect(tableRows.sort()).toEqual(GUIDE_CHANNEL_TABLE.map((row) => row.issueType).sort());
  });
});

describe('every issue type', () => {
  it.each([...ISSUE_TYPES])('%s has a rationale and localized reasons', (issueType) => {
    const rule = CHANNEL_RECOMMENDATIONS[issueType];
    expect(rule.rationale.length).toBeGreaterThan(20);
    const list = recommendChannels(issueType);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids(list)).size).toBe(list.length);
    for (const r of list) {
      for (const locale of LOCALES) expect(r.reason[locale].length).toBeGreaterThan(5);
      expect(r.reasonText).toBe(r.reason['zh-CN']);
      expect(r.handoff).toBe(r.channel === 'online-chat');
      expect(r).not.toHaveProperty('openNow');
    }
    expect(list.map((r) => r.tier)).toEqual([...list.map((r) => r.tier)].sort());
  });

  it('sends fraud to the hotline and customs documents to email', () => {
    // “该热线提供7×24小时全天候服务,特别适合需要快速解决紧急问题的用户。”
    expect(ids(recommendChannels('security-fraud'))[0]).toBe('hotline');
    // “建议使用PC端撰写,便于附加相关凭证照片。” and Q4 “提供购买发票、成分证明等材料”
    expect(ids(recommendChannels('customs-blocked'))[0]).toBe('email');
    expect(ids(recommendChannels('evidence-guide'))[0]).toBe('email');
  });

  it('uses the channel’s own target outside the table', () => {
    const [first] = recommendChannels('customs-blocked');
    expect(first?.response).toBe(getChannel('email').primaryResponse);
  });

  it('reasonText follows the locale', () => {
    const [first] = recommendChannels('payment-problem', { locale: 'es' });
    expect(first?.reasonText).toBe(first?.reason.es);
  });
});

describe('sensitive', () => {
  // “此渠道尤其适合需要隐私保护的敏感问题沟通。”
  it('puts social media first with the privacy reason', () => {
    const list = recommendChannels('quality-dispute', { sensitive: true });
    expect(list[0]?.channel).toBe('social-media');
    expect(list[0]?.reason['zh-CN']).toContain('尤其适合需要隐私保护的敏感问题沟通');
    expect(ids(list).slice(1)).toEqual(ids(recommendChannels('quality-dispute')));
  });
  it('does not duplicate social media where the rule has it', () => {
    const list = recommendChannels('logistics-delay', { sensitive: true });
    expect(ids(list)).toEqual(['social-media', 'email']);
  });
  it('keeps the immediate channels first for an urgent issue', () => {
    expect(ids(recommendChannels('payment-problem', { sensitive: true }))).toEqual([
      'hotline',
      'online-chat',
      'social-media',
    ]);
    expect(ids(recommendChannels('security-fraud', { sensitive: true }))).toEqual([
      'hotline',
      'social-media',
      'online-chat',
    ]);
  });
  it('sensitive: false is the default', () => {
    expect(recommendChannels('feedback', { sensitive: false })).toEqual(recommendChannels('feedback'));
  });
});

describe('now', () => {
  it('ranks a closed channel below an open one of the same tier and says when it opens', () => {
    const list = recommendChannels('logistics-delay', { now: HOLIDAY, sensitive: true });
    expect(ids(list)).toEqual(['email', 'social-media']);
    expect(list[0]).toMatchObject({ openNow: true });
    expect(list[0]).not.toHaveProperty('nextOpening');
    expect(list[1]).toMatchObject({ openNow: false, nextOpening: new Date('2026-10-08T09:00:00+08:00') });
  });
  it('keeps the order when everything is open', () => {
    const list = recommendChannels('logistics-delay', { now: WORKDAY_NOON, sensitive: true });
    expect(ids(list)).toEqual(['social-media', 'email']);
    expect(list.every((r) => r.openNow)).toBe(true);
  });
  it('never puts a closed channel above a worse tier’s open one, nor an open one below a closed one of its tier', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ISSUE_TYPES),
        fc.boolean(),
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2026-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (issueType, sensitive, now) => {
          const timed = recommendChannels(issueType, { now, sensitive });
          const plain = recommendChannels(issueType, { sensitive });
          expect([...ids(timed)].sort()).toEqual([...ids(plain)].sort());
          for (const r of timed) {
            expect(r.openNow).toBe(isOpen(r.channel, now));
            if (!r.openNow) expect(r.nextOpening?.getTime()).toBeGreaterThan(now.getTime());
          }
          for (let i = 1; i < timed.length; i++) {
            const [a, b] = [timed[i - 1]!, timed[i]!];
            expect(a.tier <= b.tier).toBe(true);
            if (a.tier === b.tier) expect(Number(a.openNow) >= Number(b.openNow)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
  it('at night social media, sensitive, falls behind online chat', () => {
    expect(ids(recommendChannels('quality-dispute', { now: NIGHT, sensitive: true }))).toEqual([
      'online-chat',
      'social-media',
      'email',
    ]);
  });
});

describe('bad input', () => {
  it.each(['fax', undefined, 3])('unknown issue type %j', (issueType) => {
    expect(() => recommendChannels(issueType as never)).toThrowError(
      expect.objectContaining({ code: 'unknown_issue_type' }),
    );
  });
  it('invalid now', () => {
    expect(() => recommendChannels('feedback', { now: new Date(Number.NaN) })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => recommendChannels('feedback', { now: '2026-10-01' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
  it('invalid options', () => {
    expect(() => recommendChannels('feedback', { sensitive: 'yes' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => recommendChannels('feedback', { locale: 'fr' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => recommendChannels('feedback', null as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('recommendChannels: options and order', () => {
  it('refuses options that are not an object', () => {
    expect(() => recommendChannels('feedback', null as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'options must be an object, got null',
        path: ['options'],
      }),
    );
  });

  it('refuses an invalid now with path now', () => {
    expect(() => recommendChannels('feedback', { now: new Date('nope') })).toThrowError(
      expect.objectContaining({ code: 'invalid_date', path: ['now'] }),
    );
  });

  it('refuses a sensitive that is not a boolean', () => {
    expect(() => recommendChannels('feedback', { sensitive: 'yes' as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'options.sensitive must be a boolean, got "yes"',
        path: ['sensitive'],
      }),
    );
  });

  it('keeps the rule’s order within a tier (a stable sort)', () => {
    // Social media is “尤其适合需要隐私保护的敏感问题”: first for a sensitive, non-urgent matter.
    expect(
      recommendChannels('paid-not-shipped', { sensitive: true }).map((r) => [r.channel, r.tier]),
    ).toEqual([
      ['social-media', 1],
      ['online-chat', 1],
      ['hotline', 1],
      ['email', 2],
    ]);
    expect(recommendChannels('paid-not-shipped').map((r) => r.channel)).toEqual([
      'online-chat',
      'hotline',
      'email',
    ]);
    // Urgent: after the immediate channels of tier 1.
    expect(recommendChannels('payment-problem', { sensitive: true }).map((r) => r.channel)).toEqual([
      'hotline',
      'online-chat',
      'social-media',
    ]);
  });
});
