import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZonedDateTime } from '../../src/calendar/index.js';
import { getScript, scriptsForIssueType } from '../../src/scripts/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { safeTriage, triage } from '../../src/triage/index.js';

// 2026-09-30 is a Wednesday; 10-01..10-07 are the National Day holidays (cn-holidays.json).
const EVENING_BEFORE_NATIONAL_DAY = new Date('2026-09-30T20:30:00+08:00');

describe('triage', () => {
  it('ties the FAQ, the channels with deadlines, the checklist, the script and the owner together', () => {
    const result = triage('付款成功三天了还没发货', { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.status).toBe('matched');
    expect(result.issueType).toBe('paid-not-shipped');
    expect(result.title).toBeTruthy();
    expect(result.answer.length).toBeGreaterThan(0);
    expect(result.channels.length).toBeGreaterThan(0);
    for (const channel of result.channels) {
      expect(channel.deadline.channel).toBe(channel.channel);
      expect(channel.deadline.due.getTime()).toBeGreaterThanOrEqual(EVENING_BEFORE_NATIONAL_DAY.getTime());
    }
    expect(result.evidence.map((item) => item.id)).toContain('order-screenshot');
    expect(result.serviceModule?.module.id).toBe('after-sales');
    expect(result.script?.id).toBeTruthy();
  });

  it('gives the guide’s channel table with deadlines: “紧急支付问题 | 电话/在线客服 | 即时响应”', () => {
    const result = triage('付款失败了但是钱被扣了', { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.issueType).toBe('payment-problem');
    expect(result.channels.slice(0, 2).map((c) => c.channel)).toEqual(['hotline', 'online-chat']);
    expect(result.channels[0]?.deadline.due.getTime()).toBe(EVENING_BEFORE_NATIONAL_DAY.getTime());
  });

  it('counts social media deadlines in its open hours across National Day', () => {
    const result = triage('物流好几天没更新了，我要投诉', { now: EVENING_BEFORE_NATIONAL_DAY, locale: 'en' });
    expect(result.issueType).toBe('logistics-delay');
    const social = result.channels.find((c) => c.channel === 'social-media');
    expect(social?.openNow).toBe(true);
    // “24小时内” for delivery complaints is calendar time: stricter than social media's 2 open hours here.
    expect(social && formatZonedDateTime(social.deadline.due)).toBe('2026-10-01 20:30');
  });

  it('short-circuits a request for a person to the channels', () => {
    const result = triage('转人工！！', { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.status).toBe('handoff');
    expect(result.handoff).toEqual({ handoff: true, phrase: '转人工' });
    expect(result.faq).toBeNull();
    expect(result.issueType).toBe('contact-human');
    expect(result.channels.length).toBeGreaterThan(0);
    expect(result.evidence).toEqual([]);
  });

  it('answers off-topic chatter with an honest no-match and nothing else', () => {
    const result = triage('今天天气怎么样', { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.status).toBe('no-match');
    expect(result.issueType).toBeNull();
    expect(result.channels).toEqual([]);
    expect(result.script).toBeNull();
  });

  it('localizes texts and fills the order number into the reply', () => {
    const result = triage('商品质量有问题，用了两天就坏了', {
      now: EVENING_BEFORE_NATIONAL_DAY,
      locale: 'es',
      orderId: '1550672064762308113',
    });
    expect(result.issueType).toBe('quality-dispute');
    expect(result.channels[0]?.reasonText).toBe(result.channels[0]?.reason.es);
    // The quality dispute's reply is the call-recording notice: no order number in it, and the agent's
    // name is left for the agent, so there is no text yet.
    const notice = scriptsForIssueType('quality-dispute')[0];
    expect(notice).toBe('call-recording-notice');
    expect(result.script).toEqual({
      id: notice,
      title: getScript('call-recording-notice').title.es,
      variables: ['agentName'],
      values: {},
      missing: ['agentName'],
    });
    // The evidence request does take the order number: it is filled in, in Spanish.
    const evidence = triage('需要准备什么凭证', {
      now: EVENING_BEFORE_NATIONAL_DAY,
      locale: 'es',
      orderId: '1550672064762308113',
    }).script;
    expect(evidence).toMatchObject({
      id: 'request-evidence',
      values: { orderId: '1550672064762308113' },
      missing: [],
    });
    expect(evidence?.text).toContain('del pedido 1550672064762308113');
  });

  it('rejects a non-string query and bad options with a TiantianError', () => {
    expect(() => triage(42 as unknown as string)).toThrowError(/query must be a string/);
    expect(() => triage('x', { now: new Date('nope') })).toThrowError(/now must be a valid Date/);
    expect(() => triage('x', { locale: 'fr' as 'en' })).toThrowError(/Unknown locale/);
    expect(() => triage('x', { orderId: 1550672064762308 as unknown as string })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['orderId'] }),
    );
  });

  it('returns a consistent shape for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (query) => {
        const result = triage(query, { now: EVENING_BEFORE_NATIONAL_DAY });
        expect(result.issueType === null).toBe(result.status === 'no-match');
        if (result.issueType !== null) expect(ISSUE_TYPES).toContain(result.issueType);
        if (result.status === 'handoff') expect(result.issueType).toBe('contact-human');
      }),
      { numRuns: 100 },
    );
  });
});

