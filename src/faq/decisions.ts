// The guide's answers (四、常见问题解决方案速查表) as decisions over facts, not just text.
import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';
import { checkShippingPromise, type ShippingPromiseCheck } from '../sla/index.js';

// ---------------------------------------------------------------------------------------------
// Q1 支付成功未发货

/**
 * The facts of an order paid but perhaps not shipped: when it was paid, the shipping promise
 * (exactly one of `promisedHours` after payment or `promisedBy`), when it shipped if it did, and now.
 *
 * @example
 * const input: UnshippedOrderInput = { paidAt: new Date('2026-11-11T10:00:00+08:00'), promisedHours: 48, now: new Date('2026-11-14T10:00:00+08:00') };
 */
export type UnshippedOrderInput = {
  readonly paidAt: Date;
  readonly shippedAt?: Date | undefined;
  /** The instant to judge at (required: a decision must not depend on the clock it runs on). */
  readonly now: Date;
} & (
  | { readonly promisedHours: number; readonly promisedBy?: undefined }
  | { readonly promisedBy: Date; readonly promisedHours?: undefined }
);

/**
 * What to do about an order paid but not shipped (Q1): `contact-service` to check the order status
 * while the promise still runs, `claim-double-compensation` once it ran out unshipped (also when it
 * shipped late afterwards), `track-shipment` when it shipped on time (then it is a delivery question).
 *
 * @example
 * const action: UnshippedOrderAction = 'claim-double-compensation';
 */
export type UnshippedOrderAction = 'contact-service' | 'claim-double-compensation' | 'track-shipment';

/**
 * The decision of `diagnoseUnshippedOrder`.
 *
 * @example
 * const { action, steps } = diagnoseUnshippedOrder(input);
 */
export interface UnshippedOrderDiagnosis {
  readonly action: UnshippedOrderAction;
  /** Whether double compensation (双倍赔偿) may be claimed. */
  readonly mayClaimCompensation: boolean;
  /** The SLA engine's check of the shipping promise (deadline, how late, state). */
  readonly check: ShippingPromiseCheck;
  /** What to tell the customer, in order. */
  readonly steps: readonly LocalizedText[];
}

const CONTACT_TO_CHECK: LocalizedText = {
  'zh-CN': '立即联系客服核查订单状态',
  en: 'Contact customer service at once to check the order status',
  es: 'Contacta de inmediato con atención al cliente para revisar el estado del pedido',
};
const CLAIM_DOUBLE: LocalizedText = {
  'zh-CN': '已超过承诺时间未发货,可申请双倍赔偿',
  en: 'It was not shipped by the promised time: you can claim double compensation',
  es: 'No se envió en el plazo prometido: puedes solicitar una compensación doble',
};
const TRACK: LocalizedText = {
  'zh-CN': '订单已按时发货,请在订单详情查看物流信息',
  en: "The order shipped on time: follow the tracking in the order's details",
  es: 'El pedido se envió a tiempo: consulta el seguimiento en el detalle del pedido',
};

/**
 * Decides Q1 (支付成功未发货): “立即联系客服核查订单状态,若超过承诺时间未发货,可申请双倍赔偿”. The
 * promise is judged by the SLA engine's `checkShippingPromise` (calendar time; an order shipped
 * exactly at the deadline is on time).
 *
 * @param input - paidAt, exactly one of promisedHours / promisedBy, shippedAt?, now
 * @returns the action, whether double compensation may be claimed, the promise check and the steps
 * @throws {TiantianError} `'invalid_date'` / `'invalid_argument'` for invalid facts (as `checkShippingPromise`)
 * @example
 * const d = diagnoseUnshippedOrder({
 *   paidAt: new Date('2026-11-11T10:00:00+08:00'),
 *   promisedHours: 48,
 *   now: new Date('2026-11-14T10:00:00+08:00'),
 * });
 * d.action; //=> 'claim-double-compensation'
 * d.steps.map((s) => s['zh-CN']); //=> ['立即联系客服核查订单状态', '已超过承诺时间未发货,可申请双倍赔偿']
 */
export function diagnoseUnshippedOrder(input: UnshippedOrderInput): UnshippedOrderDiagnosis {
  if (typeof input !== 'object' || input === null) {
    throw new TiantianError(
      'invalid_argument',
      `diagnoseUnshippedOrder expects { paidAt, promisedHours | promisedBy, shippedAt?, now }, got ${describeValue(input)}`,
    );
  }
  assertDate(input.now, 'now');
  const check = checkShippingPromise(input);
  if (check.mayClaimCompensation) {
    const steps = check.shipped ? [CONTACT_TO_CHECK, CLAIM_DOUBLE, TRACK] : [CONTACT_TO_CHECK, CLAIM_DOUBLE];
    return { action: 'claim-double-compensation', mayClaimCompensation: true, check, steps };
  }
  if (check.shipped) return { action: 'track-shipment', mayClaimCompensation: false, check, steps: [TRACK] };
  return {
    action: 'contact-service',
    mayClaimCompensation: false,
    check,
    steps: [CONTACT_TO_CHECK, check.message],
  };
}

