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
    [{ code: 'invalid_type', expected: 'string' }, 'Expected a string'],
    [{ code: 'invalid_type', expected: 'symbol', input: 1 }, 'Expected symbol, got the number 1'],
    [{ code: 'invalid_type', expected: 'number', input: Number.NaN }, 'Expected a number, got NaN'],
    [{ code: 'invalid_value', values: ['a'], input: 'c' }, 'Expected "a", got "c"'],
    [{ code: 'invalid_value', values: ['a', 'b'] }, 'Expected one of "a", "b"'],
    [{ code: 'invalid_value', values: [1, 2], input: 3 }, 'Expected one of 1, 2, got the number 3'],
    [{ code: 'unrecognized_keys', keys: ['x'] }, 'Unknown key "x": unknown keys are refused, not dropped'],
    [{ code: 'unrecognized_keys' }, 'Unknown keys : unknown keys are refused, not dropped'],
    // An `inst` that is not a zod object (no `_zod`, or no `def`) names no allowed keys.
    [
      { code: 'unrecognized_keys', keys: ['x'], inst: {} },
      'Unknown key "x": unknown keys are refused, not dropped',
    ],
    [
      { code: 'unrecognized_keys', keys: ['x'], inst: { _zod: {} } },
      'Unknown key "x": unknown keys are refused, not dropped',
    ],
    [
      { code: 'unrecognized_keys', keys: ['x'], inst: { _zod: { def: { shape: {} } } } },
      'Unknown key "x" (allowed keys: none): unknown keys are refused, not dropped',
    ],
    [
      {
        code: 'invalid_union',
        errors: [[{ message: 'Expected a string' }], [], [{ message: 'Expected a number' }]],
        input: true,
      },
      'Matches none of the accepted forms: Expected a string; or Expected a number',
    ],
    [
      { code: 'invalid_union', errors: [[]], input: true },
      'Matches none of the accepted forms, got boolean true',
    ],
    [{ code: 'invalid_union', input: 5 }, 'Matches none of the accepted forms, got the number 5'],
    [{ code: 'invalid_format', format: 'email' }, 'Expected text in the email format'],
    [{ code: 'too_small', origin: 'string', minimum: 3 }, 'Expected at least 3 characters'],
    [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, 'Expected a number more than 0'],
    [{ code: 'too_big', origin: 'set', maximum: 2, inclusive: true }, 'Expected at most 2 items'],
    [{ code: 'too_big', origin: 'string', maximum: 9 }, 'Expected at most 9 characters'],
    [{ code: 'not_multiple_of', divisor: 5 }, 'Expected a multiple of 5'],
    [{ code: 'invalid_key' }, 'A key of this record is not allowed'],
    [{ code: 'invalid_element' }, 'An element of this collection is not allowed'],
    [{ code: 'custom' }, 'The value fails a check of the library'],
  ])('%o → %s', (issue, message) => {
    expect(describeZodIssue(issue)).toBe(message);
  });
});

