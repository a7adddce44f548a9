// Internal (not exported by any entry point): the one adapter from zod's issues to the library's.
import type { Issue, IssuePath, SafeResult } from './result.js';

/** What the adapter reads of a zod v4 issue (`$ZodIssue`): its code, message and path. */
interface ZodIssueLike {
  readonly code: Issue['code'];
  readonly message: string;
  readonly path: IssuePath;
}

/**
 * zod's issues as the library's `Issue`s: code, message and path only (zod's extra fields, such as
 * `input`, may hold the caller's data and are dropped), each path under `prefix`.
 *
 * @param issues - `error.issues` of a failed `safeParse`
 * @param prefix - where the parsed value sits in the caller's argument (default: it is the argument)
 * @returns fresh `Issue` objects with fresh path arrays
 * @example
 * issuesFromZod([{ code: 'invalid_type', message: 'Expected a string', path: ['at'] }], [2]);
 * //=> [{ code: 'invalid_type', message: 'Expected a string', path: [2, 'at'] }]
 */
export function issuesFromZod(issues: readonly ZodIssueLike[], prefix: IssuePath = []): Issue[] {
  return issues.map(({ code, message, path }) => ({ code, message, path: [...prefix, ...path] }));
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
