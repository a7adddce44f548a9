// Q3 优惠券无法使用 (the guide's 四、常见问题解决方案速查表) as a decision over the coupon's rules.
import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';

/**
 * A coupon's rules. Money is in yuan (元) as a number with at most 2 decimals (e.g. `199.9`); it is
 * converted to whole fen (分) before any comparison, so 0.1 + 0.2 style float errors cannot flip a
 * decision.
 *
 * @example
 * const coupon: CouponRules = { validUntil: new Date('2026-11-30T23:59:59+08:00'), threshold: 200, stackable: false };
 */
export interface CouponRules {
  /** When the coupon starts to be usable (inclusive); none = already usable. */
  readonly validFrom?: Date;
  /** When it stops being usable (inclusive). */
  readonly validUntil: Date;
  /** The minimum spend (使用门槛) in yuan; 0 = none. */
  readonly threshold: number;
  /**
   * Whether it may be combined with other coupons (叠加).
   * @default true
   */
  readonly stackable?: boolean;
}

/**
 * The order the coupon is being used on.
 *
 * @example
 * const order: CouponOrder = { subtotal: 180.5, otherCoupons: 1 };
 */
export interface CouponOrder {
  /** The amount the threshold is measured against, in yuan. */
  readonly subtotal: number;
  /**
   * How many other coupons are already applied.
   * @default 0
   */
  readonly otherCoupons?: number;
}

/**
 * The check that failed (有效期 validity window, 使用门槛 spending threshold, 叠加 stacking).
 *
 * @example
 * const check: CouponCheck = 'threshold';
 */
export type CouponCheck = 'validity' | 'threshold' | 'stacking';

/**
 * The outcome of `diagnoseCoupon`: the first failing check, or `manual-write-off` (申请人工核销)
 * when every check passes and the coupon still does not work.
 *
 * @example
 * const outcome: CouponOutcome = 'threshold-not-met';
 */
export type CouponOutcome =
  | 'not-yet-valid'
  | 'expired'
  | 'threshold-not-met'
  | 'not-stackable'
  | 'manual-write-off';

/**
 * The decision of `diagnoseCoupon`.
 *
 * @example
 * const { outcome, shortfallFen, message } = diagnoseCoupon(input);
 */
export interface CouponDiagnosis {
  readonly outcome: CouponOutcome;
  /** The failed check, null when all pass. */
  readonly failedCheck: CouponCheck | null;
  /** How much more to spend to reach the threshold, in fen (分); 0 unless `threshold-not-met`. */
  readonly shortfallFen: number;
  /** What to tell the customer. */
  readonly message: LocalizedText;
}

function toFen(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TiantianError(
      'invalid_argument',
      `${name} must be an amount in yuan, a finite number 0 or more, got ${describeValue(value)}`,
      { path: name.split('.') },
    );
  }
  const fen = Math.round(value * 100);
  // A few ulps of slack, relative to the amount, absorb float error (0.1 + 0.2 is 0.3 yuan) and
  // nothing more: a third decimal is refused at any size, never rounded away.
  if (Math.abs(fen - value * 100) > 8 * Number.EPSILON * Math.max(1, value * 100)) {
    throw new TiantianError('invalid_argument', `${name} has more than 2 decimals (fen): ${value}`, {
      path: name.split('.'),
    });
  }
  if (!Number.isSafeInteger(fen)) {
    throw new TiantianError('invalid_argument', `${name} is more fen than a safe integer holds: ${value}`, {
      path: name.split('.'),
    });
  }
  return fen;
}

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/**
 * Decides Q3 (优惠券无法使用): “检查券有效期及使用门槛,若仍无效可申请人工核销”. Checks, in order: the
 * validity window at `now` (from and until are inclusive), the spending threshold (compared in whole
 * fen), then stacking; the first failure is the answer, and when all pass the answer is to apply for
 * a manual write-off (申请人工核销).
 *
 * @param input - the coupon's rules, the order, and now
 * @returns the outcome, the failed check, the shortfall in fen and a localized message
 * @throws {TiantianError} `'invalid_date'` for an invalid date, `'invalid_argument'` for a negative or
 *   non-finite amount, more than 2 decimals, more fen than a safe integer holds, or a window that ends before it starts
 * @example
 * const d = diagnoseCoupon({
 *   coupon: { validUntil: new Date('2026-11-30T23:59:59+08:00'), threshold: 200 },
 *   order: { subtotal: 180.5 },
 *   now: new Date('2026-11-20T12:00:00+08:00'),
 * });
 * d.outcome; //=> 'threshold-not-met'
 * d.shortfallFen; //=> 1950
 */
