import { describe, expect, it } from 'vitest';
import { TiantianError } from '../../src/shared/errors.js';
import { ok } from '../../src/shared/result.js';
import { resultOf, safely } from '../../src/shared/safe-call.js';

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
  },
);

describe('safely', () => {
  it('returns what the body returns', () => {
    expect(safely(() => ok(3))).toEqual({ success: true, data: 3 });
  });

  it('turns what reading a hostile value throws into one invalid_type issue at the path', () => {
    expect(safely(() => ok((hostile as { a: number }).a), ['options'])).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message:
              'The input could not be read: a getter or a Proxy trap in it threw. Pass plain data (such as the output of JSON.parse).',
            path: ['options'],
          },
        ],
      },
    });
  });

  it('puts the issue at the whole input when no path is given', () => {
    expect(safely(() => ok((hostile as { a: number }).a))).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_type', message: expect.any(String), path: [] }] },
    });
  });

  it('throws a TiantianError (a documented misuse) on unchanged', () => {
    expect(() =>
      safely(() => {
        throw new TiantianError('invalid_configuration', 'bad');
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration', path: [] }));
  });
});

describe('resultOf', () => {
  it('wraps a value in the success shape', () => {
    expect(resultOf(() => 42)).toEqual({ success: true, data: 42 });
  });

  it("turns a TiantianError into one issue with the error's code, message and path", () => {
    const run = () => {
      throw new TiantianError('invalid_argument', 'query must be a string, got null', { path: ['query'] });
    };
    expect(resultOf(run)).toEqual({
      success: false,
      error: {
        issues: [{ code: 'invalid_argument', message: 'query must be a string, got null', path: ['query'] }],
      },
    });
  });

  it('turns anything else thrown (a getter, a Proxy trap) into an invalid_type issue at the path', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    const result = resultOf(() => (hostile as { x: number }).x, ['options']);
    expect(result).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code: 'invalid_type', path: ['options'] })] },
    });
  });

  it('puts that issue at the whole input when no path is given', () => {
    expect(resultOf(() => (hostile as { x: number }).x)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message:
              'The input could not be read: a getter or a Proxy trap in it threw. Pass plain data (such as the output of JSON.parse).',
            path: [],
          },
        ],
      },
    });
  });
});
