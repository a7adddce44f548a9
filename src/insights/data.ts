// The facts of the insights area: what each report figure means (the help desks' definitions, in
// their words where they have them) and every configurable default. A default marked "default, not
// a verified platform number" is this library's choice, not a figure Taobao publishes.
import type { IssueType } from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';

/**
 * The relative error the report's quantiles are stated with: a reported median, p90 or p95 is
 * within 1% of the exact sample quantile (nearest-rank definition, see `QUANTILE_DEFINITION`).
 *
 * @example
 * QUANTILE_RELATIVE_ERROR; //=> 0.01
 */
export const QUANTILE_RELATIVE_ERROR = 0.01;

/**
 * The accuracy the sketch is built with: a little tighter than the stated 1%, so that rounding in
 * `Math.log` at a bucket's edge can never push an estimate past the statement.
 */
export const SKETCH_ACCURACY = 0.0099;

/**
 * How a quantile is defined (the exact figure the sketch is within 1% of).
 *
 * @example
 * QUANTILE_DEFINITION.startsWith('q-quantile'); //=> true
 */
export const QUANTILE_DEFINITION =
  'q-quantile of n values: the nearest-rank value, the ceil(q·n)-th smallest (median = q 0.5, p90 = q 0.9, p95 = q 0.95); estimated from a mergeable log-bucket sketch (DDSketch-style) within 1% relative error, clamped to the exact min and max';

/**
 * The definitions of the report's figures, in words. Each figure of a report carries its own.
 *
 * @example
 * METRIC_DEFINITIONS.oneTouch.startsWith('Zendesk'); //=> true
 */
export const METRIC_DEFINITIONS = {
  volume:
    'Reception volume (客服接待量): cases whose opened event is in [from, to), by channel, by issue type (问题类型) and by civil day of the opening in the report time zone (Beijing by default).',
  firstReply:
    'First reply time (Zendesk: from creation to the first public agent comment; bots excluded): from the opened event to the first message from an agent. Bot messages never stop the clock. When a case was solved before any agent replied (a bot resolved it) and the customer came back, the clock starts again at the return. Calendar minutes, and business minutes of the channel’s schedule (China calendar, 调休 included).',
  nextReply:
    'Next reply time (Zendesk): from a customer message that follows an agent reply to the next agent message; a cycle closed without an agent message (solved) is not a reply time. Calendar and business minutes.',
  resolution:
    'Full resolution time (Zendesk): from the opened event to the latest solved (or closed) status, for cases solved or closed at the report’s end; time spent pending counts. Calendar and business minutes.',
  sla: 'SLA achievement per target (Zendesk): met ÷ (met + breached); a clock still running at the report’s end (not yet met, not yet breached) is left out and counted as running. Next-reply targets count every cycle.',
  oneTouch:
    'Zendesk one-touch tickets: solved (or closed) cases with fewer than 2 agent replies (0 or 1) ÷ solved cases.',
  firstContactResolution:
    'Freshdesk / Zoho first-contact resolution (FCR): solved (or closed) cases with exactly one agent response ÷ solved cases.',
  reopen:
    'Reopen rate: cases reopened after being solved (a status back to open, pending or on hold, or a customer message on the solved case) ÷ cases solved at least once.',
  csat: 'Zendesk CSAT: good ÷ (good + bad) among rated cases; the scale maps ratings to good, bad or neutral (neutral ratings are in neither).',
} as const;

/**
 * A customer-satisfaction scale: the ratings it accepts and which count as good and as bad. A
 * rating in neither list is neutral (counted, not in the rate).
 *
 * @example
 * const thumbs: CsatScale = { id: 'thumbs', ratings: [0, 1], good: [1], bad: [0] };
 */
export interface CsatScale {
  readonly id: string;
  readonly ratings: readonly number[];
  readonly good: readonly number[];
  readonly bad: readonly number[];
}

/**
 * The default CSAT scale: 1 to 5, 4 and 5 good (as the issue describes Zendesk's 1–5 mapping), 1 to
 * 3 bad. Default, not a verified platform number: Taobao publishes no mapping.
 *
 * @example
 * DEFAULT_CSAT_SCALE.good; //=> [4, 5]
 */
export const DEFAULT_CSAT_SCALE: CsatScale = {
  id: 'five-point',
  ratings: [1, 2, 3, 4, 5],
  good: [4, 5],
  bad: [1, 2, 3],
};

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/**
 * The built-in early-warning defaults, in hours. Each is configuration: a shop overrides it on the
 * rule. The guide gives none of these numbers.
 *
 * @example
 * RISK_DEFAULTS.returnWindowLeadHours; //=> 48
 */
