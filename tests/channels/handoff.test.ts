import { describe, expect, it } from 'vitest';
import { detectHandoff, HANDOFF_PHRASES } from '../../src/channels/handoff.js';
import { isTiantianError } from '../../src/shared/errors.js';

const GUIDE = '若需转接人工服务,请在对话框内输入“转人工”或“人工客服”,等待系统分配客服人员即可。';

describe('detectHandoff: the guide’s phrases', () => {
  it('recognizes both phrases the guide tells customers to type', () => {
    // “若需转接人工服务,请在对话框内输入“转人工”或“人工客服”,等待系统分配客服人员即可。”
    const quoted = [...GUIDE.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
    expect(quoted).toEqual(['转人工', '人工客服']);
    for (const phrase of quoted) expect(detectHandoff(phrase)).toEqual({ handoff: true, phrase });
    expect(HANDOFF_PHRASES.slice(0, 2).map((p) => p.phrase)).toEqual(quoted);
  });
});

describe('detectHandoff: positives', () => {
  const positives: [text: string, phrase: string][] = [
    ['转人工', '转人工'],
    ['人工客服', '人工客服'],
    ['找真人', '找真人'],
    ['人工服务', '人工服务'],
    ['真人客服', '真人客服'],
    ['我要人工', '我要人工'],
    ['找人工', '找人工'],
    ['轉人工', '转人工'],
    ['人工服務', '人工服务'],
    ['請幫我轉接人工', '转人工'],
    ['我想找個真人', '找真人'],
    ['转转人工', '转人工'],
    ['转 人 工！！', '转人工'],
    ['转、人、工。', '转人工'],
    ['转\t人\n工', '转人工'],
    ['转 转人工', '转人工'],
    ['转人人人工工', '转人工'],
    ['人工人工', '人工'],
    ['人工！', '人工'],
    ['  人工  人工  ', '人工'],
    ['真人', '真人'],
    ['你好,帮我转人工,谢谢', '转人工'],
    ['机器人听不懂,我要人工', '我要人工'],
    ['人工 客服 在吗', '人工客服'],
    ['ｈｕｍａｎ　ａｇｅｎｔ', 'human agent'],
    ['I need a human agent please', 'human agent'],
    ['HUMAN AGENT!!!', 'human agent'],
    ['human-agent', 'human agent'],
    ['human agents', 'human agent'],
    ['Let me speak to a real person.', 'real person'],
    ['can I talk to a human?', 'talk to a human'],
    ['Talk   to   a   HUMAN', 'talk to a human'],
    ['I want to speak to a person', 'speak to a person'],
    ['Quiero un agente humano', 'agente humano'],
    ['¿Puedo hablar con una persona?', 'hablar con una persona'],
    ['HABLAR CON UNA PERSONA', 'hablar con una persona'],
    ['human', 'human'],
    ['Agent!', 'human'],
    ['🙏转人工🙏', '转人工'],
  ];
  it.each(positives)('%j asks for a person (%s)', (text, phrase) => {
    expect(detectHandoff(text)).toEqual({ handoff: true, phrase });
  });
});

describe('detectHandoff: negatives (mentions of people, not requests)', () => {
  const negatives = [
    '人工费太贵',
    '人工费太贵了,能便宜点吗',
    '工人',
    '工人师傅什么时候上门',
    '人工智能',
    '你们的人工智能客服不错',
    '我要人工智能的答案',
    '这是人工合成的材质吗',
    '需要人工费吗',
    '转人工智能模式',
    '找人工湖的地址',
    '人',
    '工',
    '人工费人工费',
    'human resources',
    'Human resources called me',
    'the human body',
    'agentes de viaje',
    'a real personality test',
    'humanity',
    'personal data',
    '订单什么时候发货',
    '',
    '   ',
    '！！！',
    '😀😀😀',
  ];
  it.each(negatives)('%j does not ask for a person', (text) => {
    expect(detectHandoff(text)).toEqual({ handoff: false });
  });
});

describe('detectHandoff: a request turned down just before the phrase', () => {
  it.each([
    '不要转人工',
    '不用转人工了，问题解决了',
    '不需要人工客服',
    '不需要人工',
    '我不要人工',
    '别转人工',
    '别给我转人工',
    '无需人工服务',
    '不想找人工',
    '没必要转人工',
    "I don't need a human agent",
    'I do not want to talk to a human',
    'no need to speak to a person',
    'No quiero hablar con una persona',
    'no necesito un agente humano',
  ])('%j does not ask for a person', (text) => {
    expect(detectHandoff(text)).toEqual({ handoff: false });
  });

  it.each([
    ['为什么不给我转人工', '转人工'],
    ['不要机器人，转人工', '转人工'],
    ['我不想等了，人工客服', '人工客服'],
    ['机器人没用，不要了，我要人工', '我要人工'],
    ["why can't I talk to a human", 'talk to a human'],
    ['no puedo hablar con una persona?', 'hablar con una persona'],
    ['Not happy. Human agent please', 'human agent'],
  ])('%j still asks for a person (the negation is elsewhere)', (text, phrase) => {
    expect(detectHandoff(text)).toEqual({ handoff: true, phrase });
  });
});

describe('detectHandoff: input', () => {
  it.each([undefined, null, 42, {}, ['转人工'], new String('转人工')])(
    'throws invalid_argument for a non-string (%j)',
    (value) => {
      let caught: unknown;
      try {
        detectHandoff(value as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(isTiantianError(caught, 'invalid_argument')).toBe(true);
      expect((caught as Error).message).toMatch(/text must be a string/);
    },
  );

  it('handles a 1 MB string, lone surrogates and control characters', () => {
    const big = `${'人工费'.repeat(350_000)}转人工`;
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(detectHandoff(big)).toEqual({ handoff: true, phrase: '转人工' });
    expect(detectHandoff('人工智能'.repeat(300_000))).toEqual({ handoff: false });
    expect(detectHandoff('\uD800转\uDC00人工\u0000\u0007')).toEqual({ handoff: true, phrase: '转人工' });
    expect(detectHandoff('\uD800\uD800\uDFFF')).toEqual({ handoff: false });
  }, 60_000);
});

describe('detectHandoff: every language it claims, as customers type it', () => {
  it.each([
    ['human please', 'human please'],
    ['HUMAN PLEASE!!!', 'human please'],
    ['real person', 'real person'],
    ['I want to speak to a manager', 'speak to a manager'],
    ['can I talk to your manager', 'speak to a manager'],
    ['agente', 'human'],
    ['quiero hablar con una persona', 'hablar con una persona'],
    ['pásame con un agente', 'hablar con una persona'],
    ['找人工', '找人工'],
    ['真人', '真人'],
  ])('%j asks for a person (%s)', (text, phrase) => {
    expect(detectHandoff(text)).toEqual({ handoff: true, phrase });
  });

  it.each([
    "I don't want to speak to a manager",
    'no quiero hablar con una persona',
    'no need for a real person',
    '不要找人工',
    'the manager of the shop said it was fine',
  ])('%j does not ask for a person', (text) => {
    expect(detectHandoff(text)).toEqual({ handoff: false });
  });
});
