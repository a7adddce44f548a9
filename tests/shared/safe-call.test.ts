import { describe, expect, it } from 'vitest';
import { TiantianError } from '../../src/shared/errors.js';
import { ok } from '../../src/shared/result.js';
import { safely } from '../../src/shared/safe-call.js';

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

  it('throws a TiantianError (a documented misuse) on unchanged', () => {
    expect(() =>
      safely(() => {
        throw new TiantianError('invalid_configuration', 'bad');
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_configuration', path: [] }));
  });
});
