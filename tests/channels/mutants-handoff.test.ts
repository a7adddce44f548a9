// Boundary tests for detectHandoff written against the mutants Stryker left alive in
// src/channels/handoff.ts: word boundaries per character class, astral characters (surrogate
// pairs), repeats across separators, standalone repetitions, the 人工 exceptions, negation windows.
import { describe, expect, it } from 'vitest';
import { detectHandoff } from '../../src/channels/index.js';
import { isTiantianError } from '../../src/shared/errors.js';

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
    expect(detectHandoff('gotta human please')).toEqual(no);
    expect(detectHandoff('a human please')).toEqual({ handoff: true, phrase: 'human agent' });
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
    try {
      detectHandoff(42 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isTiantianError(error)).toBe(true);
      if (!isTiantianError(error)) return;
      expect(error.code).toBe('invalid_argument');
      expect(error.path).toEqual(['text']);
      expect(error.message).toContain('text must be a string');
    }
  });
});
