// The shapes of the money area's inputs and results. Amounts are integer fen (分) everywhere.

/**
 * One line of an order: a sku of a shop, its unit price in fen and how many.
 *
 * @example
 * const line: OrderLine = { sku: 'serum-20g', shopId: 'shop-1', unitPrice: 42500, quantity: 1 };
 */
export interface OrderLine {
  readonly sku: string;
  readonly shopId: string;
  readonly unitPrice: number;
  readonly quantity: number;
}

/**
 * An order (a cart) to price: its lines.
 *
 * @example
 * const order: Order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 15000, quantity: 2 }] };
 */
export interface Order {
  readonly lines: readonly OrderLine[];
}

/**
 * What an offer covers: some skus (单品), one shop (店铺) or every shop (跨店, the platform).
 *
 * @example
 * const scope: OfferScope = { level: 'item', skus: ['A', 'B'] };
 */
export type OfferScope =
  | { readonly level: 'item'; readonly skus: readonly string[] }
  | { readonly level: 'shop'; readonly shopId: string }
  | { readonly level: 'platform' };

/**
 * The level of a scope, in the order offers apply.
 *
 * @example
 * OFFER_LEVELS; //=> ['item', 'shop', 'platform']
 */
export const OFFER_LEVELS = ['item', 'shop', 'platform'] as const;

/**
 * The kinds of offer.
 *
 * @example
 * OFFER_KINDS; //=> ['threshold', 'every', 'tiers', 'discount', 'coupon']
 */
export const OFFER_KINDS = ['threshold', 'every', 'tiers', 'discount', 'coupon'] as const;

/**
 * A kind of offer: 满减, 每满减, 阶梯满减, 折扣, 优惠券.
 *
 * @example
 * const kind: OfferKind = 'every';
 */
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * What every offer has, whatever its kind.
 *
 * @example
 * const base: OfferBase = { id: 'c', scope: { level: 'platform' }, exclusive: 'platform-coupon' };
 */
export interface OfferBase {
  /** Unique among the offers priced together. */
  readonly id: string;
  readonly scope: OfferScope;
  /** Offers with the same group never stack: one of them is used (the better one). */
  readonly exclusive?: string;
  /** For `bestCombination`: the buyer may leave it out (coupons always may). */
  readonly optional?: boolean;
  /** From this instant on (inclusive). */
  readonly validFrom?: Date;
  /** Until this instant (inclusive). */
  readonly validTo?: Date;
}

/**
 * An offer (优惠). Amounts in fen.
 *
 * @example
 * const offer: Offer = { id: 'm300', kind: 'threshold', scope: { level: 'shop', shopId: 's1' }, threshold: 30000, off: 3000 };
 */
export type Offer =
  | (OfferBase & { readonly kind: 'threshold'; readonly threshold: number; readonly off: number })
  | (OfferBase & {
      readonly kind: 'every';
      readonly every: number;
      readonly off: number;
      readonly cap?: number;
    })
  | (OfferBase & {
      readonly kind: 'tiers';
      readonly tiers: readonly { readonly threshold: number; readonly off: number }[];
    })
  | (OfferBase & { readonly kind: 'discount'; readonly percent: number })
  | (OfferBase & { readonly kind: 'coupon'; readonly threshold: number; readonly off: number });

/**
 * Why an offer did not apply.
 *
 * @example
 * SKIP_CODES.includes('below-threshold'); //=> true
 */
export const SKIP_CODES = [
  'expired',
  'not-yet-valid',
  'out-of-scope',
  'below-threshold',
  'excluded',
  'no-saving',
  'not-chosen',
] as const;

/**
 * The code of a skipped offer.
 *
 * @example
 * const code: SkipCode = 'expired';
 */
export type SkipCode = (typeof SKIP_CODES)[number];

/**
 * An offer that did not apply: its code, a sentence, and for `below-threshold` the fen missing.
 *
 * @example
 * const s: SkippedOffer = { offerId: 'm300', code: 'below-threshold', message: '…', shortBy: 1250 };
 */
export interface SkippedOffer {
  readonly offerId: string;
  readonly code: SkipCode;
  readonly message: string;
  readonly shortBy?: number;
}

/**
 * The priced order: totals, the offers used and skipped, and the payable of each line (in the
 * order's line order), which sum exactly to `payable`.
 *
 * @example
 * const r: PriceResult = { original: 30000, payable: 27000, saved: 3000, applied: [{ offerId: 'm', saved: 3000 }], skipped: [], lines: [{ sku: 'A', original: 30000, payable: 27000 }] };
 */
export interface PriceResult {
  readonly original: number;
  readonly payable: number;
  readonly saved: number;
  readonly applied: readonly { readonly offerId: string; readonly saved: number }[];
  readonly skipped: readonly SkippedOffer[];
  readonly lines: readonly { readonly sku: string; readonly original: number; readonly payable: number }[];
}
