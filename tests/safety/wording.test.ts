import { describe, expect, it } from 'vitest';
import { SCAM_WORDING_MODEL } from '../../src/safety/generated/scam-model.js';
import { normalizeScamText } from '../../src/safety/scam.js';
import {
  bucketLevel,
  levelPair,
  makesNoDemand,
  negationScopes,
  ngramBuckets,
  type ScamWordingModel,
  scoreWording,
} from '../../src/safety/wording.js';
import { labelledMessages, trainScamModel } from '../../tools/scam-model.js';

const scoped = (text: string): string => {
  const scope = negationScopes(text);
  return [...text].map((c, i) => (scope[i] === 1 ? c : '_')).join('');
};

describe('the shipped wording model', () => {
  it('is the one tools/build-scam-model.ts trains from the committed corpora (no drift)', () => {
    expect(trainScamModel(labelledMessages())).toEqual(SCAM_WORDING_MODEL);
  });

  it('holds one level pair per two buckets, every character a valid pair', () => {
    expect(SCAM_WORDING_MODEL.weights.length).toBe(2 ** (SCAM_WORDING_MODEL.bits - 1));
    for (let bucket = 0; bucket < 2 ** SCAM_WORDING_MODEL.bits; bucket++) {
      const level = bucketLevel(SCAM_WORDING_MODEL.weights, bucket);
      expect(Number.isInteger(level) && level >= -4 && level <= 4).toBe(true);
    }
  });
});

describe('bucketLevel and levelPair', () => {
  it('round-trip every pair of levels −4…4 through one printable character that needs no escape', () => {
    for (let even = -4; even <= 4; even++) {
      for (let odd = -4; odd <= 4; odd++) {
        const pair = levelPair(even, odd);
        expect(pair).toMatch(/^[ -~]$/);
        expect(pair).not.toMatch(/[\\"'`$<]/);
        expect([bucketLevel(pair, 0), bucketLevel(pair, 1)]).toEqual([even, odd]);
      }
    }
  });

  it('gives the commonest pair, two zeros, the commonest character of minified code', () => {
    expect(levelPair(0, 0)).toBe('e');
  });

  it('reads 0 past the end of the weights and for a character that holds no pair', () => {
    expect(bucketLevel(levelPair(4, 4), 2)).toBe(0);
    expect(bucketLevel(levelPair(4, 4), 3)).toBe(0);
    expect(bucketLevel('\\', 0)).toBe(0);
    expect(bucketLevel('"', 1)).toBe(0);
  });
});

describe('makesNoDemand', () => {
  it.each([
    ['验证码收不到怎么办', true],
    ["my code isn't arriving", true],
    ['no me llega el codigo', true],
    ['刷单返利都是诈骗', true],
    ['请把验证码告诉我', false],
    // A Latin cue starts a word: “uno llega” is not “no llega”.
    ['uno llega mañana', false],
  ])('%j → %s', (text, expected) => {
    expect(makesNoDemand(normalizeScamText(text))).toBe(expected);
  });
});

describe('ngramBuckets', () => {
  it('gives each distinct unigram, bigram and Latin word one bucket, with where it first occurs', () => {
    const buckets = ngramBuckets('ab ab', 20);
    // a, ab, b, "b ", " ", " a", and the word ab: the second "ab" repeats them.
    expect(buckets.size).toBe(7);
    expect([...buckets.values()].every((at) => at >> 8 < 3)).toBe(true);
  });

  it('reads every digit as 0, so that numbers are one feature', () => {
    expect([...ngramBuckets('12', 16).keys()]).toEqual([...ngramBuckets('90', 16).keys()]);
  });

  it('numbers a feature under a negation past the weights', () => {
    const size = 2 ** 12;
    const buckets = [...ngramBuckets(normalizeScamText('请勿把验证码告诉他人'), 12).keys()];
    expect(buckets.some((b) => b >= size)).toBe(true);
    expect(buckets.some((b) => b < size)).toBe(true);
  });
});

describe('negationScopes', () => {
  it('covers a Chinese negation to the end of its clause', () => {
    expect(scoped('请勿泄露验证码，谢谢')).toBe('__泄露验证码___');
  });

  it('ends a Chinese negation at a space between runs of Han, but not at one just after the cue', () => {
    expect(scoped('不要告诉家人 按我说的转账')).toBe('__告诉家人_______');
    expect(scoped('千万不要 把验证码发给人')).toBe('_____把验证码发给人');
  });

  it('covers a Latin negation to the end of its sentence, commas included', () => {
    expect(scoped('we never ask for a code, or a pin. ok')).toBe('________ ask for a code, or a pin____');
  });

  it('does not read a Latin cue inside a longer word', () => {
    expect(scoped('forever ask')).toBe('___________');
  });

  it('covers the whole sentence that gives an official number, not a longer number holding it', () => {
    expect(scoped('被骗请拨打110。好')).toBe('被骗请拨打110__');
    expect(scoped('拨打1101234')).toBe('_________');
  });
});

describe('scoreWording', () => {
  const model: ScamWordingModel = { bits: 1, scale: 0.5, bias: -1, weights: levelPair(2, -4) };

  it('gives the bias for an empty text', () => {
    expect(scoreWording('', model)).toEqual({ logit: -1, evidence: '' });
  });

  it('adds the levels of the distinct features times the scale over the square root of their number', () => {
    const buckets = ngramBuckets('验证', 1);
    let sum = 0;
    for (const bucket of buckets.keys()) sum += bucketLevel(model.weights, bucket);
    expect(scoreWording('验证', model).logit).toBeCloseTo(-1 + (sum * 0.5) / Math.sqrt(buckets.size), 12);
  });

  it('quotes only readable spans that pushed the logit up: Han bigrams and whole words', () => {
    const { evidence } = scoreWording(normalizeScamText('请把验证码发给我'), SCAM_WORDING_MODEL);
    const normalized = normalizeScamText('请把验证码发给我');
    for (const part of evidence.split('…')) {
      expect(part.length).toBeGreaterThanOrEqual(2);
      expect(normalized).toContain(part);
    }
  });
});
