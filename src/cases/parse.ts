// Reading a stored case log back: shape only. Whether its hashes hold is `verifyCaseLog`'s job, so
// that a tampered log can still be read and the tampering located.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { type SafeResult, fail, failWith } from '../shared/result.js';
import { CaseEventJsonSchema } from './events.js';
import { CASE_LOG_FORMAT, type CaseLog, MAX_CASE_LOG_ENTRIES } from './log-shape.js';
import { validateCaseLogJson } from './validate.js';

export { MAX_CASE_LOG_ENTRIES } from './log-shape.js';

const hex = (name: string) =>
  z
    .string({ error: `${name} must be a string` })
    .check(z.regex(/^[0-9a-f]{64}$/, `${name} must be 64 lowercase hexadecimal digits`));

/**
 * Validates the JSON form of a case log (what `JSON.stringify(log)` writes) and gives the log, its
 * instants as `Date`s.
 *
 * @example
 * CaseLogJsonSchema.safeParse(JSON.parse(JSON.stringify(createCaseLog()))).success; //=> true
 */
export const CaseLogJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      format: z.literal(CASE_LOG_FORMAT, { error: `format must be "${CASE_LOG_FORMAT}"` }),
      size: z.int({ error: 'size must be a whole number' }).check(z.gte(0, 'size must not be negative')),
      root: hex('root'),
      entries: z
        .array(z.strictObject({ event: CaseEventJsonSchema, leafHash: hex('leafHash'), root: hex('root') }), {
          error: 'entries must be an array',
        })
        .check(z.maxLength(MAX_CASE_LOG_ENTRIES, `A case log holds at most ${MAX_CASE_LOG_ENTRIES} entries`)),
    }) as unknown as z.ZodMiniType<CaseLog, unknown>,
  ))();

/**
 * Reads a stored case log (safeParse shape): the JSON text that `JSON.stringify(log)` wrote, or the
 * value `JSON.parse` gave. Only the shape is checked; run `verifyCaseLog` on the result.
 *
 * @param json - JSON text or a parsed value (untrusted)
 * @returns the log, or the issues with their paths
 * @example
 * const result = parseCaseLog(JSON.stringify(log));
 * if (result.success) await verifyCaseLog(result.data); //=> { valid: true }
 * parseCaseLog('{"format":"nope"}').success; //=> false
 */
export function parseCaseLog(json: unknown): SafeResult<CaseLog> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return failWith('invalid_json', 'The text is not JSON');
    }
  }
  try {
    // The compact twin of CaseLogJsonSchema: the same issues, and no zod in a bundle of the case log.
    const result = validateCaseLogJson(value);
    return result.success ? result : fail(result.error.issues.slice(0, 20));
  } catch {
    return failWith('invalid_type', 'The value could not be read as a case log');
  }
}
