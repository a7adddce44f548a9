import * as z from 'zod/mini';
import {
  addBusinessMinutes,
  type BusinessHours,
  defineBusinessHours,
  formatZonedDateTime,
} from '../calendar/index.js';
import type { ScriptId } from '../scripts/catalog.js';
import { dateSchema, isoInstantSchema } from '../shared/date-schema.js';
import { TiantianError } from '../shared/errors.js';
import type { IssueType } from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';
import { fail, type Issue, ok, type SafeResult } from '../shared/result.js';
import { safely } from '../shared/safe-call.js';
import { explained, issuesFromZod } from '../shared/zod-issues.js';
import { returnWindow } from '../sla/return-window.js';
import { HOUR_MS } from './data.js';
import {
  BUILT_IN_RULES,
  ORDER_INSTANTS,
  type OrderInstant,
  type RiskRule,
  RiskRuleSchema,
} from './risk-rules.js';

/**
 * The instants of an order (and its carrier and route, for per-carrier thresholds). Every instant
 * is a `Date`; a string is refused.
 *
 * @example
 * const order: RiskOrder = { paidAt: new Date('2026-11-10T10:00:00+08:00'), promisedShipBy: new Date('2026-11-12T10:00:00+08:00') };
 */
export type RiskOrder = { readonly [K in OrderInstant]?: Date | undefined } & {
  readonly paidAt: Date;
  readonly carrier?: string | undefined;
  readonly route?: string | undefined;
};

/**
 * A warning: the rule, when it falls due, whether that is past (`overdue`) or ahead (`due-soon`),
 * what it foretells, the script to answer with, a sentence in every locale and the rule's basis.
 *
 * @example
 * predictRisks(order, { now })[0]; //=> { id: 'not-shipped', dueAt, status: 'due-soon', issueType: 'paid-not-shipped', … }
 */
export interface RiskWarning {
  readonly id: string;
  readonly dueAt: Date;
  readonly status: 'due-soon' | 'overdue';
  readonly issueType: IssueType;
  readonly severity: 'low' | 'medium' | 'high';
  readonly scriptId: ScriptId;
  readonly message: LocalizedText;
  readonly basis: LocalizedText;
}

/**
 * Options of `predictRisks`.
 *
 * @example
 * const options: PredictRisksOptions = { now: new Date(), rules: [...BUILT_IN_RULES, myRule] };
 */
export interface PredictRisksOptions {
  readonly now: Date;
  /** @default BUILT_IN_RULES */
  readonly rules?: readonly RiskRule[] | undefined;
}

// An instant field of an order, in memory (a `Date`; a string is refused) or as JSON carries it.
type InstantOf = (field: string) => z.ZodMiniType<Date, unknown>;
const dateOf: InstantOf = (field) => dateSchema(`${field} must be a Date (a string is not read as a date)`);
const isoOf: InstantOf = (field) =>
  isoInstantSchema(
    `${field} must be an ISO 8601 date-time with an offset, such as 2026-11-10T10:00:00+08:00`,
  );

function orderFields(instant: InstantOf) {
  return Object.fromEntries(
    ORDER_INSTANTS.map((field) => [field, field === 'paidAt' ? instant(field) : z.optional(instant(field))]),
  );
}

// Instants that cannot come before another: [earlier, later].
const ORDERING: readonly (readonly [OrderInstant, OrderInstant])[] = [
  ['paidAt', 'shippedAt'],
  ['shippedAt', 'signedAt'],
  ['paidAt', 'signedAt'],
  ['shippedAt', 'lastTrackingAt'],
  ['paidAt', 'refundRequestedAt'],
  ['refundRequestedAt', 'refundAnsweredAt'],
  ['paidAt', 'customsHoldSince'],
];

/**
 * Checks an order for `predictRisks`: instants as `Date`s, in an order that can happen (paid
 * before shipped, shipped before signed, …), carrier and route as text.
 *
 * @example
 * RiskOrderSchema.safeParse({ paidAt: '2026-11-10' }).success; //=> false
 */
export const RiskOrderSchema = /* @__PURE__ */ (() => explained(riskOrderSchema(dateOf)))();

/**
 * Checks an order for `predictRisks` as JSON carries it: {@link RiskOrderSchema} with every instant
 * an ISO 8601 date-time with an offset, parsed to a `Date`.
 *
 * @example
 * RiskOrderJsonSchema.parse({ paidAt: '2026-11-10T10:00:00+08:00' }).paidAt.toISOString(); //=> '2026-11-10T02:00:00.000Z'
 */
export const RiskOrderJsonSchema = /* @__PURE__ */ (() => explained(riskOrderSchema(isoOf)))();

function riskOrderSchema(instant: InstantOf) {
  return z
    .strictObject(
      {
        ...orderFields(instant),
        carrier: z.optional(z.string({ error: 'carrier must be text' }).check(z.maxLength(100))),
        route: z.optional(z.string({ error: 'route must be text' }).check(z.maxLength(100))),
      },
      { error: 'An order is an object { paidAt, promisedShipBy?, shippedAt?, … }' },
    )
    .check(
      z.check(
        (ctx) => {
          // The check runs even when a field failed (its value is then not a Date): those are skipped.
          const order = ctx.value as Record<string, unknown>;
          for (const [earlier, later] of ORDERING) {
            const a = order[earlier];
            const b = order[later];
            if (a instanceof Date && b instanceof Date && b.getTime() < a.getTime()) {
              ctx.issues.push({
                code: 'custom',
                input: b,
                path: [later],
                message: `${later} (${b.toISOString()}) is before ${earlier} (${a.toISOString()})`,
              });
            }
          }
        },
        `the instants come in an order that can happen (${ORDERING.map(([a, b]) => `${a} ≤ ${b}`).join(', ')})`,
      ),
    ) as unknown as z.ZodMiniType<RiskOrder, unknown>;
}

