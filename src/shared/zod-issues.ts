// Internal (not exported by any entry point): the one adapter from zod's issues to the library's.
import { describeValue } from './assert.js';
import type { Issue, IssuePath, SafeResult } from './result.js';

/** What the adapter reads of a zod v4 issue (`$ZodIssue`): its code, message and path. */
interface ZodIssueLike {
  readonly code: Issue['code'];
  readonly message: string;
  readonly path: IssuePath;
}

/**
 * zod's issues as the library's `Issue`s: code, message and path only (zod's extra fields, such as
 * `input`, may hold the caller's data and are dropped), each path under `prefix`; a bare "Invalid
 * input" becomes the sentence of {@link describeZodIssue}.
 *
 * @param issues - `error.issues` of a failed `safeParse`
 * @param prefix - where the parsed value sits in the caller's argument (default: it is the argument)
 * @returns fresh `Issue` objects with fresh path arrays
 * @example
 * issuesFromZod([{ code: 'invalid_type', message: 'Expected a string', path: ['at'] }], [2]);
 * //=> [{ code: 'invalid_type', message: 'Expected a string', path: [2, 'at'] }]
 */
export function issuesFromZod(issues: readonly ZodIssueLike[], prefix: IssuePath = []): Issue[] {
  return issues.map((issue) => ({
    code: issue.code,
    // A schema made without `explained` (an internal one) still gives a sentence, not "Invalid input".
    message:
      issue.message === 'Invalid input' ? describeZodIssue(issue as unknown as RawIssue) : issue.message,
    path: [...prefix, ...issue.path],
  }));
}

/**
 * A failed `SafeResult` carrying zod's issues, by {@link issuesFromZod}.
 *
 * @param issues - `error.issues` of a failed `safeParse`
 * @returns `{ success: false, error: { issues } }`
 * @example
 * failFromZod(schema.safeParse(input).error.issues);
 */
export function failFromZod<T = never>(issues: readonly ZodIssueLike[]): SafeResult<T> {
  return { success: false, error: { issues: issuesFromZod(issues) } };
}

/** What a zod v4 issue carries, as its message function sees it (`$ZodRawIssue`). */
interface RawIssue {
  readonly code: string;
  readonly input?: unknown;
  readonly inst?: unknown;
  readonly message?: string;
  readonly [field: string]: unknown;
}

type MessageOf = (issue: RawIssue) => string | undefined;

const OURS: unique symbol = Symbol('tiantian-support messages');

const isOurs = (message: MessageOf): boolean => (message as { [OURS]?: boolean })[OURS] === true;

/** {@link describeZodIssue} as a part's message function, marked so that a second call keeps it. */
const describeAsOurs: MessageOf = Object.assign((issue: RawIssue) => describeZodIssue(issue), {
  [OURS]: true,
});

const quoted = (values: readonly unknown[]): string =>
  values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ');

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  date: 'a valid Date',
  bigint: 'a bigint',
  nonoptional: 'a value',
};

function received(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : `the number ${input}`;
  return describeValue(input);
}

