import type { IssuePath } from './result.js';

/**
 * The codes of {@link TiantianError}: what a programmer got wrong.
 *
 * @example
 * const code: TiantianErrorCode = 'invalid_argument';
 */
export type TiantianErrorCode =
  | 'invalid_argument'
  | 'invalid_date'
  | 'invalid_configuration'
  | 'unknown_channel'
  | 'unknown_issue_type'
  | 'unknown_script'
  | 'missing_variable'
  | 'invalid_variable'
  | 'out_of_range';

/**
 * The one error class the library throws, for misuse by a programmer (an unknown id, an invalid
 * `Date`, a configuration with no open time). Untrusted input gets a `safeParse`-shaped result
 * instead. `code` says what went wrong; `path` says where, when the fault is in an argument's part.
 *
 * @example
 * try {
 *   getChannel('fax' as ChannelId);
 * } catch (error) {
 *   if (isTiantianError(error)) console.log(error.code); //=> 'unknown_channel'
 * }
 */
export class TiantianError<Code extends TiantianErrorCode = TiantianErrorCode> extends Error {
  override readonly name = 'TiantianError';
  /** What went wrong, as a stable literal. */
  readonly code: Code;
  /** Where in the argument the fault is, when it is in a part of it. */
  readonly path: IssuePath;

  constructor(code: Code, message: string, options?: { path?: IssuePath; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options?.path ?? [];
  }
}

/**
 * Whether a value is a {@link TiantianError}, optionally of one code.
 *
 * @param error - anything caught
 * @param code - the code wanted, if any
 * @returns true for an error thrown by this library (with that code)
 * @example
 * isTiantianError(new TiantianError('invalid_date', 'bad')); //=> true
 * isTiantianError(new Error('x')); //=> false
 */
export function isTiantianError<Code extends TiantianErrorCode>(
  error: unknown,
  code?: Code,
): error is TiantianError<Code> {
  return error instanceof TiantianError && (code === undefined || error.code === code);
}
