import { TiantianError } from '../shared/errors.js';

/**
 * Splits an amount of fen over weights by the largest-remainder method (最大余额法): each part is
 * `amount × weight / Σweights` rounded down, and the fen left over go one each to the parts with the
 * largest remainders, the earlier part first on a tie. The parts sum exactly to `amount` and a part
 * is never more than its proportional share rounded up, so a part never exceeds its weight when
 * `amount ≤ Σweights`. Exact for every safe integer.
 *
 * @param amount - a non-negative safe integer of fen
 * @param weights - non-negative safe integers, not all 0 unless `amount` is 0
 * @returns one integer per weight, summing to `amount`
 * @throws {TiantianError} `invalid_argument` for a negative or unsafe amount or weight, or weights of 0 with an amount
 * @example
 * splitFen(1000, [1000, 1000, 1000]); //=> [334, 333, 333]
 * splitFen(100, [1, 3]); //=> [25, 75]
 */
export function splitFen(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new TiantianError('invalid_argument', `amount must be a non-negative safe integer, got ${amount}`, {
      path: ['amount'],
    });
  }
  let total = 0;
  for (const [index, weight] of weights.entries()) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new TiantianError('invalid_argument', `weights[${index}] must be a non-negative safe integer`, {
        path: ['weights', index],
      });
    }
    total += weight;
  }
  if (!Number.isSafeInteger(total)) {
    throw new TiantianError('invalid_argument', 'The weights add up to more than a safe integer', {
      path: ['weights'],
    });
  }
  if (total === 0) {
    if (amount === 0) return weights.map(() => 0);
    throw new TiantianError('invalid_argument', 'Cannot split an amount over weights that are all 0', {
      path: ['weights'],
    });
  }
  return allocate(amount, weights, total);
}

/** `splitFen` without the checks, for callers that already hold safe, non-negative integers. */
export function allocate(amount: number, weights: readonly number[], total: number): number[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let given = 0;
  if (amount <= Number.MAX_SAFE_INTEGER / total) {
    for (let i = 0; i < n; i++) {
      const product = amount * weights[i]!;
      const rest = product % total;
      parts[i] = (product - rest) / total;
      remainders[i] = rest;
      given += parts[i]!;
    }
  } else {
    const big = BigInt(amount);
    const bigTotal = BigInt(total);
    for (let i = 0; i < n; i++) {
      const product = big * BigInt(weights[i]!);
      parts[i] = Number(product / bigTotal);
      // A remainder is below `total`, a safe integer, so it converts exactly.
      remainders[i] = Number(product % bigTotal);
      given += parts[i]!;
    }
  }
  let left = amount - given;
  if (left === 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (const i of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
