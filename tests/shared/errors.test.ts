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

  // Two loaded copies of the library (its CommonJS and ES module builds) have two TiantianError
  // classes: an error of the other copy is recognized by its name and its string code.
  it.each([
    ['an error of another copy', { name: 'TiantianError', code: 'invalid_date' }, undefined, true],
    ['one with the code asked for', { name: 'TiantianError', code: 'invalid_date' }, 'invalid_date', true],
    ['one with another code', { name: 'TiantianError', code: 'invalid_date' }, 'unknown_channel', false],
    ['one whose code is not a string', { name: 'TiantianError', code: 7 }, undefined, false],
    ['one without a code', { name: 'TiantianError' }, undefined, false],
    ['another error with a code', { name: 'Error', code: 'invalid_date' }, undefined, false],
    ['a code without a name', { code: 'invalid_date' }, undefined, false],
    ['null', null, undefined, false],
    ['undefined', undefined, undefined, false],
    ['a string', 'TiantianError', undefined, false],
  ] as const)('isTiantianError of %s is %s', (_name, error, code, expected) => {
    expect(isTiantianError(error, code as 'invalid_date' | undefined)).toBe(expected);
  });

  it('isTiantianError is false for a value whose getters or traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(isTiantianError(hostile)).toBe(false);
    expect(
      isTiantianError(
        Object.defineProperty({}, 'name', {
          get() {
            throw new Error('getter');
          },
        }),
      ),
    ).toBe(false);
  });

  it('isTiantianError recognizes an instance by its class, whatever its name was set to', () => {
    const error = Object.assign(new TiantianError('invalid_date', 'bad'), { name: 'Renamed' });
    expect([isTiantianError(error), isTiantianError(error, 'invalid_date')]).toEqual([true, true]);
  });
});
