import { describe, expect, it } from 'vitest';
import { CUSTOMER_TEXT_SCAN_LENGTH, headOf, tailOf } from '../../src/shared/text-limit.js';

describe('headOf and tailOf', () => {
  it('return a short text itself', () => {
    expect(headOf('转人工')).toBe('转人工');
    expect(tailOf('转人工')).toBe('转人工');
  });

  it('keep the first or last 4,096 units of a longer text', () => {
    const text = `${'a'.repeat(CUSTOMER_TEXT_SCAN_LENGTH)}b${'c'.repeat(CUSTOMER_TEXT_SCAN_LENGTH)}`;
    expect(headOf(text)).toBe('a'.repeat(CUSTOMER_TEXT_SCAN_LENGTH));
    expect(tailOf(text)).toBe('c'.repeat(CUSTOMER_TEXT_SCAN_LENGTH));
  });

  it('drop the half of a surrogate pair the cut would split', () => {
    expect(headOf('ab😀c', 3)).toBe('ab');
    expect(tailOf('a😀bc', 3)).toBe('bc');
    expect(headOf('a😀c', 3)).toBe('a😀');
    expect(tailOf('a😀c', 3)).toBe('😀c');
  });

  // U+D800 and U+DBFF are the first and last high (leading) surrogates; U+DC00 is a low one.
  it.each([
    ['a\uD800b', 'a'],
    ['a\uDBFFb', 'a'],
    ['a\uDC00b', 'a\uDC00'],
  ])('headOf(%j, 2) is %j', (text, head) => {
    expect(headOf(text, 2)).toBe(head);
  });

  it.each([
    ['\uD800bc', 'c'],
    ['\uDBFFbc', 'c'],
    ['\uDC00bc', 'bc'],
  ])('tailOf(%j, 2) is %j', (text, tail) => {
    expect(tailOf(text, 2)).toBe(tail);
  });

  it('return a text of exactly the length itself, even one ending in a lone high surrogate', () => {
    expect(headOf('ab\uD83D', 3)).toBe('ab\uD83D');
  });

  it('return a text shorter than the length itself, not a part of it', () => {
    expect({ head: headOf('abc', 5), tail: tailOf('abc', 5) }).toEqual({ head: 'abc', tail: 'abc' });
  });
});
