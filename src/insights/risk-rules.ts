// Early-warning rules (智能预判) as data: when a rule falls due for an order, how long before that it
// warns, what it foretells and which reply script answers it. A shop adds its own; zod checks them.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { SCRIPT_IDS, type ScriptId } from '../scripts/catalog.js';
import { ISSUE_TYPES, type IssueType } from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';
import { RISK_DEFAULTS, RISK_TEXTS } from './data.js';

/**
 * The instants of an order a rule can read.
 *
 * @example
 * ORDER_INSTANTS.includes('customsHoldSince'); //=> true
 */
export const ORDER_INSTANTS = [
  'paidAt',
  'promisedShipBy',
  'shippedAt',
  'lastTrackingAt',
  'customsHoldSince',
  'signedAt',
  'returnReceivedAt',
  'refundRequestedAt',
  'refundAnsweredAt',
] as const;

/**
 * One of {@link ORDER_INSTANTS}.
 *
 * @example
 * const field: OrderInstant = 'signedAt';
 */
export type OrderInstant = (typeof ORDER_INSTANTS)[number];

/**
 * When a rule falls due: `hours` after the instant `from` (0: at it), counted on the calendar
 * clock or in business hours (China working days, whole days: weekends and holidays do not count,
 * 调休 days do), with optional thresholds per carrier and per route (route beats carrier); or the
 * end of the 7-day return window from `signedAt`.
 *
 * @example
 * const due: RiskDue = { kind: 'after', from: 'lastTrackingAt', hours: 48, clock: 'business', byCarrier: { EMS: 72 } };
 */
export type RiskDue =
  | {
      readonly kind: 'after';
      readonly from: OrderInstant;
      readonly hours: number;
      readonly clock: 'calendar' | 'business';
      readonly byCarrier?: Readonly<Record<string, number>> | undefined;
      readonly byRoute?: Readonly<Record<string, number>> | undefined;
    }
  | { readonly kind: 'return-window' };

/**
 * A warning rule. `message` may hold `{due}`, replaced by the due instant in Beijing time.
 *
 * @example
 * const rule: RiskRule = { ...BUILT_IN_RULES[0], id: 'shop:not-shipped', leadHours: 24 };
 */
export interface RiskRule {
  readonly id: string;
  readonly issueType: IssueType;
  readonly severity: 'low' | 'medium' | 'high';
  readonly scriptId: ScriptId;
  readonly due: RiskDue;
  /** Warn this many hours before `dueAt` (calendar hours). */
  readonly leadHours: number;
  /** The rule applies only when these instants are known. */
  readonly requires: readonly OrderInstant[];
  /** The rule no longer applies once any of these instants is known (the risk is gone). */
  readonly unless: readonly OrderInstant[];
  /** After `dueAt`: keep warning (`keep`, overdue) or stop (`drop`: the chance has passed). */
  readonly afterDue: 'keep' | 'drop';
  readonly message: LocalizedText;
  readonly basis: LocalizedText;
}

/**
 * Checks a {@link RiskRule} (a shop's own included): ids, hours from 0 to a year, known instants,
 * issue type and script, a sentence in every locale.
 *
 * @example
 * RiskRuleSchema.safeParse(BUILT_IN_RULES[0]).success; //=> true
 */
