import { describe, expect, it } from 'vitest';
import { isTiantianError, TiantianError } from '../../src/shared/errors.js';

describe('TiantianError', () => {
  it('keeps the cause when given, and has none otherwise', () => {
    const cause = new Error('root');
    expect(new TiantianError('invalid_argument', 'm', { cause }).cause).toBe(cause);
    expect('cause' in new TiantianError('invalid_argument', 'm')).toBe(false);
    expect('cause' in new TiantianError('invalid_argument', 'm', { path: ['x'] })).toBe(false);
  });

  it('path defaults to the whole argument', () => {
    expect(new TiantianError('invalid_argument', 'm').path).toEqual([]);
    expect(new TiantianError('invalid_argument', 'm', {}).path).toEqual([]);
    expect(new TiantianError('invalid_argument', 'm', { path: ['a', 0] }).path).toEqual(['a', 0]);
  });

  it('isTiantianError without a code accepts every code', () => {
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'))).toBe(true);
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'), 'invalid_date')).toBe(true);
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'), 'unknown_channel')).toBe(false);
    expect(isTiantianError(new Error('x'))).toBe(false);
  });
});
