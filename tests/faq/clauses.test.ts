import { describe, expect, it } from 'vitest';
import { clauseBounds, questionClause } from '../../src/faq/clauses.js';

describe('questionClause', () => {
  it.each([
    [
      'the clause before a question mark',
      'I sent the boots back two weeks ago, so where is my refund?',
      ' so where is my refund',
    ],
    [
      'the clause after an inverted question mark',
      'La licuadora llegó rota, ¿cómo pido la devolución?',
      'cómo pido la devolución',
    ],
    [
      'a Chinese clause with a question word, split at a space',
      '付款三天了 怎么还不发货 急用',
      '怎么还不发货',
    ],
    ['the last of several questions', '东西呢？？？物流怎么不动了', '物流怎么不动了'],
    [
      'the question sentence after sentences ended by full stops',
      'I paid on Friday. The seller never answered. Where is my order?',
      ' Where is my order',
    ],
  ])('%s', (_, text, clause) => {
    expect(questionClause(text)).toBe(clause);
  });

  it.each([
    ['a single clause', '优惠券怎么用不了'],
    ['several clauses, none a question', '付款三天了 还没发货 急用'],
    ['an empty message', ''],
  ])('%s: none', (_, text) => {
    expect(questionClause(text)).toBeUndefined();
  });
});

describe('clauseBounds', () => {
  it('ends a clause at a full stop before a space or at the end, not inside a number', () => {
    const text = 'It cost 9.9 yuan. It broke. Help.';
    const { starts, ends } = clauseBounds(text);
    expect(starts.map((start, k) => text.slice(start, ends[k]))).toEqual([
      'It cost 9.9 yuan',
      ' It broke',
      ' Help',
    ]);
  });
});
