import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeZodIssue, explained, failFromZod, issuesFromZod } from '../../src/shared/zod-issues.js';

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

describe('describeZodIssue', () => {
  it.each([
    [{ code: 'invalid_type', expected: 'object', input: [] }, 'Expected an object, got an array'],
    [
      { code: 'invalid_type', expected: 'string', input: undefined },
      'Expected a string, got nothing (the field is missing)',
    ],
    [{ code: 'invalid_type', expected: 'int', input: 1.5 }, 'Expected a whole number, got the number 1.5'],
    [{ code: 'invalid_value', values: ['a', 'b'], input: 'c' }, 'Expected one of "a", "b", got "c"'],
    [
      { code: 'unrecognized_keys', keys: ['x', 'y'] },
      'Unknown keys "x", "y": unknown keys are refused, not dropped',
    ],
    [{ code: 'too_small', origin: 'array', minimum: 1, inclusive: true }, 'Expected at least 1 items'],
    [
      { code: 'too_big', origin: 'number', maximum: 100, inclusive: false },
      'Expected a number less than 100',
    ],
    [
      { code: 'invalid_format', format: 'regex', pattern: '/^\\d+$/' },
      'The text does not have the form this field takes',
    ],
    [
      {
        code: 'invalid_union',
        note: 'No matching discriminator',
        discriminator: 'kind',
        options: ['a', 'b'],
      },
      'kind must be one of "a", "b"',
    ],
  ])('%o → %s', (issue, message) => {
    expect(describeZodIssue(issue)).toBe(message);
  });
});

describe('explained', () => {
  const Schema = explained(
    z.strictObject({
      kind: z.enum(['a', 'b'], { error: 'kind is wrong' }),
      id: z.string().check(z.regex(/^\d+$/, 'id is digits')),
      tags: z.array(z.string().check(z.maxLength(3))),
    }),
  );
  const messages = (value: unknown) => Schema.safeParse(value).error?.issues.map((issue) => issue.message);

  it('gives every part without a sentence one, in place of zod/mini’s "Invalid input"', () => {
    expect(messages('x')).toEqual(['Expected an object, got "x"']);
    expect(messages({ kind: 'a', id: '1', tags: ['long'] })).toEqual([
      'Expected at least 3 characters'.replace('least', 'most'),
    ]);
  });

  it('keeps a part’s own sentence, adding the allowed values it does not list', () => {
    expect(messages({ kind: 'c', id: 'x', tags: [] })).toEqual([
      'kind is wrong: one of "a", "b"',
      'id is digits',
    ]);
  });

  it('always names unknown keys, and the allowed ones', () => {
    expect(messages({ kind: 'a', id: '1', tags: [], note: 1 })).toEqual([
      'Unknown key "note" (allowed keys: kind, id, tags): unknown keys are refused, not dropped',
    ]);
  });

  it('returns the same schema, and a second call changes nothing', () => {
    expect(explained(Schema)).toBe(Schema);
    expect(messages({ kind: 'c', id: '1', tags: [] })).toEqual(['kind is wrong: one of "a", "b"']);
  });
});

describe('issuesFromZod on a schema made without explained', () => {
  it('turns a bare "Invalid input" into a sentence from the issue', () => {
    const parsed = z.strictObject({ a: z.string() }).safeParse({ a: 'x', b: 1 });
    expect(issuesFromZod(parsed.error?.issues ?? [])).toEqual([
      {
        code: 'unrecognized_keys',
        message: 'Unknown key "b": unknown keys are refused, not dropped',
        path: [],
      },
    ]);
  });
});
