import type { TiantianErrorCode } from './errors.js';

/**
 * The codes zod v4 gives its issues (`$ZodIssueCode`): the library uses the same code where zod has
 * one (`too_big` for a text that is too long, not `too_long`).
 *
 * @example
 * ZOD_ISSUE_CODES.includes('too_big'); //=> true
 */
export const ZOD_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;

/**
 * The library's own issue codes, for what zod has no code for: `missing` (a required part is
 * absent), `invalid_date` (a value that is not a valid time), `truncated`, `corrupt` and
 * `unknown_format` (bytes that are not a whole picture of a known format), `not_meaningful` and
 * `placeholder` (a STAR part that is only punctuation, or filler such as “无”), and the
 * {@link TiantianErrorCode}s a `safe*` function reports instead of throwing (`missing_variable`,
 * `invalid_variable`, `unknown_script`, `invalid_argument`, …).
 *
 * @example
 * LIBRARY_ISSUE_CODES.includes('missing'); //=> true
 */
export const LIBRARY_ISSUE_CODES = [
  'missing',
  'invalid_date',
  'truncated',
  'corrupt',
  'unknown_format',
  'not_meaningful',
  'placeholder',
  'invalid_argument',
  'invalid_configuration',
  'unknown_channel',
  'unknown_issue_type',
  'unknown_script',
  'missing_variable',
  'invalid_variable',
  'out_of_range',
] as const;

/**
 * The code of an {@link Issue}: one of zod's codes or one of the library's own. A caller can
 * `switch` over it; TypeScript checks the cases.
 *
 * @example
 * const code: IssueCode = 'too_big';
 */
export type IssueCode = (typeof ZOD_ISSUE_CODES)[number] | (typeof LIBRARY_ISSUE_CODES)[number];

/**
 * Where a fault is inside an input: property names and array indexes from the outside in (empty
 * for the whole input). The same type for {@link Issue} and `TiantianError`, and zod's own.
 *
 * @example
 * const path: IssuePath = ['files', 0, 'name'];
 */
export type IssuePath = readonly PropertyKey[];

/**
 * One thing wrong with an input, as zod reports it: a machine `code`, a sentence for people, and
 * the `path` to the offending part (empty for the whole input).
 *
 * @example
 * const issue: Issue = { code: 'too_small', message: 'The picture is 640×480; at least 800×600 is needed.', path: ['files', 0] };
 */
export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
  readonly path: IssuePath;
}

/**
 * The result for untrusted input, in zod's `safeParse` shape: either the data, or the issues.
 *
 * @example
 * const result: SafeResult<number> = { success: true, data: 42 };
 * if (!result.success) console.log(result.error.issues[0]?.message);
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/**
 * A successful {@link SafeResult}.
 *
 * @param data - the value
 * @returns `{ success: true, data }`
 * @example
 * ok(3); //=> { success: true, data: 3 }
 */
export function ok<T>(data: T): SafeResult<T> {
  return { success: true, data };
}

/**
 * A failed {@link SafeResult}.
 *
 * @param issues - at least one issue
 * @returns `{ success: false, error: { issues } }`
 * @example
 * fail([{ code: 'invalid_type', message: 'Expected a string', path: [] }]);
 */
export function fail<T = never>(issues: readonly Issue[]): SafeResult<T> {
  return { success: false, error: { issues } };
}

/**
 * A failed {@link SafeResult} with a single issue.
 *
 * @param code - the machine code
 * @param message - the sentence for people
 * @param path - where the fault is (default: the whole input)
 * @returns `{ success: false, error: { issues: [{ code, message, path }] } }`
 * @example
 * failWith('invalid_format', 'Not an order number', ['orderId']);
 */
export function failWith<T = never>(code: IssueCode, message: string, path: IssuePath = []): SafeResult<T> {
  return fail([{ code, message, path }]);
}
