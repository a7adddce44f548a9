// Internal: reads the arguments of priceOrder, bestCombination and diagnoseCoupon. The schemas say
// what each value must look like; the rules across values (unique ids, dates in order, distinct
// tiers, totals within a safe integer) are checked here. Hostile values (throwing getters,
// Proxies) become issues, never exceptions.
import { TiantianError } from '../shared/errors.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/locale.js';
import { fail, type Issue, ok, type SafeResult } from '../shared/result.js';
import { Reader, readOffers, readOptions, readOrder } from './check.js';
import type { Offer, Order } from './types.js';

/** The arguments, validated. */
export interface PriceInput {
  readonly order: Order;
  readonly offers: readonly Offer[];
  readonly at: Date;
  readonly locale: Locale;
  readonly limit?: number;
}

/** The rules across values of an order and its offers. */
function crossChecks(order: Order, offers: readonly Offer[], issues: Issue[]): void {
  let total = 0;
  order.lines.forEach((line, i) => {
    const amount = line.unitPrice * line.quantity;
    total += amount;
    if (!Number.isSafeInteger(amount)) {
      issues.push({
        code: 'too_big',
        message: `lines[${i}]: unitPrice × quantity is more fen than a safe integer holds`,
        path: ['order', 'lines', i],
      });
    }
  });
  if (!Number.isSafeInteger(total)) {
    issues.push({
      code: 'too_big',
      message: 'The order comes to more fen than a safe integer holds',
      path: ['order'],
    });
  }
  const seen = new Set<string>();
  offers.forEach((offer, i) => {
    if (seen.has(offer.id)) {
      issues.push({
        code: 'duplicate_id',
        message: `Two offers have the id ${JSON.stringify(offer.id)}`,
        path: ['offers', i, 'id'],
      });
    }
    seen.add(offer.id);
    if (offer.validFrom !== undefined && offer.validTo !== undefined && offer.validFrom > offer.validTo) {
      issues.push({
        code: 'invalid_range',
        message: `Offer ${offer.id}: validFrom is after validTo`,
        path: ['offers', i, 'validTo'],
      });
    }
    if (offer.kind === 'tiers') {
      const thresholds = new Set<number>();
      offer.tiers.forEach((tier, t) => {
        if (thresholds.has(tier.threshold)) {
          issues.push({
            code: 'duplicate_tier',
            message: `Offer ${offer.id}: two tiers have the threshold ${tier.threshold}`,
            path: ['offers', i, 'tiers', t, 'threshold'],
          });
        }
        thresholds.add(tier.threshold);
      });
    }
  });
}

/**
 * Validates the arguments: `{ success: true, data }` or the issues, their paths starting with
 * `'order'`, `'offers'` or `'options'`. `at` defaults to the current instant.
 */
export function readPriceInput(
  order: unknown,
  offers: unknown,
  options: unknown,
  withLimit = false,
): SafeResult<PriceInput> {
  const r = new Reader();
  const issues = r.issues;
  const guard = <T>(read: () => T, path: string): T | undefined => {
    try {
      return read();
    } catch {
      r.issue('invalid_type', `${path} could not be read`, [path]);
      return undefined;
    }
  };
  const o = guard(() => readOrder(r, order, ['order']), 'order');
  const list = guard(() => readOffers(r, offers, ['offers']), 'offers');
  const opts = guard(() => readOptions(r, options ?? {}, ['options'], withLimit), 'options');
  if (o !== undefined && list !== undefined) crossChecks(o, list, issues);
  if (issues.length > 0 || o === undefined || list === undefined || opts === undefined) return fail(issues);
  const at = opts.at ?? new Date();
  const locale = opts.locale ?? DEFAULT_LOCALE;
  return ok(
    opts.limit === undefined
      ? { order: o, offers: list, at, locale }
      : { order: o, offers: list, at, locale, limit: opts.limit },
  );
}

/** The value of a result, or a TiantianError with every issue's message and the first one's path. */
export function orThrow<T>(result: SafeResult<T>): T {
  if (result.success) return result.data;
  const issues = result.error.issues;
  throw new TiantianError(
    'invalid_argument',
    issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    {
      path: (issues[0]?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol'),
    },
  );
}
