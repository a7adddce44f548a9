import type { SafeResult } from '../shared/result.js';
import { ok } from '../shared/result.js';
import { activeFor, describe, plan, prepare, search, unusedReason } from './engine.js';
import type { Offer, Order, PriceResult } from './types.js';
import { orThrow, type PriceInput, readPriceInput } from './validate.js';
import type { Locale } from '../shared/locale.js';

/**
 * The options of {@link priceOrder}: the instant offers are judged at (default: now) and the
 * locale of the sentences (default `'zh-CN'`).
 *
 * @example
 * const options: PriceOptions = { at: new Date('2026-11-11T00:00:00+08:00'), locale: 'en' };
 */
export interface PriceOptions {
  readonly at?: Date;
  readonly locale?: Locale;
}

function price(input: PriceInput): PriceResult {
  const p = prepare(input.order, input.offers, input.at);
  const chosen = plan(p, false);
  const found = search(p, chosen.always, chosen.choices);
  const active = activeFor(chosen.always, chosen.choices, found.picks);
  return describe(input.order, p, active, unusedReason(p, chosen, found.picks, input.locale), input.locale);
}

/**
 * Prices an order with its offers (促销 and 优惠券), exactly to the fen. Offers apply level by level,
 * item (单品) → shop (店铺) → platform (跨店): every offer tests its threshold, inclusive, on what the
 * earlier levels left of its lines (an item offer on its skus combined), and offers of one level
 * all see the same amount. Offers sharing an `exclusive` group never stack: the one that leaves the
 * least to pay is used. Each saving is split over the offer's lines by largest remainder (the
 * earlier line first on a tie), so the lines' payables sum exactly to `payable`, none is below 0,
 * and a refund of every line gives back exactly what was paid. A 折扣 rounds the discounted amount
 * half-up to the fen. The answer does not depend on the order the offers are listed in.
 *
 * @param order - `{ lines: [{ sku, shopId, unitPrice, quantity }] }`, prices in fen
 * @param offers - the offers that may apply
 * @param options - `at` (default now), `locale` of the sentences
 * @returns `{ original, payable, saved, applied, skipped, lines }`
 * @throws {TiantianError} `invalid_argument` for an invalid order, offer or option, at the first issue's `path`
 * @example
 * const order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 1000, quantity: 3 }] };
 * const r = priceOrder(order, [{ id: 'm', kind: 'threshold', scope: { level: 'shop', shopId: 's1' }, threshold: 3000, off: 1000 }]);
 * r.payable; //=> 2000
 * r.applied; //=> [{ offerId: 'm', saved: 1000 }]
 */
export function priceOrder(order: Order, offers: readonly Offer[], options: PriceOptions = {}): PriceResult {
  return price(orThrow(readPriceInput(order, offers, options)));
}

/**
 * {@link priceOrder} for untrusted input (a request body): the priced order or the issues, in zod's
 * `safeParse` shape, paths starting with `'order'`, `'offers'` or `'options'`. Never throws.
 *
 * @param order - anything
 * @param offers - anything
 * @param options - anything (`{ at?, locale? }`)
 * @returns `{ success: true, data: PriceResult }` or `{ success: false, error: { issues } }`
 * @example
 * safePriceOrder({ lines: [] }, [{ id: 'x', kind: 'cashback', scope: { level: 'platform' } }]).success; //=> false
 */
export function safePriceOrder(order: unknown, offers: unknown, options?: unknown): SafeResult<PriceResult> {
  const input = readPriceInput(order, offers, options);
  return input.success ? ok(price(input.data)) : input;
}
