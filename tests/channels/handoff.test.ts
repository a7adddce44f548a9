import { describe, expect, it } from 'vitest';
import { detectHandoff, HANDOFF_PHRASES, safeDetectHandoff } from '../../src/channels/handoff.js';

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
      expect(() => detectHandoff(value as unknown as string)).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          path: ['text'],
          message: expect.stringMatching(/^text must be a string, got /),
        }),
      );
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

const no = { handoff: false };

describe('detectHandoff: a Latin phrase ends on a word boundary', () => {
  it('a letter or digit glued to the end stops the phrase (ASCII bounds z, 0, 9)', () => {
    expect(detectHandoff('human agent')).toEqual({ handoff: true, phrase: 'human agent' });
    for (const text of ['human agentz', 'human agenty', 'human agent0', 'human agent5', 'human agent9']) {
      expect(detectHandoff(text), text).toEqual(no);
    }
  });

  it('a non-ASCII letter glued to the end stops it too (Latin é, Hangul 가)', () => {
    for (const text of ['human agenté', 'human agent가']) {
      expect(detectHandoff(text), text).toEqual(no);
    }
  });

  it('an ideograph next to the phrase is a boundary (Chinese does not space words)', () => {
    expect(detectHandoff('请human agent')).toEqual({ handoff: true, phrase: 'human agent' });
    expect(detectHandoff('human agent吧')).toEqual({ handoff: true, phrase: 'human agent' });
  });

  it('a plural s counts only when nothing follows it', () => {
    expect(detectHandoff('human agents')).toEqual({ handoff: true, phrase: 'human agent' });
    expect(detectHandoff('human agents please')).toEqual({ handoff: true, phrase: 'human agent' });
    expect(detectHandoff('human agentsx')).toEqual(no);
    expect(detectHandoff('human agentx')).toEqual(no);
  });

  it('a letter glued to the start stops it', () => {
    expect(detectHandoff('superhuman agent')).toEqual(no);
    expect(detectHandoff('superhuman please')).toEqual(no);
    // "human please" is a phrase of its own (issue 14: hand-off in every language).
    expect(detectHandoff('a human please')).toEqual({ handoff: true, phrase: 'human please' });
  });
});

describe('detectHandoff: characters outside the BMP (surrogate pairs)', () => {
  it('an astral ideograph is a character, not a separator', () => {
    // U+20000 (\uD840\uDC00) and U+203FF (\uD840\uDFFF), CJK Extension B.
    expect(detectHandoff('转\u{20000}人工')).toEqual(no);
    expect(detectHandoff('转\u{203FF}人工')).toEqual(no);
    expect(detectHandoff('转\u{20000}人工'.replace('\u{20000}', '、'))).toEqual({
      handoff: true,
      phrase: '转人工',
    });
  });

  it('a lone high surrogate does not swallow the character after it', () => {
    expect(detectHandoff('\uD83D转人工')).toEqual({ handoff: true, phrase: '转人工' });
    expect(detectHandoff('\uD800human agent')).toEqual({ handoff: true, phrase: 'human agent' });
    // U+FA0E is a unified ideograph (no NFKC decomposition) above the low-surrogate range.
    expect(detectHandoff('人工\uD83D\uFA0E')).toEqual(no);
    expect(detectHandoff('人工\uD83D')).toEqual({ handoff: true, phrase: '人工' });
  });

  it('an astral letter is a letter: U+10000 (\uD800\uDC00) joins the words around it', () => {
    expect(detectHandoff('human\u{10000}agent')).toEqual(no);
    expect(detectHandoff('human\u{1F600}agent')).toEqual({ handoff: true, phrase: 'human agent' });
  });
});

describe('detectHandoff: repeated characters', () => {
  it('a repeat across a separator collapses (人 人工 is 人工)', () => {
    expect(detectHandoff('人 人工')).toEqual({ handoff: true, phrase: '人工' });
    expect(detectHandoff('转 转人工')).toEqual({ handoff: true, phrase: '转人工' });
  });

  it('between words of spaced scripts a separator is kept (human n agent is not human agent)', () => {
    expect(detectHandoff('human n agent')).toEqual(no);
    expect(detectHandoff('humann agent')).toEqual({ handoff: true, phrase: 'human agent' });
  });
});