function range(issue: RawIssue, small: boolean): string {
  const limit = String(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  if (issue.origin === 'string') return `Expected ${bound} ${limit} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Expected ${bound} ${limit} items`;
  return `Expected a number ${bound} ${limit}`;
}

function unionMessage(issue: RawIssue): string {
  if (issue.note === 'No matching discriminator')
    return `${String(issue.discriminator)} must be one of ${quoted(issue.options as unknown[])}`;
  const branches = (issue.errors as readonly (readonly { message: string }[])[] | undefined) ?? [];
  const first = branches.map((errors) => errors[0]?.message).filter((message) => message !== undefined);
  return first.length > 0
    ? `Matches none of the accepted forms: ${first.join('; or ')}`
    : `Matches none of the accepted forms, got ${received(issue.input)}`;
}

/**
 * A sentence a client developer can act on for any zod v4 issue: the expected type and what came,
 * the unknown keys and the allowed ones, the allowed values, the bounds. Never a raw pattern.
 *
 * @param issue - a zod issue (raw, as a message function sees it, or final)
 * @returns the message
 * @example
 * describeZodIssue({ code: 'invalid_type', expected: 'object', input: [] }); //=> 'Expected an object, got an array'
 */
export function describeZodIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      const what = TYPE_NAMES[expected] ?? expected;
      return 'input' in issue ? `Expected ${what}, got ${received(issue.input)}` : `Expected ${what}`;
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys as readonly string[]) ?? [];
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      const allowed =
        shape === undefined ? '' : ` (allowed keys: ${Object.keys(shape).join(', ') || 'none'})`;
      return `Unknown key${keys.length === 1 ? '' : 's'} ${quoted(keys)}${allowed}: unknown keys are refused, not dropped`;
    }
    case 'invalid_value':
      return `Expected ${(issue.values as unknown[]).length === 1 ? '' : 'one of '}${quoted(issue.values as unknown[])}${'input' in issue ? `, got ${received(issue.input)}` : ''}`;
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'The text does not have the form this field takes'
        : `Expected text in the ${String(issue.format)} format`;
    case 'too_small':
      return range(issue, true);
    case 'too_big':
      return range(issue, false);
    case 'not_multiple_of':
      return `Expected a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'A key of this record is not allowed';
    case 'invalid_element':
      return 'An element of this collection is not allowed';
    default:
      return 'The value fails a check of the library';
  }
}

/** The library's message for an issue raised by a node that already has one. */
function amend(own: MessageOf, issue: RawIssue): string | undefined {
  // Unknown keys are always named, whatever sentence the schema gives.
  if (issue.code === 'unrecognized_keys') return describeZodIssue(issue);
  // A union's sentence is about its branches; a body of the wrong type is told so plainly.
  if (issue.code === 'invalid_type' && (issue.inst as Node | undefined)?._zod.def.type === 'union')
    return describeZodIssue(issue);
  const message = own(issue);
  if (message === undefined) return undefined;
  if (issue.code === 'invalid_value') {
    const values = issue.values as readonly unknown[];
    if (!values.every((value) => message.includes(String(value))))
      return `${message}: one of ${quoted(values)}`;
  }
  if (
    issue.code === 'invalid_type' &&
    (issue.expected === 'object' || issue.expected === 'array') &&
    'input' in issue &&
    !/\bgot\b/.test(message)
  )
    return `${message} (got ${received(issue.input)})`;
  return message;
}

interface Node {
  readonly _zod: { readonly def: Record<string, unknown> & { error?: MessageOf } };
}

function explain(node: Node | undefined, seen: Set<unknown>): void {
  if (node === undefined || seen.has(node)) return;
  seen.add(node);
  const def = node._zod.def;
  const own = def.error;
  if (own === undefined) def.error = describeAsOurs;
  else if (!isOurs(own)) def.error = Object.assign((issue: RawIssue) => amend(own, issue), { [OURS]: true });
  const children: unknown[] = Object.values((def.shape as object | undefined) ?? {});
  // The parts a node holds in a list (a union's branches, a tuple's items, its checks), then one by one.
  for (const key of ['options', 'items', 'checks']) {
    const list = def[key];
    if (Array.isArray(list)) children.push(...list);
  }
  for (const key of [
    'catchall',
    'element',
    'left',
    'right',
    'rest',
    'keyType',
    'valueType',
    'innerType',
    'in',
    'out',
  ])
    children.push(def[key]);
  for (const child of children)
    if (typeof child === 'object' && child !== null && '_zod' in child) explain(child as Node, seen);
}

/**
 * Gives every part of a zod schema (its fields, items, branches and checks) a message a client
 * developer can act on, where zod/mini would say only "Invalid input": {@link describeZodIssue}.
 * A part's own sentence is kept, except that unknown keys are always named, the allowed values of
 * an enum are added when the sentence does not list them, and a wrong body type says what came.
 * Call it once where the schema is made; it returns the same schema.
 *
 * @param schema - a zod schema of the library
 * @returns the same schema
 * @example
 * const Schema = explained(z.strictObject({ at: z.string() }));
 * Schema.safeParse({ at: 'x', by: 1 }).error?.issues[0]?.message; //=> 'Unknown key "by" (allowed keys: at): unknown keys are refused, not dropped'
 */
export function explained<T>(schema: T): T {
  explain(schema as unknown as Node, new Set());
  return schema;
}