export const RISK_DEFAULTS = {
  /** Warn this long before the promised ship-by instant. Default, not a verified platform number. */
  shipLeadHours: 12,
  /** Tracking that has not moved for this many business hours (China working days, whole days). Default, not a verified platform number (express delay thresholds vary by carrier and route). */
  trackingStallBusinessHours: 48,
  /** Warn this long before the stall threshold. Default, not a verified platform number. */
  trackingLeadHours: 8,
  /** A customs hold (清关受阻, the guide's Q4) older than this many hours. Default, not a verified platform number. */
  customsHoldHours: 72,
  /** Warn this long before the customs threshold. Default, not a verified platform number. */
  customsLeadHours: 24,
  /** Warn this long before the 7-day return window (七日无理由退货) closes: the issue's 48 hours. */
  returnWindowLeadHours: 48,
  /** The seller's time to answer a refund request before Taobao approves it automatically. Default, not a verified platform number (Taobao's auto-approval period is not published in the guide). */
  refundAnswerHours: 48,
  /** Warn this long before the refund answer deadline. Default, not a verified platform number. */
  refundLeadHours: 12,
} as const;

/** The sentences of the built-in rules: `{due}` is the due instant in Beijing time. */
export const RISK_TEXTS: Record<
  'not-shipped' | 'tracking-stalled' | 'customs-hold' | 'return-window-closing' | 'refund-unanswered',
  { readonly issueType: IssueType; readonly message: LocalizedText; readonly basis: LocalizedText }
> = {
  'not-shipped': {
    issueType: 'paid-not-shipped',
    message: {
      'zh-CN': '订单须在 {due}（北京时间）前发货，目前仍未发货。',
      en: 'The order must ship by {due} (Beijing time) and has not shipped yet.',
      es: 'El pedido debe enviarse antes de {due} (hora de Pekín) y aún no se ha enviado.',
    },
    basis: {
      'zh-CN': '承诺发货时间（支付成功未发货）',
      en: 'the promised ship-by time (paid, not shipped)',
      es: 'la hora de envío prometida (pagado, no enviado)',
    },
  },
  'tracking-stalled': {
    issueType: 'logistics-delay',
    message: {
      'zh-CN': '物流信息自上次更新后长时间未变化，将于 {due}（北京时间）超过停滞阈值。',
      en: 'Tracking has not moved since its last update; it passes the stall threshold at {due} (Beijing time).',
      es: 'El seguimiento no se ha movido desde su última actualización; supera el umbral a las {due} (hora de Pekín).',
    },
    basis: {
      'zh-CN': '物流停滞阈值（工作日小时；默认值，非平台核实数字）',
      en: 'the tracking stall threshold in business hours (a default, not a verified platform number)',
      es: 'el umbral de seguimiento detenido en horas hábiles (valor por defecto, no verificado por la plataforma)',
    },
  },
  'customs-hold': {
    issueType: 'customs-blocked',
    message: {
      'zh-CN': '跨境包裹清关受阻，{due}（北京时间）起超过时限：请准备购买发票、成分证明等材料。',
      en: 'The parcel is held at customs and passes the limit at {due} (Beijing time): prepare the purchase invoice and proof of ingredients.',
      es: 'El paquete está retenido en aduanas y supera el límite a las {due} (hora de Pekín): prepare la factura de compra y la prueba de composición.',
    },
    basis: {
      'zh-CN': '指南 Q4“提供购买发票、成分证明等材料，客服协助联系海关”；时限为默认值，非平台核实数字',
      en: 'the guide’s Q4 (invoice, proof of ingredients, help contacting customs); the limit is a default, not a verified platform number',
      es: 'la Q4 de la guía (factura, prueba de composición, ayuda con aduanas); el límite es un valor por defecto, no verificado',
    },
  },
  'return-window-closing': {
    issueType: 'return-exchange',
    message: {
      'zh-CN': '七日无理由退货期将于 {due}（北京时间）结束。',
      en: 'The 7-day no-reason return window closes at {due} (Beijing time).',
      es: 'El plazo de devolución sin motivo de 7 días termina a las {due} (hora de Pekín).',
    },
    basis: {
      'zh-CN': '消费者权益保护法第二十五条（七日无理由退货）',
      en: 'Consumer Rights Protection Law art. 25 (7-day no-reason return)',
      es: 'Ley de Protección de los Derechos del Consumidor, art. 25 (devolución sin motivo en 7 días)',
    },
  },
  'refund-unanswered': {
    issueType: 'return-exchange',
    message: {
      'zh-CN': '退款申请尚未处理，处理期限为 {due}（北京时间）。',
      en: 'The refund request is unanswered; its answer is due by {due} (Beijing time).',
      es: 'La solicitud de reembolso no tiene respuesta; vence a las {due} (hora de Pekín).',
    },
    basis: {
      'zh-CN': '退款处理时限（默认值，非平台核实数字）',
      en: 'the refund answer period (a default, not a verified platform number)',
      es: 'el plazo de respuesta al reembolso (valor por defecto, no verificado por la plataforma)',
    },
  },
};
