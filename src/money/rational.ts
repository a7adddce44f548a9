// Internal: exact decimal rates and the one rounding rule of the money area. Not exported by the
// entry point. A rate is a fraction of two BigInts; money meets it only in `roundHalfUp`.

/** An exact non-negative fraction `n / d` (d > 0). */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,6}))?$/;

/**
 * The exact value of a decimal written as a string or a JavaScript number (its shortest
 * round-trip form: `9.1` is 91/10), or `undefined` when it is negative, not finite, in exponent form
 * or has more than 6 decimals.
 */
export function ratio(value: string | number): Ratio | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const decimals = match[2] ?? '';
  return { n: BigInt(match[1]! + decimals), d: 10n ** BigInt(decimals.length) };
}

/** `a × b`. */
export const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });

/** `a + b`. */
export const add = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });

/** `a / b` (b ≠ 0). */
export const div = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d, d: a.d * b.n });

/** `1 − a` for a < 1. */
export const oneMinus = (a: Ratio): Ratio => ({ n: a.d - a.n, d: a.d });

/** A percent as a fraction: 13 → 13/100. */
export const percent = (a: Ratio): Ratio => ({ n: a.n, d: a.d * 100n });

/** An integer number of fen as a fraction. */
export const fen = (value: number): Ratio => ({ n: BigInt(value), d: 1n });

/**
 * The money area's one rounding rule: to the nearest fen, a half fen up (half-up on the exact
 * value, which is never negative here).
 */
export function roundHalfUp(value: Ratio): number {
  return Number((2n * value.n + value.d) / (2n * value.d));
}

/** The fraction as a decimal string with `digits` decimals, rounded half-up (for notes only). */
export function toDecimal(value: Ratio, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = (2n * value.n * scale + value.d) / (2n * value.d);
  const text = scaled.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
