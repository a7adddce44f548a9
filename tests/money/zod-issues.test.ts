import { describe, expect, it } from 'vitest';
import { CompensationRequestSchema } from '../../src/money/index.js';
import type { Issue } from '../../src/shared/result.js';
import { parseWith } from '../../src/money/zod-issues.js';

describe('parseWith', () => {
  it('prefixes zod issue paths, and turns a throwing value into an issue', () => {
    const issues: Issue[] = [];
    expect(
      parseWith(CompensationRequestSchema, { basis: 'fraud', price: -1 }, 'request', issues),
    ).toBeUndefined();
    parseWith(
      CompensationRequestSchema,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
      'request',
      issues,
    );
    expect(issues.map((i) => i.path)).toEqual([['request', 'price'], ['request']]);
  });
});
