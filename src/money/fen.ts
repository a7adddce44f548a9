import { TiantianError } from '../shared/errors.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../shared/locale.js';
import { failWith, ok, type SafeResult } from '../shared/result.js';

// What people type: an optional ¥/￥ sign, digits (ASCII or full-width) grouped by commas or not,
// up to two decimals, an optional 元. Full-width characters are folded to ASCII first.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;
const LONGEST = 64;

function fold(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an amount of yuan as people type it (`12.3`, `¥1,299.00`, `１２．３０`, `12.30元`) into integer
 * fen (分), in zod's `safeParse` shape. A third decimal, a negative amount, a malformed number or more
 * than `Number.MAX_SAFE_INTEGER` fen is an issue: nothing is rounded. Never throws.
 *
 * @param text - what was typed
 * @returns `{ success: true, data: fen }` or `{ success: false, error: { issues } }`
 * @example
 * parseYuan('12.3'); //=> { success: true, data: 1230 }
 * parseYuan('¥1,299.00'); //=> { success: true, data: 129900 }
 * parseYuan('12.345').success; //=> false
 */
export function parseYuan(text: unknown): SafeResult<number> {
  if (typeof text !== 'string') return failWith('invalid_type', 'An amount must be a string such as "12.30"');
  const trimmed = text.trim();
  if (trimmed.length > LONGEST) return failWith('too_big', `An amount is at most ${LONGEST} characters`);
  // The sign and the 元 are taken off by hand: around optional digits, two `\s*` would backtrack.
  let folded = fold(trimmed);
  if (folded.startsWith('¥') || folded.startsWith('￥')) folded = folded.slice(1).trimStart();
  if (folded.endsWith('元')) folded = folded.slice(0, -1).trimEnd();
  if (folded.startsWith('-')) return failWith('too_small', 'An amount of money cannot be negative');
  const match = AMOUNT.exec(folded);
  const whole = match?.[1];
  const decimals = match?.[2];
  if (match === null || (whole === undefined && !decimals) || decimals === '') {
    return failWith('invalid_format', `${JSON.stringify(text)} is not an amount of yuan such as "12.30"`);
  }
  if (decimals !== undefined && decimals.length > 2) {
    return failWith(
      'too_many_decimals',
      `${JSON.stringify(text)} has ${decimals.length} decimals; an amount of yuan has at most 2 (fen)`,
    );
  }
  const fen = BigInt((whole ?? '0').replaceAll(',', '')) * 100n + BigInt((decimals ?? '').padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    return failWith('too_big', `${JSON.stringify(text)} is more fen than a safe integer holds`);
  }
  return ok(Number(fen));
}

const formats = /* @__PURE__ */ new Map<Locale, Intl.NumberFormat>();

/**
 * An amount of integer fen as yuan with two decimals and the ¥ sign of the locale: `'¥12.30'`
 * (zh-CN, en), `'12,30 ¥'` (es). Exact for every safe integer: no float touches the amount.
 *
 * @param fen - a non-negative safe integer number of fen
 * @param options - `locale` (default `'zh-CN'`)
 * @returns the formatted amount
 * @throws {TiantianError} `invalid_argument` for a negative, fractional or unsafe amount or an unknown locale
 * @example
 * formatYuan(1230); //=> '¥12.30'
 * formatYuan(129900, { locale: 'en' }); //=> '¥1,299.00'
 */
export function formatYuan(fen: number, options: { readonly locale?: Locale } = {}): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new TiantianError(
      'invalid_argument',
      `fen must be a non-negative safe integer, got ${String(fen)}`,
      {
        path: ['fen'],
      },
    );
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) {
    throw new TiantianError('invalid_argument', `Unknown locale; expected one of ${LOCALES.join(', ')}`, {
      path: ['locale'],
    });
  }
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formats.set(locale, format);
  }
  // A decimal string is formatted exactly (ECMA-402 string numeric input).
  const decimal = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  return format.format(decimal as Intl.StringNumericLiteral);
}
