// Internal (not exported by any entry point): a zod/mini `Date` schema that never throws.
import * as z from 'zod/mini';
import { isRealDate, timeOfDate } from './date-value.js';

/**
 * `z.date()` calls `getTime` on anything whose prototype is `Date.prototype`, and an object made
 * with `Object.create(Date.prototype)` makes that throw a TypeError out of `safeParse`. Such a
 * value is turned into an Invalid Date first, so it is refused like one.
 */
function realDateOrInvalid(value: unknown): unknown {
  try {
    if (!(value instanceof Date)) return value;
  } catch {
    // A Proxy whose getPrototypeOf trap throws.
    return new Date(Number.NaN);
  }
  return isRealDate(value) ? new Date(timeOfDate(value)) : new Date(Number.NaN);
}

/** A schema of a valid `Date` (issue `invalid_type` with `error` otherwise), safe for any value. */
export function dateSchema(error: string) {
  return z.pipe(z.transform(realDateOrInvalid), z.date({ error }));
}

/**
 * A schema of an instant as JSON carries it: an ISO 8601 date-time with an explicit offset (`Z` or
 * `+08:00`; without one its meaning would depend on the host's time zone), turned into a `Date`.
 * Its JSON Schema is a `date-time` string.
 */
export function isoInstantSchema(error: string) {
  return z.pipe(
    z.iso.datetime({ offset: true, error }),
    z.transform((text: string) => new Date(text)),
  );
}