describe('triage: entities, escalation and a second topic', () => {
  const now = new Date('2026-11-20T10:00:00+08:00');

  it('fills the order number from the text', () => {
    const result = triage('订单号 3287711520094561234，商家说48小时发货，现在都五天了', { now });
    expect(result.orderId).toBe('3287711520094561234');
    expect(result.entities.orderIds).toEqual(['3287711520094561234']);
    // The evidence script (evidence-guide) takes {orderId}: the text's order number fills it.
    const evidence = triage('订单号 3287711520094561234 需要准备什么凭证', { now });
    expect(evidence.script?.values.orderId).toBe('3287711520094561234');
    expect(evidence.script?.missing).toEqual([]);
  });

  it('prefers the order number given in the options', () => {
    expect(triage('订单号 3287711520094561234 没发货', { now, orderId: '1550672064762308113' }).orderId).toBe(
      '1550672064762308113',
    );
  });

  it('ranks a person first on an escalation threat', () => {
    const calm = triage('优惠券用不了', { now });
    const angry = triage('优惠券用不了，再不处理我就打12315投诉', { now });
    expect(calm.escalation).toEqual({ escalate: false, cues: [] });
    expect(angry.escalation).toEqual({ escalate: true, cues: ['投诉', '12315'] });
    expect(angry.channels[0]?.channel).toBe('hotline');
  });

  it.each([
    {
      query: '优惠券用不了，再不处理我就打12315投诉',
      sensitive: false,
      channels: ['hotline', 'online-chat'],
    },
    {
      query: '优惠券用不了，再不处理我就打12315投诉',
      sensitive: true,
      channels: ['hotline', 'online-chat', 'social-media'],
    },
    // The guide: “物流延迟投诉 | 邮件/社交媒体 | 24小时内”: no person's channel to move ahead.
    { query: '物流好几天没更新了，我要投诉', sensitive: false, channels: ['email', 'social-media'] },
  ])(
    'on an escalation moves the hotline, then the chat, ahead and lists each channel once: $query (sensitive: $sensitive)',
    ({ query, sensitive, channels }) => {
      const result = triage(query, { now, sensitive });
      expect(result.escalation.escalate).toBe(true);
      expect(result.channels.map((c) => c.channel)).toEqual(channels);
    },
  );

  it('reports the second topic of a two-topic message', () => {
    const result = triage('快递一直不动，而且优惠券也用不了', { now });
    expect([result.issueType, result.secondary?.issueType].sort()).toEqual([
      'coupon-unusable',
      'logistics-delay',
    ]);
    expect(triage('优惠券用不了', { now }).secondary).toBeNull();
  });
});

