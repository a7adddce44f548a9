import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { failFromZod, issuesFromZod } from '../../src/shared/zod-issues.js';

const Event = z.object({ at: z.string(), what: z.string().check(z.maxLength(3)) });

describe('issuesFromZod', () => {
  it('keeps code, message and path, drops the rest (zod’s `input` may hold private data)', () => {
    const parsed = Event.safeParse({ at: 5, what: 'secret text' });
    expect(parsed.success).toBe(false);
    expect(issuesFromZod(parsed.error?.issues ?? [], [3])).toEqual([
      { code: 'invalid_type', message: expect.any(String), path: [3, 'at'] },
      { code: 'too_big', message: expect.any(String), path: [3, 'what'] },
    ]);
  });

  it('gives fresh path arrays, so a caller cannot change zod’s', () => {
    const issue = { code: 'custom', message: 'm', path: ['a'] } as const;
    const [copy] = issuesFromZod([issue]);
    expect(copy).toEqual({ code: 'custom', message: 'm', path: ['a'] });
    expect(copy?.path).not.toBe(issue.path);
  });

  it('failFromZod wraps them in the safeParse failure shape', () => {
    expect(failFromZod([{ code: 'custom', message: 'm', path: [] }])).toEqual({
      success: false,
      error: { issues: [{ code: 'custom', message: 'm', path: [] }] },
    });
  });
});