// Each schema is made inside its test: `explained` runs when the schema is made, and a schema made
// while the file is collected would not be measured by mutation testing (Stryker activates a
// mutant only once the tests start).
describe('explained', () => {
  const makeSchema = () =>
    explained(
      z.strictObject({
        kind: z.enum(['a', 'b'], { error: 'kind is wrong' }),
        id: z.string().check(z.regex(/^\d+$/, 'id is digits')),
        tags: z.array(z.string().check(z.maxLength(3))),
      }),
    );
  const messagesOf = (schema: z.ZodMiniType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((issue) => issue.message);
  const messages = (value: unknown) => messagesOf(makeSchema(), value);

  it('gives every part without a sentence one, in place of zod/mini’s "Invalid input"', () => {
    expect(messages('x')).toEqual(['Expected an object, got "x"']);
    expect(messages({ kind: 'a', id: '1', tags: ['long'] })).toEqual(['Expected at most 3 characters']);
  });

  it('keeps a part’s own sentence, adding the allowed values it does not list', () => {
    expect(messages({ kind: 'c', id: 'x', tags: [] })).toEqual([
      'kind is wrong: one of "a", "b"',
      'id is digits',
    ]);
  });

  it.each([
    ['lists them all', 'colour is red or blue', 'colour is red or blue'],
    ['lists some', 'colour must be red', 'colour must be red: one of "red", "blue"'],
    ['lists none', 'colour is wrong', 'colour is wrong: one of "red", "blue"'],
  ])('adds the allowed values to a sentence that %s only when it misses one', (_case, own, message) => {
    const Colour = explained(z.enum(['red', 'blue'], { error: own }));
    expect(messagesOf(Colour, 'green')).toEqual([message]);
  });

  it('always names unknown keys, and the allowed ones', () => {
    expect(messages({ kind: 'a', id: '1', tags: [], note: 1 })).toEqual([
      'Unknown key "note" (allowed keys: kind, id, tags): unknown keys are refused, not dropped',
    ]);
  });

  it('names unknown keys even where the object has a sentence of its own', () => {
    const Body = explained(z.strictObject({ a: z.string() }, { error: 'bad body' }));
    expect(messagesOf(Body, { a: 'x', n: 1 })).toEqual([
      'Unknown key "n" (allowed keys: a): unknown keys are refused, not dropped',
    ]);
  });

  it.each([
    [
      'an object',
      z.object({ a: z.string() }, { error: 'body must be an object' }),
      'x',
      'body must be an object (got "x")',
    ],
    [
      'an array',
      z.array(z.string(), { error: 'tags must be a list' }),
      5,
      'tags must be a list (got the number 5)',
    ],
    [
      'an object, saying what came',
      z.object({}, { error: 'body must be an object, got text' }),
      'x',
      'body must be an object, got text',
    ],
    ['a string', z.string({ error: 'name must be text' }), 5, 'name must be text'],
  ])(
    'adds what came to an own sentence for a wrong body type where it expects %s',
    (_case, schema, value, message) => {
      expect(messagesOf(explained(schema), value)).toEqual([message]);
    },
  );

  it('tells a discriminated union of the wrong type so plainly, whatever its own sentence', () => {
    const Event = explained(
      z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })], {
        error: 'kind must be a or b',
      }),
    );
    expect(messagesOf(Event, 'x')).toEqual(['Expected an object, got "x"']);
  });

  it('keeps the own sentence of a union whose input matches no branch', () => {
    const Id = explained(z.union([z.string(), z.number()], { error: 'id must be text or a number' }));
    expect(messagesOf(Id, true)).toEqual(['id must be text or a number']);
  });

  it('gives a part whose own message function gives nothing the library’s sentence, through issuesFromZod', () => {
    const Colour = explained(
      z.enum(['red', 'blue'], {
        error: (issue) => (issue.input === undefined ? 'colour is required' : undefined),
      }),
    );
    expect(issuesFromZod(Colour.safeParse('green').error?.issues ?? [])).toEqual([
      { code: 'invalid_value', message: 'Expected one of "red", "blue"', path: [] },
    ]);
    expect(messagesOf(Colour, undefined)).toEqual(['colour is required: one of "red", "blue"']);
  });

  it.each([
    [
      'a tuple’s items and rest',
      () => z.tuple([z.string()], z.number()),
      [5, 'x'],
      ['Expected a number, got "x"', 'Expected a string, got the number 5'],
    ],
    [
      'a check without a sentence of a part with one',
      () => z.string({ error: 'name must be text' }).check(z.maxLength(3)),
      'long',
      ['Expected at most 3 characters'],
    ],
    ['a tuple without rest', () => z.tuple([z.string()]), [5], ['Expected a string, got the number 5']],
    ['a record’s values', () => z.record(z.string(), z.number()), { a: 'x' }, ['Expected a number, got "x"']],
    [
      'both sides of an intersection',
      () => z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })),
      {},
      [
        'Expected a string, got nothing (the field is missing)',
        'Expected a number, got nothing (the field is missing)',
      ],
    ],
    [
      'the input side of a pipe',
      () =>
        z.pipe(
          z.string(),
          z.transform((text: string) => text.length),
        ),
      5,
      ['Expected a string, got the number 5'],
    ],
    [
      'the output side of a pipe',
      () => z.pipe(z.transform(String), z.string().check(z.minLength(3))),
      5,
      ['Expected at least 3 characters'],
    ],
    [
      'an optional field',
      () => z.object({ a: z.optional(z.string()) }),
      { a: 5 },
      ['Expected a string, got the number 5'],
    ],
    [
      'an object’s catchall',
      () => z.catchall(z.object({ a: z.string() }), z.number()),
      { a: 'x', b: 'y' },
      ['Expected a number, got "y"'],
    ],
    [
      'the branches of a union',
      () => z.union([z.string(), z.number()]),
      true,
      [
        'Matches none of the accepted forms: Expected a string, got boolean true; or Expected a number, got boolean true',
      ],
    ],
  ])('reaches %s', (_part, make, value, expected) => {
    expect(messagesOf(explained(make() as z.ZodMiniType), value)).toEqual(expected);
  });

  it('reaches a record’s keys (the key’s own issue, inside the invalid_key issue)', () => {
    const Counts = explained(z.record(z.string().check(z.maxLength(2)), z.number()));
    expect(Counts.safeParse({ abc: 1 }).error?.issues).toEqual([
      {
        code: 'invalid_key',
        origin: 'record',
        issues: [
          {
            origin: 'string',
            code: 'too_big',
            maximum: 2,
            inclusive: true,
            path: [],
            message: 'Expected at most 2 characters',
          },
        ],
        path: ['abc'],
        message: 'A key of this record is not allowed',
      },
    ]);
  });

  it('explains a recursive schema once, without looping', () => {
    const Tree: z.ZodMiniType = z.object({
      name: z.string(),
      get children() {
        return z.array(Tree);
      },
    });
    expect(messagesOf(explained(Tree), { name: 'a', children: [{ name: 5, children: [] }] })).toEqual([
      'Expected a string, got the number 5',
    ]);
  });

  it('returns the same schema, and a second call changes nothing', () => {
    const Schema = makeSchema();
    const errorOf = (schema: unknown) => (schema as { _zod: { def: { error?: unknown } } })._zod.def.error;
    const before = [errorOf(Schema), errorOf(Schema.shape.kind), errorOf(Schema.shape.id)];
    expect(explained(Schema)).toBe(Schema);
    expect([errorOf(Schema), errorOf(Schema.shape.kind), errorOf(Schema.shape.id)]).toEqual(before);
    expect(before.map((error) => typeof error)).toEqual(['function', 'function', 'function']);
    expect(messagesOf(Schema, { kind: 'c', id: '1', tags: [] })).toEqual(['kind is wrong: one of "a", "b"']);
  });

  it('leaves undefined (no schema) as it is', () => {
    expect(explained(undefined)).toBeUndefined();
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
