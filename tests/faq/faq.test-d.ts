import { describe, expectTypeOf, it } from 'vitest';
import {
  createFaqResolver,
  defaultFaqEntries,
  type FaqEntry,
  type FaqMatch,
  type FaqResolution,
  type FaqResolver,
  resolveFaq,
} from '../../src/faq/index.js';
import type { IssueType } from '../../src/shared/issue-types.js';

describe('faq types', () => {
  it('resolves to a discriminated resolution', () => {
    const result = resolveFaq('退款');
    expectTypeOf(result).toEqualTypeOf<FaqResolution>();
    if (result.status === 'no-match') expectTypeOf(result.best).toEqualTypeOf<null>();
    else expectTypeOf(result.best).toEqualTypeOf<FaqMatch>();
    expectTypeOf(result.candidates[0]!.id).toEqualTypeOf<IssueType>();
    expectTypeOf(createFaqResolver(defaultFaqEntries)).toEqualTypeOf<FaqResolver>();
    expectTypeOf(defaultFaqEntries).toEqualTypeOf<readonly FaqEntry[]>();
  });

  it('rejects misuse at compile time', () => {
    // @ts-expect-error the query must be a string
    resolveFaq(42);
    // @ts-expect-error an entry's id is an IssueType
    const bad: FaqEntry = { id: 'refund', title: defaultFaqEntries[0]!.title, answer: [], examples: [] };
    void bad;
  });
});