// ---------------------------------------------------------------------------------------------
// Q3 优惠券无法使用

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
  if (Math.abs(fen - value * 100) > 1e-6 * Math.max(1, value * 100)) {
    throw new TiantianError('invalid_argument', `${name} has more than 2 decimals (fen): ${value}`, {
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
 *   non-finite amount, more than 2 decimals, or a window that ends before it starts
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

// ---------------------------------------------------------------------------------------------
// Q4 跨境商品清关受阻

/**
 * A document customs may ask for. `source` says where the guide names it: `'Q4'` (购买发票、成分证明)
 * or `'evidence-checklist'` (必备材料清单: 订单截图、支付凭证).
 *
 * @example
 * const doc: CustomsDocument = customsDocuments().documents[0];
 */
export interface CustomsDocument {
  readonly id: 'purchase-invoice' | 'ingredient-proof' | 'order-screenshot' | 'payment-proof';
  readonly name: LocalizedText;
  readonly source: 'Q4' | 'evidence-checklist';
}

/**
 * The answer of `customsDocuments`: the documents to provide, then what customer service does.
 *
 * @example
 * const { documents, nextStep } = customsDocuments();
 */
export interface CustomsDocumentsAnswer {
  readonly documents: readonly CustomsDocument[];
  /** 客服协助联系海关: customer service helps contact customs. */
  readonly nextStep: LocalizedText;
}

const CUSTOMS_DOCUMENTS: readonly CustomsDocument[] = [
  {
    id: 'purchase-invoice',
    name: { 'zh-CN': '购买发票', en: 'Purchase invoice', es: 'Factura de compra' },
    source: 'Q4',
  },
  {
    id: 'ingredient-proof',
    name: { 'zh-CN': '成分证明', en: 'Proof of ingredients', es: 'Certificado de composición' },
    source: 'Q4',
  },
  {
    id: 'order-screenshot',
    name: { 'zh-CN': '订单截图', en: 'Order screenshot', es: 'Captura del pedido' },
    source: 'evidence-checklist',
  },
  {
    id: 'payment-proof',
    name: { 'zh-CN': '支付凭证', en: 'Payment receipt', es: 'Comprobante de pago' },
    source: 'evidence-checklist',
  },
];

/**
 * Answers Q4 (跨境商品清关受阻): “提供购买发票、成分证明等材料,客服协助联系海关”. The guide's two
 * documents come first; with `includeSupporting` (the default) the order screenshot and payment
 * receipt from the guide's evidence checklist follow, since customs checks the purchase.
 *
 * @param options - `includeSupporting`: add the checklist's order screenshot and payment receipt
 * @returns the documents, in order, and `nextStep` (客服协助联系海关)
 * @example
 * customsDocuments().documents.map((d) => d.name['zh-CN']); //=> ['购买发票', '成分证明', '订单截图', '支付凭证']
 * customsDocuments({ includeSupporting: false }).documents.length; //=> 2
 */
export function customsDocuments(
  options: { readonly includeSupporting?: boolean } = {},
): CustomsDocumentsAnswer {
  const all = options.includeSupporting ?? true;
  return {
    documents: all ? CUSTOMS_DOCUMENTS : CUSTOMS_DOCUMENTS.filter((doc) => doc.source === 'Q4'),
    nextStep: {
      'zh-CN': '客服协助联系海关',
      en: 'Customer service helps you contact customs',
      es: 'Atención al cliente te ayuda a contactar con la aduana',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Q5 误拍商品退款

/**
 * The decision of `cancelOrReturn`: cancel the order directly before shipment, or go through the
 * return process after it.
 *
 * @example
 * const { action, steps } = cancelOrReturn({ shipped: false });
 */
export interface CancelOrReturnDecision {
  readonly action: 'cancel-order' | 'return-process';
  readonly steps: readonly LocalizedText[];
}

const CANCEL_STEPS: readonly LocalizedText[] = [
  {
    'zh-CN': '在发货前可直接取消订单',
    en: 'Before shipment you can cancel the order directly',
    es: 'Antes del envío puedes cancelar el pedido directamente',
  },
  {
    'zh-CN': '在订单详情点击“取消订单”,款项原路退回',
    en: "Tap “Cancel order” in the order's details; the money goes back to the original payment method",
    es: 'Pulsa «Cancelar pedido» en el detalle; el dinero vuelve al medio de pago original',
  },
];

const RETURN_STEPS: readonly LocalizedText[] = [
  {
    'zh-CN': '已发货则需按退货流程处理',
    en: 'Once shipped, it goes through the return process',
    es: 'Si ya se envió, se tramita con el proceso de devolución',
  },
  {
    'zh-CN': '发起退货申请,获取寄回地址',
    en: 'Open a return request and get the return address',
    es: 'Abre una solicitud de devolución y obtén la dirección de envío',
  },
  {
    'zh-CN': '寄回商品并填写运单号,在退款详情查询退款进度',
    en: 'Send the item back, enter the tracking number, and follow the refund status',
    es: 'Devuelve el artículo, indica el número de seguimiento y consulta el estado del reembolso',
  },
];

/**
 * Decides Q5 (误拍商品退款): “在发货前可直接取消订单,已发货则需按退货流程处理”.
 *
 * @param input - `shipped`: whether the order has shipped (发货)
 * @returns `cancel-order` before shipment, `return-process` after, with the steps
 * @throws {TiantianError} `'invalid_argument'` when `shipped` is not a boolean
 * @example
 * cancelOrReturn({ shipped: false }).action; //=> 'cancel-order'
 * cancelOrReturn({ shipped: true }).action; //=> 'return-process'
 */
export function cancelOrReturn(input: { readonly shipped: boolean }): CancelOrReturnDecision {
  if (typeof input !== 'object' || input === null || typeof input.shipped !== 'boolean') {
    throw new TiantianError('invalid_argument', 'cancelOrReturn expects { shipped: boolean }', {
      path: ['shipped'],
    });
  }
  return input.shipped
    ? { action: 'return-process', steps: RETURN_STEPS }
    : { action: 'cancel-order', steps: CANCEL_STEPS };
}
