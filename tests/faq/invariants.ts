import { expect } from 'vitest';
import type { FaqResolution } from '../../src/faq/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';

/** The invariants every resolution keeps, whatever the query. */
export function expectValidResolution(result: FaqResolution): void {
  expect(['matched', 'ambiguous', 'no-match']).toContain(result.status);
  expect(result.best === null).toBe(result.status === 'no-match');
  if (result.best !== null) expect(result.best).toBe(result.candidates[0]);
  for (const [i, candidate] of result.candidates.entries()) {
    expect(candidate.score).toBeGreaterThanOrEqual(0);
    expect(candidate.score).toBeLessThanOrEqual(1);
    expect(ISSUE_TYPES).toContain(candidate.id);
    expect(candidate.entry.id).toBe(candidate.id);
    const previous = result.candidates[i - 1];
    if (previous !== undefined) expect(previous.score).toBeGreaterThanOrEqual(candidate.score);
  }
  expect(new Set(result.candidates.map((c) => c.id)).size).toBe(result.candidates.length);
}
