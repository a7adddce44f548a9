// Internal guards shared by every area: they turn a programmer's mistake into a TiantianError
// with a clear message. Not part of the public API.
import { CHANNEL_IDS, type ChannelId, isChannelId } from './channel-ids.js';
import { isRealDate, timeOfDate } from './date-value.js';
import { TiantianError } from './errors.js';
import { ISSUE_TYPES, type IssueType, isIssueType } from './issue-types.js';
import { LOCALES, type Locale, isLocale } from './locale.js';

/**
 * A short, safe rendering of an unexpected value for an error message. Never throws: it runs no
 * getter, trap or `toString` of the value (a Proxy, a fake Date).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined || value === null) return String(value);
  if (typeof value !== 'object' && typeof value !== 'function') return `${typeof value} ${String(value)}`;
  if (isRealDate(value)) {
    const ms = timeOfDate(value);
    return Number.isNaN(ms) ? 'Invalid Date' : new Date(ms).toISOString();
  }
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    // A revoked Proxy: Array.isArray throws.
  }
  return typeof value === 'object' ? 'an object' : 'a function';
}

/**
 * Throws unless `value` is a valid `Date` (not `Invalid Date`).
 *
 * @param value - what the caller passed
 * @param name - the argument's name, for the message; a dotted name (`coupon.validUntil`) is the
 *   error's path (`['coupon', 'validUntil']`)
 * @returns the same `Date`
 * @throws {TiantianError} with code `'invalid_date'` (also for `Object.create(Date.prototype)`, a
 *   Proxy of a Date, or any object whose getters or traps throw)
 * @example
 * assertDate(new Date('2026-10-01T00:00:00+08:00'), 'at');
 * assertDate(new Date('nope'), 'at'); // throws: at must be a valid Date, got Invalid Date
 */
export function assertDate(value: unknown, name: string): Date {
  // `timeOfDate` is NaN for an Invalid Date and for anything that only looks like a Date.
  if (Number.isNaN(timeOfDate(value))) {
    throw new TiantianError('invalid_date', `${name} must be a valid Date, got ${describeValue(value)}`, {
      path: name.split('.'),
    });
  }
  return value as Date;
}

/**
 * Throws unless `value` is a known {@link ChannelId}.
 *
 * @param value - what the caller passed
 * @returns the channel id
 * @throws {TiantianError} with code `'unknown_channel'`
 * @example
 * assertChannelId('hotline'); //=> 'hotline'
 */
export function assertChannelId(value: unknown): ChannelId {
  if (!isChannelId(value)) {
    throw new TiantianError(
      'unknown_channel',
      `Unknown channel ${describeValue(value)}; expected one of ${CHANNEL_IDS.join(', ')}`,
    );
  }
  return value;
}

/**
 * Throws unless `value` is a known {@link IssueType}.
 *
 * @param value - what the caller passed
 * @returns the issue type
 * @throws {TiantianError} with code `'unknown_issue_type'`
 * @example
 * assertIssueType('feedback'); //=> 'feedback'
 */
export function assertIssueType(value: unknown): IssueType {
  if (!isIssueType(value)) {
    throw new TiantianError(
      'unknown_issue_type',
      `Unknown issue type ${describeValue(value)}; expected one of ${ISSUE_TYPES.join(', ')}`,
    );
  }
  return value;
}

/**
 * Throws unless `value` is a known {@link Locale}.
 *
 * @param value - what the caller passed
 * @returns the locale
 * @throws {TiantianError} with code `'invalid_argument'`
 * @example
 * assertLocale('es'); //=> 'es'
 */
export function assertLocale(value: unknown): Locale {
  if (!isLocale(value)) {
    throw new TiantianError(
      'invalid_argument',
      `Unknown locale ${describeValue(value)}; expected one of ${LOCALES.join(', ')}`,
      { path: ['locale'] },
    );
  }
  return value;
}
