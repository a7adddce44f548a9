// What triage fills in, field by field: the reply script's values and what is still missing, the
// entry's texts in the locale, the `sensitive` option, and the exact errors of bad options.
import { describe, expect, it } from 'vitest';
import { getEvidenceChecklist } from '../../src/evidence/index.js';
import { defaultFaqEntries } from '../../src/faq/index.js';
import { renderScript } from '../../src/scripts/index.js';
import { triage } from '../../src/triage/index.js';

const NOW = new Date('2026-09-30T20:30:00+08:00');
const ORDER = '1550672064762308113';

describe('triage: the reply script', () => {
  it('fills every variable it knows and renders the reply when none is missing', () => {
    const result = triage('需要准备什么凭证', { now: NOW, orderId: ORDER, locale: 'en' });
    expect(result.issueType).toBe('evidence-guide');
    const required = getEvidenceChecklist('evidence-guide').filter((item) => item.required);
    // The checklist has an optional item (the call recording): only the required ones are asked for.
    expect(required.length).toBeLessThan(result.evidence.length);
    const values = { orderId: ORDER, items: required.map((item) => item.name.en) };
    expect(result.script).toEqual({
      id: 'request-evidence',
      title: 'Ask for evidence',
      variables: ['orderId', 'items'],
      values,
      missing: [],
      text: renderScript('request-evidence', values, { locale: 'en' }),
    });
  });

  it('lists what is missing, and renders nothing, when it does not know a variable', () => {
    const result = triage('需要准备什么凭证', { now: NOW });
    expect(result.script?.values).toEqual({
      items: getEvidenceChecklist('evidence-guide')
        .filter((item) => item.required)
        .map((item) => item.name['zh-CN']),
    });
    expect(result.script?.missing).toEqual(['orderId']);
    expect(result.script && 'text' in result.script).toBe(false);

    const handoff = triage('转人工', { now: NOW, orderId: ORDER });
    expect(handoff.script).toEqual({
      id: 'handoff-greeting',
      title: '转人工问候',
      variables: ['agentName'],
      values: {},
      missing: ['agentName'],
    });
  });

  it('has no script for an issue type without one', () => {
    expect(triage('优惠券用不了', { now: NOW }).script).toBeNull();
  });
});

describe('triage: texts and channels', () => {
  it('gives the entry’s title and every answer step in the locale', () => {
    const entry = defaultFaqEntries.find((e) => e.id === 'coupon-unusable');
    const result = triage('优惠券用不了', { now: NOW, locale: 'es' });
    expect(result.title).toBe(entry?.title.es);
    expect(result.answer).toEqual(entry?.answer.map((step) => step.es));
  });

  it('has no title, answer or checklist for a hand-off or for no match', () => {
    const handoff = triage('转人工', { now: NOW });
    expect([handoff.title, handoff.answer, handoff.evidence]).toEqual([null, [], []]);
    const none = triage('今天天气怎么样', { now: NOW });
    expect([none.title, none.answer, none.evidence, none.serviceModule]).toEqual([null, [], [], null]);
  });

  it('passes sensitive on to the channel choice: social media first, and only when asked', () => {
    const channels = (sensitive?: boolean) =>
      triage('优惠券用不了', { now: NOW, ...(sensitive === undefined ? {} : { sensitive }) }).channels.map(
        (c) => c.channel,
      );
    expect(channels(true)).toEqual(['social-media', 'online-chat', 'hotline']);
    expect(channels()).toEqual(['online-chat', 'hotline']);
    expect(channels(false)).toEqual(channels());
  });
});

describe('triage: errors', () => {
  it('names the query, the options or the order number, with what was expected', () => {
    expect(() => triage(7 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'query must be a string, got number 7',
        path: ['query'],
      }),
    );
    expect(() => triage('x', null as unknown as object)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'options must be an object, got null',
        path: ['options'],
      }),
    );
    expect(() => triage('x', 'en' as unknown as object)).toThrowError(
      expect.objectContaining({ path: ['options'] }),
    );
    for (const orderId of ['12345', 'abc1234567', '1234567abc', '1'.repeat(33)]) {
      expect(() => triage('x', { orderId })).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          message: `orderId must be a string of 6 to 32 digits, got ${JSON.stringify(orderId)}`,
          path: ['orderId'],
        }),
      );
    }
    expect(triage('x', { now: NOW, orderId: '123456' }).query).toBe('x');
  });
});
