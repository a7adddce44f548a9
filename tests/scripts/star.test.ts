import { describe, expect, it } from 'vitest';
import { composeStarMessage, STAR_MAX_LENGTH, type StarParts } from '../../src/scripts/index.js';

const parts: StarParts = {
  situation: '9月28日下单的电饭煲已签收',
  task: '希望换一台新的',
  action: '已拍照并联系了商家',
  result: '商家三天未回复，内胆仍有裂痕',
};
const issuesOf = (result: ReturnType<typeof composeStarMessage>) =>
  result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.code]);

describe('STAR法则: Situation 当前所处的购物阶段, Task 期望达到的目标, Action 已采取的具体措施, Result 产生的实际效果与预期差异', () => {
  it('online chat: the four parts, labelled with the guide’s words, nothing more', () => {
    expect(composeStarMessage(parts, { channel: 'online-chat' })).toEqual({
      success: true,
      data: '情境：9月28日下单的电饭煲已签收\n任务：希望换一台新的\n行动：已拍照并联系了商家\n结果：商家三天未回复，内胆仍有裂痕',
    });
  });

  it('“邮件正文需包含订单编号、问题描述及联系方式”: email has all three', () => {
    const result = composeStarMessage(parts, {
      channel: 'email',
      orderId: '1550672064762308113',
      contact: '13800138000',
    });
    expect(result).toEqual({
      success: true,
      data: [
        '主题：订单1550672064762308113问题反馈',
        '',
        '您好：',
        '',
        '订单编号：1550672064762308113',
        '情境：9月28日下单的电饭煲已签收',
        '任务：希望换一台新的',
        '行动：已拍照并联系了商家',
        '结果：商家三天未回复，内胆仍有裂痕',
        '联系方式：13800138000',
        '',
        '谢谢！',
      ].join('\n'),
    });
  });

  it('email without the order number or a contact: each is an issue', () => {
    expect(issuesOf(composeStarMessage(parts, { channel: 'email' }))).toEqual([
      ['orderId', 'missing'],
      ['contact', 'missing'],
    ]);
    expect(
      issuesOf(composeStarMessage(parts, { channel: 'email', orderId: '12-34', contact: 'call me' })),
    ).toEqual([
      ['orderId', 'invalid_format'],
      ['contact', 'invalid_format'],
    ]);
    expect(
      composeStarMessage(parts, {
        channel: 'email',
        orderId: '1550672064762308113',
        contact: 'li.na@example.com',
      }).success,
    ).toBe(true);
  });

  it('English and Spanish', () => {
    const en = {
      situation: 'Received the rice cooker on 28 Sept',
      task: 'I would like a replacement',
      action: 'Sent photos to the seller',
      result: 'No answer for three days',
    };
    expect(
      composeStarMessage(en, { channel: 'social-media', locale: 'en', orderId: '1550672064762308113' }),
    ).toEqual({
      success: true,
      data: 'Order number: 1550672064762308113\nSituation: Received the rice cooker on 28 Sept\nWhat I need: I would like a replacement\nWhat I have tried: Sent photos to the seller\nResult: No answer for three days',
    });
    const es = {
      situation: 'Recibí la arrocera el 28 de septiembre',
      task: 'Quiero que me la cambien',
      action: 'Envié fotos al vendedor',
      result: 'Nadie responde desde hace tres días',
    };
    const result = composeStarMessage(es, {
      channel: 'email',
      locale: 'es',
      orderId: '1550672064762308113',
      contact: 'ana@example.es',
    });
    expect(result.success && result.data.split('\n').slice(0, 3)).toEqual([
      'Asunto: Pedido 1550672064762308113: solicitud de ayuda',
      '',
      'Hola:',
    ]);
    expect(result.success && result.data).toContain('Lo que necesito: Quiero que me la cambien');
  });

  it('Markdown bolds the labels and escapes the customer’s text', () => {
    const result = composeStarMessage(
      { ...parts, action: '已联系 **商家** <script>x</script> [链接](http://x)' },
      { channel: 'online-chat', format: 'markdown' },
    );
    expect(result.success && result.data.split('\n')[2]).toBe(
      '- **行动**：已联系 \\*\\*商家\\*\\* \\<script\\>x\\<\\/script\\> \\[链接\\]\\(http\\:\\/\\/x\\)',
    );
  });

  it('each part must say something: empty, punctuation, placeholders and a word are issues naming the part', () => {
    const result = composeStarMessage(
      { situation: '   ', task: '……!!', action: 'n/a', result: '好' },
      { channel: 'online-chat' },
    );
    expect(issuesOf(result)).toEqual([
      ['situation', 'missing'],
      ['task', 'not_meaningful'],
      ['action', 'placeholder'],
      ['result', 'too_small'],
    ]);
    for (const filler of ['无', '...', 'N/A', 'none', '同上', 'TBD', 'aaaa', 'ninguno']) {
      expect(issuesOf(composeStarMessage({ ...parts, task: filler }, { channel: 'hotline' }))).toEqual([
        ['task', filler === '...' ? 'not_meaningful' : 'placeholder'],
      ]);
    }
    const missing = composeStarMessage({ situation: '已签收电饭煲' } as StarParts, {
      channel: 'online-chat',
      locale: 'en',
    });
    expect(missing.success ? '' : missing.error.issues.map((i) => i.message).join(' | ')).toBe(
      'Please describe the task (what you need). | Please describe the action (what you have tried). | Please describe the result.',
    );
  });

  it('social media and chat are short: a long story is an issue that suggests email', () => {
    const long = { ...parts, result: '商家一直没有回复'.repeat(70) };
    expect(issuesOf(composeStarMessage(long, { channel: 'social-media' }))).toEqual([['', 'too_big']]);
    expect(
      composeStarMessage(long, { channel: 'email', orderId: '1550672064762308113', contact: '13800138000' })
        .success,
    ).toBe(true);
    expect(STAR_MAX_LENGTH['social-media']).toBeLessThan(STAR_MAX_LENGTH.email);
  });

  it('a bad channel or locale is an issue, not a throw', () => {
    expect(issuesOf(composeStarMessage(parts, { channel: 'fax' as 'email', locale: 'fr' as 'en' }))).toEqual([
      ['locale', 'invalid_argument'],
      ['channel', 'invalid_argument'],
    ]);
  });
});
