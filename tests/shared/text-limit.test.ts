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
});
