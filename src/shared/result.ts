/**
 * One thing wrong with an input, as zod reports it: a machine `code`, a sentence for people, and
 * the `path` to the offending part (empty for the whole input).
 *
 * @example
 * const issue: Issue = { code: 'too_small', message: 'The picture is 640×480; at least 800×600 is needed.', path: ['files', 0] };
 */
export interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
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
export function failWith<T = never>(
  code: string,
  message: string,
  path: readonly PropertyKey[] = [],
): SafeResult<T> {
  return fail([{ code, message, path }]);
}