describe('detectHandoff: standalone phrases', () => {
  it('a bare word repeated with spaces is the whole message', () => {
    expect(detectHandoff('human, human')).toEqual({ handoff: true, phrase: 'human' });
    expect(detectHandoff('Agent agent!')).toEqual({ handoff: true, phrase: 'human' });
    expect(detectHandoff('人工人工')).toEqual({ handoff: true, phrase: '人工' });
  });

  it('a partial repetition or a shorter text is not', () => {
    expect(detectHandoff('人工人')).toEqual(no);
    expect(detectHandoff('human huma')).toEqual(no);
    expect(detectHandoff('hum')).toEqual(no);
  });

  it('text with no word character at all is no request', () => {
    for (const text of ['', '!!!', '  ', '？！。', '\uD83D']) expect(detectHandoff(text), text).toEqual(no);
  });
});

describe('detectHandoff: the 人工 exceptions apply only after a phrase ending in 人工', () => {
  it('转人工 then 费 is labour cost, but 真人客服 then 费用 is still a request', () => {
    expect(detectHandoff('转人工费')).toEqual(no);
    expect(detectHandoff('我要真人客服，费用多少')).toEqual({ handoff: true, phrase: '真人客服' });
    expect(detectHandoff('人工客服智能吗')).toEqual({ handoff: true, phrase: '人工客服' });
  });
});

describe('detectHandoff: negation windows', () => {
  it('a Chinese cue counts only in the three characters before the phrase', () => {
    expect(detectHandoff('不要a转人工')).toEqual(no);
    expect(detectHandoff('不要 a 转人工')).toEqual(no);
    expect(detectHandoff('不要ab转人工')).toEqual({ handoff: true, phrase: '转人工' });
  });

  it('a Latin cue counts only in the four words before the phrase', () => {
    expect(detectHandoff("I don't want to talk to a human")).toEqual(no);
    expect(detectHandoff("I don't want to wait, so please let me talk to a human")).toEqual({
      handoff: true,
      phrase: 'talk to a human',
    });
  });
});

describe('detectHandoff: misuse', () => {
  it('a non-string throws invalid_argument at path ["text"]', () => {
    expect(() => detectHandoff(42 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['text'],
        message: expect.stringContaining('text must be a string'),
      }),
    );
  });
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

describe('detectHandoff: a long message is read at its start and its end', () => {
  const filler = (n: number) => '我想问一下订单的情况。'.repeat(Math.ceil(n / 11)).slice(0, n);

  it('finds a request in the first or the last 4,096 characters of a 1 MB message', () => {
    expect(detectHandoff(`转人工${filler(1_000_000)}`)).toEqual({ handoff: true, phrase: '转人工' });
    expect(detectHandoff(`${filler(1_000_000)}转人工`)).toEqual({ handoff: true, phrase: '转人工' });
  });

  it('does not read the middle of a message longer than 8,192 characters (the cut is before normalizing)', () => {
    expect(detectHandoff(`${filler(5000)}转人工${filler(5000)}`)).toEqual({ handoff: false });
    // At 8,192 characters or fewer the whole text is read.
    expect(detectHandoff(`${filler(4000)}转人工${filler(4000)}`)).toEqual({
      handoff: true,
      phrase: '转人工',
    });
  });

  it('never splits a surrogate pair at the cut', () => {
    const text = `${'😀'.repeat(5000)}转人工`;
    expect(detectHandoff(text)).toEqual({ handoff: true, phrase: '转人工' });
  });
});

describe('safeDetectHandoff', () => {
  it('answers a string as detectHandoff does', () => {
    expect(safeDetectHandoff('转 人 工！！')).toEqual({
      success: true,
      data: { handoff: true, phrase: '转人工' },
    });
  });

  it.each([null, undefined, 42, {}, ['转人工']])(
    'gives an invalid_argument issue for %j, never throws',
    (value) => {
      expect(safeDetectHandoff(value)).toEqual({
        success: false,
        error: { issues: [expect.objectContaining({ code: 'invalid_argument', path: ['text'] })] },
      });
    },
  );
});