export function diagnoseCoupon(input: {
  readonly coupon: CouponRules;
  readonly order: CouponOrder;
  readonly now: Date;
}): CouponDiagnosis {
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof input.coupon !== 'object' ||
    input.coupon === null
  ) {
    throw new TiantianError('invalid_argument', 'diagnoseCoupon expects { coupon, order, now }');
  }
  if (typeof input.order !== 'object' || input.order === null) {
    throw new TiantianError(
      'invalid_argument',
      'diagnoseCoupon expects { coupon, order, now }: order is missing',
      {
        path: ['order'],
      },
    );
  }
  const { coupon, order } = input;
  const now = assertDate(input.now, 'now').getTime();
  const until = assertDate(coupon.validUntil, 'coupon.validUntil').getTime();
  const from =
    coupon.validFrom === undefined ? undefined : assertDate(coupon.validFrom, 'coupon.validFrom').getTime();
  if (from !== undefined && from > until) {
    throw new TiantianError('invalid_argument', 'coupon.validFrom is after coupon.validUntil', {
      path: ['coupon', 'validFrom'],
    });
  }
  const thresholdFen = toFen(coupon.threshold, 'coupon.threshold');
  const subtotalFen = toFen(order.subtotal, 'order.subtotal');
  const others = order.otherCoupons ?? 0;
  if (!Number.isInteger(others) || others < 0) {
    throw new TiantianError(
      'invalid_argument',
      `order.otherCoupons must be a whole number 0 or more, got ${describeValue(others)}`,
      {
        path: ['order', 'otherCoupons'],
      },
    );
  }
  if (from !== undefined && now < from) {
    return {
      outcome: 'not-yet-valid',
      failedCheck: 'validity',
      shortfallFen: 0,
      message: {
        'zh-CN': '优惠券尚未到使用时间,请在有效期内使用',
        en: 'The coupon is not valid yet: use it within its validity period',
        es: 'El cupón aún no es válido: úsalo dentro de su periodo de validez',
      },
    };
  }
  if (now > until) {
    return {
      outcome: 'expired',
      failedCheck: 'validity',
      shortfallFen: 0,
      message: {
        'zh-CN': '优惠券已过有效期,无法使用',
        en: 'The coupon has expired and cannot be used',
        es: 'El cupón ha caducado y no se puede usar',
      },
    };
  }
  if (subtotalFen < thresholdFen) {
    const shortfallFen = thresholdFen - subtotalFen;
    return {
      outcome: 'threshold-not-met',
      failedCheck: 'threshold',
      shortfallFen,
      message: {
        'zh-CN': `未达到使用门槛,还差 ${yuan(shortfallFen)} 元`,
        en: `The minimum spend is not met: ¥${yuan(shortfallFen)} more to go`,
        es: `No se alcanza el gasto mínimo: faltan ${yuan(shortfallFen)} yuanes`,
      },
    };
  }
  if (coupon.stackable === false && others > 0) {
    return {
      outcome: 'not-stackable',
      failedCheck: 'stacking',
      shortfallFen: 0,
      message: {
        'zh-CN': '该券不可与其他优惠券叠加使用',
        en: 'This coupon cannot be combined with other coupons',
        es: 'Este cupón no se puede combinar con otros cupones',
      },
    };
  }
  return {
    outcome: 'manual-write-off',
    failedCheck: null,
    shortfallFen: 0,
    message: {
      'zh-CN': '有效期与使用门槛均符合,若仍无效可申请人工核销',
      en: 'The dates and minimum spend are met: if it still does not work, ask for a manual write-off',
      es: 'Fechas y gasto mínimo correctos: si sigue sin funcionar, solicita la aplicación manual',
    },
  };
}
