// The checks that confirm a number found in text: mobile blocks, the 居民身份证 check digit and
// birth date, bank-card issuer ranges and the Luhn checksum. Pure functions over ASCII digit strings.
import { assertDate } from '../shared/assert.js';
import {
  CARD_ISSUERS,
  type CardIssuer,
  ID_CARD_CHECK_CHARACTERS,
  ID_CARD_PROVINCES,
  ID_CARD_WEIGHTS,
  MOBILE_PREFIXES,
} from './data.js';

const MOBILE_PREFIX_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ MOBILE_PREFIXES.map((p) => p.prefix),
);
const PROVINCE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(ID_CARD_PROVINCES);

function isDigits(value: string, length: number): boolean {
  if (value.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Whether 11 ASCII digits are a mainland mobile number (手机号) of an issued block.
 *
 * @param digits - the national number, digits only
 * @returns true for `'13812345678'`, false for an unissued block or another length
 * @example
 * isMainlandMobile('19612345678'); //=> true (issued 2019)
 * isMainlandMobile('12012345678'); //=> false
 */
export function isMainlandMobile(digits: string): boolean {
  return typeof digits === 'string' && isDigits(digits, 11) && MOBILE_PREFIX_SET.has(digits.slice(0, 3));
}

/**
 * The check character of a 居民身份证 number from its first 17 digits (ISO 7064 MOD 11-2:
 * Σ digit × weight mod 11, mapped through “10X98765432”).
 *
 * @param first17 - the first 17 digits
 * @returns the 18th character (`'0'`–`'9'` or `'X'`), or undefined when the input is not 17 digits
 * @example
 * idCardCheckCharacter('11010519491231002'); //=> 'X'
 */
export function idCardCheckCharacter(first17: string): string | undefined {
  if (typeof first17 !== 'string' || !isDigits(first17, 17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 0x30) * (ID_CARD_WEIGHTS[i] as number);
  return ID_CARD_CHECK_CHARACTERS[sum % 11];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The Beijing civil date of an instant as YYYYMMDD (UTC+8 all year: China keeps no summer time). */
function beijingDateNumber(now: Date): number {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return shifted.getUTCFullYear() * 10_000 + (shifted.getUTCMonth() + 1) * 100 + shifted.getUTCDate();
}

/**
 * Whether YYYYMMDD is a real birth date: a calendar date from 1900-01-01 up to today in Beijing.
 *
 * @param yyyymmdd - eight digits
 * @param now - the instant that is “today” (default: the current time)
 * @returns true for `'19491231'`, false for `'19490230'` or a date after `now`
 * @throws {TiantianError} `'invalid_date'` when `now` is not a valid Date (an Invalid Date, a fake)
 * @example
 * isValidBirthDate('20000229'); //=> true
 * isValidBirthDate('19000229'); //=> false
 */
export function isValidBirthDate(yyyymmdd: string, now: Date = new Date()): boolean {
  if (typeof yyyymmdd !== 'string' || !isDigits(yyyymmdd, 8)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return Number(yyyymmdd) <= beijingDateNumber(assertDate(now, 'now'));
}

/**
 * Whether a string is a valid 18-character 居民身份证 number (GB 11643-1999): a province code, a real
 * birth date and the right ISO 7064 MOD 11-2 check character (`x` is read as `X`).
 *
 * @param value - the number
 * @param now - “today”, the latest birth date allowed (default: the current time)
 * @returns true when all three hold
 * @example
 * isValidIdCardNumber('11010519491231002X'); //=> true
 * isValidIdCardNumber('110105194912310021'); //=> false (check character)
 */
export function isValidIdCardNumber(value: string, now?: Date): boolean {
  if (typeof value !== 'string' || value.length !== 18) return false;
  const first17 = value.slice(0, 17);
  const check = value[17] === 'x' ? 'X' : value[17];
  return (
    idCardCheckCharacter(first17) === check &&
    PROVINCE_SET.has(value.slice(0, 2)) &&
    isValidBirthDate(value.slice(6, 14), now)
  );
}

/**
 * Whether 15 digits are a valid first-generation 居民身份证 number (before 1999): a province code
 * and a real 19YYMMDD birth date (the form has no check digit).
 *
 * @param value - 15 digits
 * @returns true for `'110105491231002'`
 * @example
 * isValidLegacyIdCardNumber('110105491231002'); //=> true
 * isValidLegacyIdCardNumber('110105491331002'); //=> false (month 13)
 */
export function isValidLegacyIdCardNumber(value: string): boolean {
  return (
    typeof value === 'string' &&
    isDigits(value, 15) &&
    PROVINCE_SET.has(value.slice(0, 2)) &&
    isValidBirthDate(`19${value.slice(6, 12)}`)
  );
}

/**
 * Whether a digit string passes the Luhn checksum (ISO/IEC 7812). Some real Chinese debit cards do
 * not: it only raises confidence.
 *
 * @param digits - ASCII digits
 * @returns true when the checksum is 0 mod 10
 * @example
 * luhnValid('6222021234567890120'); //=> false
 * luhnValid('4111111111111111'); //=> true
 */
export function luhnValid(digits: string): boolean {
  if (typeof digits !== 'string' || digits.length === 0) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    const code = digits.charCodeAt(i) - 0x30;
    if (code < 0 || code > 9) return false;
    const value = double ? code * 2 : code;
    sum += value > 9 ? value - 9 : value;
  }
  return sum % 10 === 0;
}

/**
 * The issuer range a 16–19 digit card number falls in, if any.
 *
 * @param digits - ASCII digits
 * @returns the {@link CardIssuer}, or undefined
 * @example
 * cardIssuer('6222021234567890123')?.name; //=> 'UnionPay'
 * cardIssuer('1550672064762308113'); //=> undefined
 */
export function cardIssuer(digits: string): CardIssuer | undefined {
  if (typeof digits !== 'string') return undefined;
  return CARD_ISSUERS.find((issuer) => {
    if (!issuer.lengths.includes(digits.length)) return false;
    const head = digits.slice(0, issuer.prefix.length);
    if (issuer.to === undefined) return head === issuer.prefix;
    return head >= issuer.prefix && head <= issuer.to;
  });
}
