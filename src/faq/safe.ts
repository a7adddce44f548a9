// resolveFaq for a caller that passes whatever a JSON body holds.
import type { SafeResult } from '../shared/result.js';
import { resultOf } from '../shared/safe-call.js';
import { resolveFaq } from './resolver.js';
import type { FaqResolution, FaqResolverOptions } from './types.js';

/**
 * {@link resolveFaq} in safeParse shape: a query that is not a string (the `null` or `undefined`
 * of a JSON body, a number) or bad options are an issue with the code `resolveFaq` would throw
 * (`invalid_argument`), and a getter or Proxy trap that throws is an `invalid_type` issue. It
 * never throws. A string of any length is resolved (its first 512 characters count).
 *
 * @param query - anything, typically a field of a request body
 * @param options - as `resolveFaq`
 * @returns `{ success: true, data: resolution }` or `{ success: false, error: { issues } }`
 * @example
 * safeResolveFaq('优惠券用不了').success; //=> true
 * safeResolveFaq(null).success; //=> false
 */
export function safeResolveFaq(query: unknown, options?: FaqResolverOptions): SafeResult<FaqResolution> {
  return resultOf(() => resolveFaq(query as string, options));
}