// Everything zod is built inside the `/* @__PURE__ */` call, so that a bundle that never checks a
// rule (one that only builds reports) drops it, and zod with it.
export const RiskRuleSchema = /* @__PURE__ */ (() => {
  const instant = z.enum(ORDER_INSTANTS, { error: `must be one of ${ORDER_INSTANTS.join(', ')}` });
  const hours = z
    .number({ error: 'must be a number of hours' })
    .check(z.gte(0, 'must be 0 or more'), z.lte(8760, 'must be at most a year (8760 hours)'));
  const text = z.strictObject({
    'zh-CN': z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
    es: z.string().check(z.minLength(1)),
  });
  return explained(
    z.strictObject({
      id: z
        .string()
        .check(z.regex(/^[a-z0-9][a-z0-9:._-]{0,99}$/, 'id must be lowercase letters, digits and : . _ -')),
      issueType: z.enum(ISSUE_TYPES, { error: 'issueType must be an issue type' }),
      severity: z.enum(['low', 'medium', 'high'], { error: 'severity must be low, medium or high' }),
      scriptId: z.enum(SCRIPT_IDS, { error: `scriptId must be one of ${SCRIPT_IDS.join(', ')}` }),
      due: z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('after'),
          from: instant,
          hours,
          clock: z.enum(['calendar', 'business'], { error: 'clock must be calendar or business' }),
          byCarrier: z.optional(z.record(z.string(), hours)),
          byRoute: z.optional(z.record(z.string(), hours)),
        }),
        z.strictObject({ kind: z.literal('return-window') }),
      ]),
      leadHours: hours,
      requires: z.array(instant),
      unless: z.array(instant),
      afterDue: z.enum(['keep', 'drop'], { error: 'afterDue must be keep or drop' }),
      message: text,
      basis: text,
    }) as unknown as z.ZodMiniType<RiskRule, unknown>,
  );
})();

/**
 * The built-in rules: not shipped by the promise, tracking stalled, customs hold, return window
 * closing, refund request unanswered. Their hours are the documented defaults of `RISK_DEFAULTS`
 * (defaults, not verified platform numbers, except the law's return window).
 *
 * @example
 * BUILT_IN_RULES.map((rule) => rule.id); //=> ['not-shipped', 'tracking-stalled', 'customs-hold', 'return-window-closing', 'refund-unanswered']
 */
// Built in a `/* @__PURE__ */` call (the spreads read properties): a report-only bundle drops the
// rules and their texts.
export const BUILT_IN_RULES: readonly RiskRule[] = /* @__PURE__ */ (() => {
  const d = RISK_DEFAULTS;
  return [
    {
      id: 'not-shipped',
      ...RISK_TEXTS['not-shipped'],
      severity: 'high',
      scriptId: 'apologize-missed-deadline',
      due: { kind: 'after', from: 'promisedShipBy', hours: 0, clock: 'calendar' },
      leadHours: d.shipLeadHours,
      requires: ['promisedShipBy'],
      unless: ['shippedAt'],
      afterDue: 'keep',
    },
    {
      id: 'tracking-stalled',
      ...RISK_TEXTS['tracking-stalled'],
      severity: 'medium',
      scriptId: 'progress-inquiry',
      due: { kind: 'after', from: 'lastTrackingAt', hours: d.trackingStallBusinessHours, clock: 'business' },
      leadHours: d.trackingLeadHours,
      requires: ['shippedAt', 'lastTrackingAt'],
      unless: ['signedAt', 'customsHoldSince'],
      afterDue: 'keep',
    },
    {
      id: 'customs-hold',
      ...RISK_TEXTS['customs-hold'],
      severity: 'high',
      scriptId: 'request-evidence',
      due: { kind: 'after', from: 'customsHoldSince', hours: d.customsHoldHours, clock: 'calendar' },
      leadHours: d.customsLeadHours,
      requires: ['customsHoldSince'],
      unless: ['signedAt'],
      afterDue: 'keep',
    },
    {
      id: 'return-window-closing',
      ...RISK_TEXTS['return-window-closing'],
      severity: 'medium',
      scriptId: 'confirm-request',
      due: { kind: 'return-window' },
      leadHours: d.returnWindowLeadHours,
      requires: ['signedAt'],
      unless: ['refundRequestedAt', 'returnReceivedAt'],
      afterDue: 'drop',
    },
    {
      id: 'refund-unanswered',
      ...RISK_TEXTS['refund-unanswered'],
      severity: 'high',
      scriptId: 'progress-inquiry',
      due: { kind: 'after', from: 'refundRequestedAt', hours: d.refundAnswerHours, clock: 'calendar' },
      leadHours: d.refundLeadHours,
      requires: ['refundRequestedAt'],
      unless: ['refundAnsweredAt'],
      afterDue: 'keep',
    },
  ];
})();
