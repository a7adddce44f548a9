import type { Locale } from '../shared/locale.js';
import { type Issue, ok, type SafeResult } from '../shared/result.js';
import { activeFor, evaluate, plan, prepare, rawSaving, search, thresholdOf } from './engine.js';
import { say } from './messages.js';
import { Reader, readOffer } from './check.js';
import type { Offer, Order } from './types.js';
import { orThrow, readPriceInput } from './validate.js';

/**
 * Why a coupon cannot be used (the guide's Q3 “检查券有效期及使用门槛”).
 *
 * @example
 * COUPON_REASON_CODES; //=> ['expired', 'not-yet-valid', 'out-of-scope', 'below-threshold']
 */
export const COUPON_REASON_CODES = ['expired', 'not-yet-valid', 'out-of-scope', 'below-threshold'] as const;

/**
 * A reason code of {@link diagnoseCoupon}.
 *
 * @example
 * const code: CouponReasonCode = 'below-threshold';
 */
export type CouponReasonCode = (typeof COUPON_REASON_CODES)[number];

/**
 * The diagnosis of a coupon on an order: whether it can be used, every reason it cannot (with the
 * fen still missing for `below-threshold`), and what it takes off when it can.
 *
 * @example
 * const d: CouponDiagnosis = { usable: false, reasons: [{ code: 'below-threshold', message: '…', shortBy: 1250 }], saves: 0 };
 */
export interface CouponDiagnosis {
  readonly usable: boolean;
  readonly reasons: readonly {
    readonly code: CouponReasonCode;
    readonly message: string;
    readonly shortBy?: number;
  }[];
  /** What the coupon takes off when usable (0 otherwise), in fen. */
  readonly saves: number;
}

/**
 * The options of {@link diagnoseCoupon}: `at` (default now), the other `offers` of the order (the
 * coupon's threshold is tested on what their earlier levels leave), and the `locale` of the sentences.
 *
 * @example
 * const options: DiagnoseCouponOptions = { at: new Date('2026-11-11T00:00:00+08:00'), locale: 'en' };
 */
export interface DiagnoseCouponOptions {
  readonly at?: Date;
  readonly offers?: readonly Offer[];
  readonly locale?: Locale;
}

function diagnose(
  order: Order,
  coupon: Offer,
  others: readonly Offer[],
  at: Date,
  locale: Locale,
): CouponDiagnosis {
  const alone = prepare(order, [coupon], at);
  const reasons: { code: CouponReasonCode; message: string; shortBy?: number }[] = [];
  const validTo = coupon.validTo;
  const validFrom = coupon.validFrom;
  if (validTo !== undefined && at.getTime() > validTo.getTime()) {
    reasons.push({ code: 'expired', message: say.expired(validTo)(locale) });
  }
  if (validFrom !== undefined && at.getTime() < validFrom.getTime()) {
    reasons.push({ code: 'not-yet-valid', message: say.notYetValid(validFrom)(locale) });
  }
  const scope = alone.scopes[0]!;
  if (scope.length === 0) {
    reasons.push({ code: 'out-of-scope', message: say.outOfScope()(locale) });
    return { usable: false, reasons, saves: 0 };
  }
  // What the earlier levels leave: the other offers of lower levels, priced as priceOrder would.
  const level = alone.levels[0]!;
  const earlier = prepare(
    order,
    others.filter((offer) => prepare(order, [offer], at).levels[0]! < level),
    at,
  );
  const chosen = plan(earlier, false);
  const left = evaluate(
    earlier,
    activeFor(chosen.always, chosen.choices, search(earlier, chosen.always, chosen.choices).picks),
  ).remaining;
  const base = scope.reduce((sum, i) => sum + left[i]!, 0);
  const threshold = thresholdOf(coupon);
  if (base < threshold) {
    const shortBy = threshold - base;
    reasons.push({
      code: 'below-threshold',
      message: say.belowThreshold(shortBy, threshold, base)(locale),
      shortBy,
    });
  }
  if (reasons.length > 0) return { usable: false, reasons, saves: 0 };
  // Alone at its level, the coupon takes off at most what is left of its lines.
  return { usable: true, reasons, saves: Math.min(rawSaving(coupon, base), base) };
}

