// Internal (not exported by any entry point): the one way to read the instant of a value that
// should be a `Date`, whatever it really is.

/**
 * The epoch milliseconds of a real `Date`, `NaN` for anything else. `instanceof Date` is not
 * enough: `Object.create(Date.prototype)` and a Proxy of a Date pass it, and their `getTime()`
 * throws a TypeError. `Date.prototype.getTime.call` reads the internal slot (it throws for
 * anything without one, and runs no getter or trap of the value), inside a try.
 *
 * @param value - anything
 * @returns the instant in milliseconds, or `NaN` (an Invalid Date, a fake or not a Date at all)
 */
export function timeOfDate(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value as Date);
  } catch {
    return Number.NaN;
  }
}

/**
 * Whether a value is a real `Date` object (valid or not), read as {@link timeOfDate} reads it.
 *
 * @param value - anything
 * @returns true when `value` has a Date's internal slot
 */
export function isRealDate(value: unknown): value is Date {
  try {
    Date.prototype.getTime.call(value as Date);
    return true;
  } catch {
    return false;
  }
}