describe('triage: hostile options and long messages', () => {
  const throwing = (name: string) =>
    Object.defineProperty({}, name, {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });

  it.each(['now', 'locale', 'orderId', 'sensitive'])(
    'a getter of options.%s that throws is a coded invalid_argument that asks for plain data',
    (name) => {
      expect(() => triage('发货', throwing(name))).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          message: 'options could not be read: a getter or a Proxy trap in it threw. Pass plain data.',
          path: ['options'],
        }),
      );
    },
  );

  it('a fake Date as now is invalid_date', () => {
    for (const now of [Object.create(Date.prototype), new Proxy(new Date(), {})]) {
      expect(() => triage('发货', { now })).toThrowError(
        expect.objectContaining({ code: 'invalid_date', path: ['now'] }),
      );
    }
  });

  it('a request for a person at the end of a 1 MB message is still a hand-off', () => {
    const result = triage(`${'订单情况'.repeat(250_000)}转人工`, { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.status).toBe('handoff');
  });
});

describe('safeTriage: one call for whatever a JSON body holds', () => {
  it('answers a string as triage does', () => {
    const result = safeTriage('优惠券用不了', { now: EVENING_BEFORE_NATIONAL_DAY });
    expect(result.success && result.data.issueType).toBe('coupon-unusable');
  });

  it.each([
    { label: 'null', query: null, options: {} as unknown, code: 'invalid_argument', path: ['query'] },
    {
      label: 'undefined',
      query: undefined,
      options: {} as unknown,
      code: 'invalid_argument',
      path: ['query'],
    },
    { label: 'a number', query: 42, options: {} as unknown, code: 'invalid_argument', path: ['query'] },
    {
      label: 'null options',
      query: '发货',
      options: null as unknown,
      code: 'invalid_argument',
      path: ['options'],
    },
    {
      label: 'a string as now',
      query: '发货',
      options: { now: '2026-09-30' } as unknown,
      code: 'invalid_date',
      path: ['now'],
    },
    {
      label: 'a fake Date as now',
      query: '发货',
      options: { now: Object.create(Date.prototype) } as unknown,
      code: 'invalid_date',
      path: ['now'],
    },
    {
      label: 'locale fr',
      query: '发货',
      options: { locale: 'fr' } as unknown,
      code: 'invalid_argument',
      path: ['locale'],
    },
    {
      label: 'a number as orderId',
      query: '发货',
      options: { orderId: Number('1550672064762308113') } as unknown,
      code: 'invalid_argument',
      path: ['orderId'],
    },
    {
      label: 'options whose getters throw',
      query: '发货',
      options: new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ) as unknown,
      code: 'invalid_argument',
      path: ['options'],
    },
  ])('$label: $code at $path, never an exception', ({ query, options, code, path }) => {
    expect(safeTriage(query, options as never)).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code, path })] },
    });
  });
});

describe('triage: scam risk (issue #17)', () => {
  const NOW = new Date('2026-12-02T10:00:00+08:00');

  it.each([
    '有人打电话说我快递丢了要双倍赔我，让我加微信',
    '客服让我把验证码发给他，说是给我退款',
    'someone called saying my parcel was lost and asked me to scan a QR code',
    'me llamaron diciendo que mi paquete se perdió y que me pagarían el doble si los agregaba en WhatsApp',
  ])('answers %j with the phishing-warning script (risk medium or more)', (query) => {
    const result = triage(query, { now: NOW });
    expect(['medium', 'high']).toContain(result.scamRisk.level);
    expect(result.script?.id).toBe('phishing-warning');
    expect(result.script?.text).toEqual(expect.any(String));
  });

  it.each(['验证码收不到怎么办', '我在淘宝app里申请了退款，什么时候到账', '我的快递丢了怎么理赔'])(
    'keeps the topic’s own script for %j (risk below medium)',
    (query) => {
      const result = triage(query, { now: NOW });
      expect(['none', 'low']).toContain(result.scamRisk.level);
      expect(result.script?.id).toBe(
        result.issueType === null ? undefined : scriptsForIssueType(result.issueType)[0],
      );
    },
  );
});