function read(order: unknown, coupon: unknown, options: unknown) {
  let others: unknown = [];
  let rest: unknown = options;
  try {
    if (typeof options === 'object' && options !== null && 'offers' in options) {
      const { offers, ...remaining } = options as Record<string, unknown>;
      others = offers;
      rest = remaining;
    }
  } catch {
    rest = Symbol('unreadable');
  }
  const input = readPriceInput(order, others, rest);
  const issues: Issue[] = input.success ? [] : [...input.error.issues];
  const r = new Reader();
  let parsed: Offer | undefined;
  try {
    parsed = readOffer(r, coupon, ['coupon']);
  } catch {
    r.issue('invalid_type', 'coupon could not be read', ['coupon']);
  }
  issues.push(...r.issues);
  if (parsed !== undefined && input.success && input.data.offers.some((offer) => offer.id === parsed.id)) {
    issues.push({
      code: 'duplicate_id',
      message: `Another offer has the coupon's id ${JSON.stringify(parsed.id)}`,
      path: ['coupon', 'id'],
    });
  }
  if (issues.length > 0 || !input.success || parsed === undefined)
    return { success: false as const, error: { issues } };
  return ok({ ...input.data, coupon: parsed });
}

/**
 * Diagnoses a coupon (优惠券) on an order, the guide's Q3 (“优惠券无法使用：检查券有效期及使用门槛，
 * 若仍无效可申请人工核销”): every reason it cannot be used (`expired`, `not-yet-valid`,
 * `out-of-scope`, `below-threshold` with `shortBy` in fen), or `usable: true` and what it saves.
 * The threshold is tested inclusively on the coupon's lines after the levels before its own (item →
 * shop → platform) of `options.offers`. When it is usable and still refused, the guide's next step is
 * manual write-off (人工核销).
 *
 * @param order - the order
 * @param coupon - the coupon (any offer kind; its threshold is the kind's)
 * @param options - `at` (default now), `offers`, `locale`
 * @returns `{ usable, reasons, saves }`
 * @throws {TiantianError} `invalid_argument` for an invalid order, coupon or option
 * @example
 * const order = { lines: [{ sku: 'A', shopId: 's1', unitPrice: 28750, quantity: 1 }] };
 * const coupon = { id: 'c', kind: 'coupon', scope: { level: 'shop', shopId: 's1' }, threshold: 30000, off: 3000 } as const;
 * diagnoseCoupon(order, coupon, { at: new Date('2026-11-11T00:00:00+08:00') }).reasons[0]?.shortBy; //=> 1250
 */
export function diagnoseCoupon(
  order: Order,
  coupon: Offer,
  options: DiagnoseCouponOptions = {},
): CouponDiagnosis {
  const input = orThrow(read(order, coupon, options));
  return diagnose(input.order, input.coupon, input.offers, input.at, input.locale);
}

/**
 * {@link diagnoseCoupon} for untrusted input, in zod's `safeParse` shape. Never throws.
 *
 * @param order - anything
 * @param coupon - anything
 * @param options - anything (`{ at?, offers?, locale? }`)
 * @returns `{ success: true, data: CouponDiagnosis }` or `{ success: false, error: { issues } }`
 * @example
 * safeDiagnoseCoupon({ lines: [] }, { id: 'c', kind: 'coupon' }).success; //=> false
 */
export function safeDiagnoseCoupon(
  order: unknown,
  coupon: unknown,
  options?: unknown,
): SafeResult<CouponDiagnosis> {
  const input = read(order, coupon, options);
  return input.success
    ? ok(diagnose(input.data.order, input.data.coupon, input.data.offers, input.data.at, input.data.locale))
    : input;
}
