import type { Locale } from '../shared/locale.js';
import { ok, type SafeResult } from '../shared/result.js';
import { EXHAUSTIVE_COMBINATION_LIMIT } from './data.js';
import { activeFor, describe, plan, prepare, search, unusedReason } from './engine.js';
import type { Offer, Order, PriceResult } from './types.js';
import { orThrow, type PriceInput, readPriceInput } from './validate.js';

/**
 * The cheapest legal set of offers: the ids used, the priced order, and how it was found.
 *
 * @example
 * const best: BestCombination = { offerIds: ['c1'], result, method: 'exhaustive', combinations: 4, tried: 4 };
 */
export interface BestCombination {
  /** The offers used (those with a saving), in canonical order: level, then id. */
  readonly offerIds: readonly string[];
  readonly result: PriceResult;
  /**
   * `'exhaustive'`: every combination was priced, the answer is the cheapest (ties keep fewer
   * optional offers). `'heuristic'`: there were more than the limit; coordinate descent found a
   * local optimum that may not be the cheapest.
   */
  readonly method: 'exhaustive' | 'heuristic';
  /** How many combinations there are (a product, possibly beyond the safe range as a float). */
  readonly combinations: number;
  /** How many were priced. */
  readonly tried: number;
}

/**
 * The options of {@link bestCombination}: those of `priceOrder` and `limit`, the most combinations
 * tried one by one (default {@link EXHAUSTIVE_COMBINATION_LIMIT}, 65,536).
 *
 * @example
 * const options: BestCombinationOptions = { at: new Date('2026-11-11T00:00:00+08:00'), limit: 4096 };
 */
export interface BestCombinationOptions {
  readonly at?: Date;
  readonly locale?: Locale;
  readonly limit?: number;
}

function best(input: PriceInput): BestCombination {
  const limit = input.limit ?? EXHAUSTIVE_COMBINATION_LIMIT;
  const p = prepare(input.order, input.offers, input.at);
  const chosen = plan(p, true);
  const found = search(p, chosen.always, chosen.choices, limit);
  const active = activeFor(chosen.always, chosen.choices, found.picks);
  const result = describe(
    input.order,
    p,
    active,
    unusedReason(p, chosen, found.picks, input.locale),
    input.locale,
  );
  return {
    offerIds: result.applied.map((a) => a.offerId),
    result,
    method: found.exhaustive ? 'exhaustive' : 'heuristic',
    combinations: chosen.choices.reduce((product, choice) => product * choice.length, 1),
    tried: found.tried,
  };
}

/**
 * Chooses the cheapest legal set of offers (最优组合) for an order: one member (or, when all are
 * optional, none) of each exclusive group, and whether to use each optional offer (every coupon,
 * and offers marked `optional: true`); the other offers always apply. Using an offer can cost more,
 * when it takes the amount below a later level's threshold. Exact (every combination priced) up to
 * `limit` combinations (default 65,536: 16 optional offers, or e.g. 8 groups of 3 coupons);
 * beyond it a heuristic, and `method` says which.
 *
 * @param order - the order
 * @param offers - the offers that may apply
 * @param options - `at`, `locale`, `limit`
 * @returns `{ offerIds, result, method, combinations, tried }`
 * @throws {TiantianError} `invalid_argument` for invalid input, as `priceOrder`
 * @example
 * const order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 30500, quantity: 1 }] };
 * const best = bestCombination(order, [
 *   { id: 'item-coupon', kind: 'coupon', scope: { level: 'item', skus: ['A'] }, threshold: 0, off: 1000 },
 *   { id: 'platform-300', kind: 'threshold', scope: { level: 'platform' }, threshold: 30000, off: 5000 },
 * ]);
 * best.offerIds; //=> ['platform-300']
 * best.result.payable; //=> 25500
 */
export function bestCombination(
  order: Order,
  offers: readonly Offer[],
  options: BestCombinationOptions = {},
): BestCombination {
  return best(orThrow(readPriceInput(order, offers, options, true)));
}

/**
 * {@link bestCombination} for untrusted input, in zod's `safeParse` shape. Never throws.
 *
 * @param order - anything
 * @param offers - anything
 * @param options - anything (`{ at?, locale?, limit? }`)
 * @returns `{ success: true, data: BestCombination }` or `{ success: false, error: { issues } }`
 * @example
 * safeBestCombination({ lines: [] }, []).success; //=> true
 */
export function safeBestCombination(
  order: unknown,
  offers: unknown,
  options?: unknown,
): SafeResult<BestCombination> {
  const input = readPriceInput(order, offers, options, true);
  return input.success ? ok(best(input.data)) : input;
}
