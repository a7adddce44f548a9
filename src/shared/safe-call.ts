// Internal (not exported by any entry point): the one guard every safeParse-shaped function runs
// its body in, so that a hostile input cannot make it throw.
import { isTiantianError } from './errors.js';
import { fail, failWith, ok, type SafeResult } from './result.js';

/**
 * Runs the body of a function that promises the safeParse shape. Reading an untrusted value can
 * run code: a getter that throws, a Proxy whose traps throw, a revoked Proxy. Whatever such code
 * throws becomes one issue with code `'invalid_type'` at `path`, instead of escaping as a raw
 * `Error`. A `TiantianError` is the function's documented answer to a programmer's mistake (an
 * invalid configuration) and is thrown on unchanged.
 *
 * @param run - the function's body
 * @param path - where the unreadable value is (default: the whole input)
 * @returns what `run` returns, or `{ success: false, error: { issues: [{ code: 'invalid_type', … }] } }`
 * @example
 * safely(() => parse(input)); // a Proxy `input` whose traps throw gives an issue, not an exception
 */
export function safely<T>(run: () => SafeResult<T>, path: readonly PropertyKey[] = []): SafeResult<T> {
  try {
    return run();
  } catch (error) {
    if (isTiantianError(error)) throw error;
    return failWith('invalid_type', UNREADABLE, path);
  }
}

const UNREADABLE =
  'The input could not be read: a getter or a Proxy trap in it threw. Pass plain data (such as the output of JSON.parse).';

/**
 * The safeParse-shaped twin of a throwing function whose `TiantianError`s are its answers to bad
 * input (a customer's text that is not a string, an unknown locale): each becomes one issue with
 * the error's `code`, `message` and `path`. Anything else thrown (a getter or a Proxy trap of the
 * input) becomes the `'invalid_type'` issue of {@link safely}. It never throws.
 *
 * @param run - the call of the throwing twin
 * @param path - where an unreadable value is (default: the whole input)
 * @returns `{ success: true, data: run() }`, or the failure
 * @example
 * resultOf(() => triage(body.text, { now })); // body.text null gives an issue, not an exception
 */
export function resultOf<T>(run: () => T, path: readonly PropertyKey[] = []): SafeResult<T> {
  try {
    return ok(run());
  } catch (error) {
    if (isTiantianError(error)) return fail([{ code: error.code, message: error.message, path: error.path }]);
    return failWith('invalid_type', UNREADABLE, path);
  }
}