let workdays: BusinessHours | undefined;

function dueOf(rule: RiskRule, order: RiskOrder): Date | null {
  const due = rule.due;
  if (due.kind === 'return-window') {
    return order.signedAt === undefined ? null : returnWindow({ signedAt: order.signedAt }).endsAt;
  }
  const from = order[due.from];
  if (from === undefined) return null;
  const routeHours = order.route === undefined ? undefined : due.byRoute?.[order.route];
  const carrierHours = order.carrier === undefined ? undefined : due.byCarrier?.[order.carrier];
  const hours = routeHours ?? carrierHours ?? due.hours;
  if (due.clock === 'calendar') return new Date(from.getTime() + hours * HOUR_MS);
  workdays ??= defineBusinessHours({ intervals: [{ start: '00:00', end: '24:00' }] });
  return addBusinessMinutes(from, hours * 60, workdays);
}

function fill(text: LocalizedText, due: Date): LocalizedText {
  const when = formatZonedDateTime(due, 'Asia/Shanghai');
  return {
    'zh-CN': text['zh-CN'].replaceAll('{due}', when),
    en: text.en.replaceAll('{due}', when),
    es: text.es.replaceAll('{due}', when),
  };
}

/**
 * `predictRisks` in safeParse shape, for an order and rules from an untrusted source.
 *
 * @param order - the order's instants
 * @param options - `{ now, rules? }`
 * @returns `{ success: true, data: warnings }` or the issues, with their paths
 * @example
 * safePredictRisks({ paidAt: '2026-11-10T10:00:00Z' }, { now: new Date() }).success; //=> false
 */
export function safePredictRisks(order: unknown, options: PredictRisksOptions): SafeResult<RiskWarning[]> {
  return safely(() => predict(order, options));
}

function predict(order: unknown, options: PredictRisksOptions): SafeResult<RiskWarning[]> {
  const now = dateSchema('now must be a valid Date').safeParse(
    (options as Partial<PredictRisksOptions> | null)?.now,
  );
  if (!now.success)
    return fail([{ code: 'invalid_date', message: 'now must be a valid Date', path: ['now'] }]);
  const rules = z.array(RiskRuleSchema).safeParse(options.rules ?? BUILT_IN_RULES);
  if (!rules.success) return fail(issuesFromZod(rules.error.issues, ['rules']));
  const parsed = RiskOrderSchema.safeParse(order);
  if (!parsed.success) return fail(issuesFromZod(parsed.error.issues, ['order']));
  const at = now.data.getTime();
  const warnings: RiskWarning[] = [];
  for (const rule of rules.data) {
    const data = parsed.data;
    if (rule.requires.some((field) => data[field] === undefined)) continue;
    if (rule.unless.some((field) => data[field] !== undefined)) continue;
    const dueAt = dueOf(rule, data);
    if (dueAt === null) continue;
    const due = dueAt.getTime();
    if (at < due - rule.leadHours * HOUR_MS) continue;
    if (at >= due && rule.afterDue === 'drop') continue;
    warnings.push({
      id: rule.id,
      dueAt,
      status: at >= due ? 'overdue' : 'due-soon',
      issueType: rule.issueType,
      severity: rule.severity,
      scriptId: rule.scriptId,
      message: fill(rule.message, dueAt),
      basis: rule.basis,
    });
  }
  warnings.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ok(warnings);
}

/**
 * Early warnings for an order (智能预判: "通过大数据分析提前识别潜在问题", with rules rather than
 * learning): each rule that applies and is within its lead time of falling due, or past due,
 * sorted by `dueAt`. Built in: not shipped by the promise, tracking that has not moved, a customs
 * hold (the guide's Q4), the 7-day return window closing (48 hours ahead by default), a refund
 * request unanswered near its deadline. Pure: computed with the China calendar, the same in every
 * host time zone.
 *
 * @param order - `{ paidAt, promisedShipBy?, shippedAt?, lastTrackingAt?, customsHoldSince?, signedAt?, returnReceivedAt?, refundRequestedAt?, refundAnsweredAt?, carrier?, route? }`
 * @param options - `{ now, rules? }` (rules default to `BUILT_IN_RULES`)
 * @returns the warnings, earliest due first
 * @throws {TiantianError} `'invalid_argument'` for a malformed order or rule (a string for a date,
 *   paid after shipped, …) with the first issue's path, `'invalid_date'` for a bad `now`
 * @example
 * predictRisks(
 *   { paidAt: new Date('2026-11-10T10:00:00+08:00'), promisedShipBy: new Date('2026-11-12T10:00:00+08:00') },
 *   { now: new Date('2026-11-12T09:00:00+08:00') },
 * ).map((w) => [w.id, w.status]); //=> [['not-shipped', 'due-soon']]
 */
export function predictRisks(order: RiskOrder, options: PredictRisksOptions): RiskWarning[] {
  const result = safePredictRisks(order, options);
  if (result.success) return result.data;
  const [first] = result.error.issues as [Issue];
  throw new TiantianError(
    first.code === 'invalid_date' ? 'invalid_date' : 'invalid_argument',
    first.message,
    {
      path: first.path.filter((key): key is string | number => typeof key !== 'symbol'),
    },
  );
}
