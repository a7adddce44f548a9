import { TiantianError } from '../shared/errors.js';
import type { PriceResult } from './types.js';

/**
 * One return of a refund: which line of the priced order (its index), how many units, and how
 * many of that line were refunded before (default 0).
 *
 * @example
 * const r: RefundReturn = { line: 0, quantity: 1, alreadyReturned: 1 };
 */
export interface RefundReturn {
  readonly line: number;
  readonly quantity: number;
  readonly alreadyReturned?: number;
}

/**
 * What a partial refund (部分退款) gives back for units of priced lines. Each line's payable is
 * split over its units by largest remainder (the first units get the odd fen), and units are
 * refunded in turn: refunds of every unit, at once or over time, add up exactly to the line's
 * payable, so refunding every line returns exactly what was paid.
 *
 * @param order - the order that was priced, for each line's quantity
 * @param priced - the result of `priceOrder` for it
 * @param returns - the units returned
 * @returns `{ total, lines: [{ line, quantity, amount }] }` in fen
 * @throws {TiantianError} `invalid_argument` for an unknown line, or more units than the line has left
 * @example
 * const order = { lines: [{ sku: 'A', shopId: 's', unitPrice: 1000, quantity: 3 }] };
 * const priced = priceOrder(order, [{ id: 'x', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 1000 }]);
 * refundAmount(order, priced, [{ line: 0, quantity: 1 }]).total; //=> 667
 */
export function refundAmount(
  order: { readonly lines: readonly { readonly quantity: number }[] },
  priced: PriceResult,
  returns: readonly RefundReturn[],
): { total: number; lines: { line: number; quantity: number; amount: number }[] } {
  const lines = returns.map((item, index) => {
    const units = order.lines[item.line]?.quantity;
    const payable = priced.lines[item.line]?.payable;
    const before = item.alreadyReturned ?? 0;
    if (units === undefined || payable === undefined || !Number.isSafeInteger(item.line)) {
      throw new TiantianError(
        'invalid_argument',
        `returns[${index}].line ${item.line} is not a line of the order`,
        {
          path: ['returns', index, 'line'],
        },
      );
    }
    if (
      !Number.isSafeInteger(item.quantity) ||
      !Number.isSafeInteger(before) ||
      item.quantity < 1 ||
      before < 0 ||
      before + item.quantity > units
    ) {
      throw new TiantianError(
        'invalid_argument',
        `returns[${index}]: ${item.quantity} units after ${before} returned is more than the line's ${units}`,
        { path: ['returns', index, 'quantity'] },
      );
    }
    const each = Math.floor(payable / units);
    const odd = payable - each * units;
    const upTo = (k: number) => k * each + Math.min(k, odd);
    return { line: item.line, quantity: item.quantity, amount: upTo(before + item.quantity) - upTo(before) };
  });
  return { total: lines.reduce((sum, l) => sum + l.amount, 0), lines };
}
