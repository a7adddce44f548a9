import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';
import { SHIPPING_LATE_COMPENSATION } from './data.js';
import { BEIJING, formatInstant, formatMinutes } from './time.js';

const MINUTE = 60_000;
const HOUR: number = /* @__PURE__ */ (() => 60 * MINUTE)();

/**
 * What `checkShippingPromise` needs: when the order was paid, the promise (exactly one of
 * `promisedHours` after payment or `promisedBy` an instant), when it shipped if it did, and now.
 *
 * @example
 * const input: ShippingPromiseInput = { paidAt: new Date('2026-11-11T00:10:00+08:00'), promisedHours: 48, now: new Date('2026-11-13T09:00:00+08:00') };
 */
export type ShippingPromiseInput = {
  /** When the payment succeeded (支付成功). */
  readonly paidAt: Date;
  /** When the order shipped (发货), if it has. */
  readonly shippedAt?: Date | undefined;
  /**
   * The instant to judge at.
   * @default new Date()
   */
  readonly now?: Date | undefined;
} & (
  | { readonly promisedHours: number; readonly promisedBy?: undefined }
  | { readonly promisedBy: Date; readonly promisedHours?: undefined }
);

/**
 * Where a shipping promise stands: `shipped-on-time`, `shipped-late`, `awaiting` (not shipped, not
 * yet due) or `overdue` (not shipped, past the promised time).
 *
 * @example
 * const state: ShippingState = 'overdue';
 */
export type ShippingState = 'shipped-on-time' | 'shipped-late' | 'awaiting' | 'overdue';

/**
 * The answer of `checkShippingPromise`.
 *
 * @example
 * const { onTime, lateByMinutes, mayClaimCompensation } = checkShippingPromise(input);
 */
export interface ShippingPromiseCheck {
  readonly state: ShippingState;
  /** When the order had to ship at the latest (calendar time). */
  readonly deadline: Date;
  readonly shipped: boolean;
  /** True when shipped by the deadline, or not shipped and the deadline not yet passed. */
  readonly onTime: boolean;
  /** How late: from the deadline to the shipment (or to `now` while unshipped); 0 when on time. */
  readonly lateByMs: number;
  /** `lateByMs` in minutes (fractional). */
  readonly lateByMinutes: number;
  /** Time left before the deadline while unshipped and on time; 0 otherwise. */
  readonly remainingMs: number;
  /** Whether the customer may claim the compensation the guide names (the order was not shipped when the promise ran out). */
  readonly mayClaimCompensation: boolean;
  /** The compensation the guide names (`SHIPPING_LATE_COMPENSATION`). */
  readonly compensation: LocalizedText;
  /** What this means for the customer, in Beijing time. */
  readonly message: LocalizedText;
}

/**
 * Checks Q1's shipping promise (支付成功未发货): “立即联系客服核查订单状态,若超过承诺时间未发货,可申请
 * 双倍赔偿”. The deadline is `paidAt` plus `promisedHours` of calendar time, or `promisedBy`. An
 * order shipped exactly at the deadline is on time; one not shipped when it passed may claim double
 * compensation (双倍赔偿), also when it shipped late afterwards.
 *
 * @param input - paidAt, exactly one of promisedHours / promisedBy, shippedAt?, now?
 * @returns the state, the deadline, how late (ms and minutes) and whether compensation may be claimed
 * @throws {TiantianError} `'invalid_date'` for an invalid date, `'invalid_argument'` for both or
 *   neither promise, negative hours, a promise or shipment before payment, or a shipment after `now`
 * @example
 * const check = checkShippingPromise({
 *   paidAt: new Date('2026-11-11T00:10:00+08:00'),
 *   promisedHours: 48,
 *   now: new Date('2026-11-13T09:10:00+08:00'),
 * });
 * check.state; //=> 'overdue'
 * check.lateByMinutes; //=> 540
 * check.mayClaimCompensation; //=> true
 */
export function checkShippingPromise(input: ShippingPromiseInput): ShippingPromiseCheck {
  if (typeof input !== 'object' || input === null) {
    throw new TiantianError(
      'invalid_argument',
      `checkShippingPromise expects { paidAt, promisedHours | promisedBy, shippedAt?, now? }, got ${describeValue(input)}`,
    );
  }
  const paidAt = assertDate(input.paidAt, 'paidAt');
  const now = input.now === undefined ? new Date() : assertDate(input.now, 'now');
  const hasHours = input.promisedHours !== undefined;
  const hasBy = input.promisedBy !== undefined;
  if (hasHours === hasBy) {
    throw new TiantianError(
      'invalid_argument',
      hasHours
        ? 'Give exactly one of promisedHours or promisedBy, not both'
        : 'Give the promise: promisedHours (hours after payment) or promisedBy (a Date)',
      { path: ['promisedHours'] },
    );
  }
  let deadline: Date;
  if (hasHours) {
    const hours = input.promisedHours;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) {
      throw new TiantianError(
        'invalid_argument',
        `promisedHours must be a finite number of hours, 0 or more, got ${describeValue(hours)}`,
        { path: ['promisedHours'] },
      );
    }
    deadline = new Date(paidAt.getTime() + Math.round(hours * HOUR));
  } else {
    deadline = new Date(assertDate(input.promisedBy, 'promisedBy').getTime());
    if (deadline.getTime() < paidAt.getTime()) {
      throw new TiantianError(
        'invalid_argument',
        `promisedBy (${deadline.toISOString()}) is before paidAt (${paidAt.toISOString()})`,
        { path: ['promisedBy'] },
      );
    }
  }
  const shippedAt = input.shippedAt === undefined ? undefined : assertDate(input.shippedAt, 'shippedAt');
  if (shippedAt !== undefined && shippedAt.getTime() < paidAt.getTime()) {
    throw new TiantianError(
      'invalid_argument',
      `shippedAt (${shippedAt.toISOString()}) is before paidAt (${paidAt.toISOString()})`,
      { path: ['shippedAt'] },
    );
  }
  if (shippedAt !== undefined && shippedAt.getTime() > now.getTime()) {
    throw new TiantianError(
      'invalid_argument',
      `shippedAt (${shippedAt.toISOString()}) is after now (${now.toISOString()}); a shipment cannot be in the future`,
      { path: ['shippedAt'] },
    );
  }
  const reference = shippedAt ?? now;
  const lateByMs = Math.max(0, reference.getTime() - deadline.getTime());
  const late = lateByMs > 0;
  const state: ShippingState =
    shippedAt === undefined ? (late ? 'overdue' : 'awaiting') : late ? 'shipped-late' : 'shipped-on-time';
  const by = formatInstant(deadline, BEIJING);
  const lateText = formatMinutes(lateByMs / MINUTE);
  const message: LocalizedText = {
    'shipped-on-time': {
      'zh-CN': `已按承诺时间（${by}，北京时间）发货。`,
      en: `Shipped within the promise (${by} Beijing time).`,
      es: `Enviado dentro del plazo prometido (${by} hora de Pekín).`,
    },
    awaiting: {
      'zh-CN': `尚未发货，承诺发货时间 ${by}（北京时间）未到。`,
      en: `Not shipped yet; the promise runs until ${by} Beijing time.`,
      es: `Aún no enviado; el plazo prometido vence el ${by} hora de Pekín.`,
    },
    overdue: {
      'zh-CN': `超过承诺时间（${by}，北京时间）${lateText}分钟仍未发货，可申请双倍赔偿。`,
      en: `Not shipped ${lateText} min after the promise (${by} Beijing time): you may claim double compensation.`,
      es: `Sin enviar ${lateText} min después del plazo (${by} hora de Pekín): puede solicitar una compensación doble.`,
    },
    'shipped-late': {
      'zh-CN': `超过承诺时间（${by}，北京时间）${lateText}分钟才发货，可申请双倍赔偿。`,
      en: `Shipped ${lateText} min after the promise (${by} Beijing time): you may claim double compensation.`,
      es: `Enviado ${lateText} min después del plazo (${by} hora de Pekín): puede solicitar una compensación doble.`,
    },
  }[state];
  return {
    state,
    deadline,
    shipped: shippedAt !== undefined,
    onTime: !late,
    lateByMs,
    lateByMinutes: lateByMs / MINUTE,
    remainingMs: shippedAt === undefined && !late ? deadline.getTime() - now.getTime() : 0,
    mayClaimCompensation: late,
    compensation: SHIPPING_LATE_COMPENSATION,
    message,
  };
}

// Q1 支付成功未发货: the guide's answer as a decision over the shipping promise.

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
  /** The check of the shipping promise (deadline, how late, state), as `checkShippingPromise` gives it. */
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
