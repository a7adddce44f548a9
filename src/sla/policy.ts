import type { BusinessHours } from '../calendar/index.js';
import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';

/**
 * The metrics an SLA policy can time, as help desks (Zendesk, Freshdesk) name them:
 * `first-reply` (首次响应: from creation to the first agent reply), `next-reply` (后续响应: from a
 * customer message that follows an agent reply to the next agent reply), `resolution` (解决: from
 * creation to solved, across reopenings).
 *
 * @example
 * SLA_METRICS; //=> ['first-reply', 'next-reply', 'resolution']
 */
export const SLA_METRICS = ['first-reply', 'next-reply', 'resolution'] as const;

/**
 * One of `SLA_METRICS`.
 *
 * @example
 * const metric: SlaMetric = 'first-reply';
 */
export type SlaMetric = (typeof SLA_METRICS)[number];

/**
 * When a target turns `at-risk`: a number of minutes before it is due (in the target's own clock),
 * or a fraction of the target (`{ fraction: 0.25 }`: the last quarter).
 *
 * @example
 * const lastHalfHour: SlaWarning = 30;
 * const lastQuarter: SlaWarning = { fraction: 0.25 };
 */
export type SlaWarning = number | { readonly fraction: number };

/**
 * One target of a policy, as written by its author.
 *
 * @example
 * const target: SlaTargetInput = { metric: 'first-reply', minutes: 120, clock: 'business', hours, warnBefore: 30 };
 */
export interface SlaTargetInput {
  readonly metric: SlaMetric;
  /** How long the metric may take, in minutes of `clock` time (0: immediately). */
  readonly minutes: number;
  /** `business`: only open time of `hours` counts; `calendar`: every minute counts. */
  readonly clock: 'business' | 'calendar';
  /** The schedule for business time (and for reporting business minutes of a calendar target). */
  readonly hours?: BusinessHours | undefined;
  /**
   * When the target turns `at-risk`.
   * @default { fraction: 0.25 }
   */
  readonly warnBefore?: SlaWarning | undefined;
}

/**
 * What `defineSlaPolicy` takes: an id, targets, and optionally default hours for business targets.
 *
 * @example
 * const input: SlaPolicyInput = { id: 'email', targets: [{ metric: 'first-reply', minutes: 2880, clock: 'calendar' }] };
 */
export interface SlaPolicyInput {
  readonly id: string;
  readonly targets: readonly SlaTargetInput[];
  /** The hours of every target that names none. */
  readonly hours?: BusinessHours | undefined;
}

/**
 * A checked target: hours resolved, warning in milliseconds of the target's clock.
 *
 * @example
 * defineSlaPolicy({ id: 'p', targets: [{ metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: 10 }] }).targets[0]?.warnMs; //=> 600000
 */
export interface SlaTarget {
  readonly metric: SlaMetric;
  readonly minutes: number;
  readonly clock: 'business' | 'calendar';
  /** The target's hours (business targets always have them). */
  readonly hours?: BusinessHours;
  /** The warning as written (or the default). */
  readonly warnBefore: SlaWarning;
  /** The warning in milliseconds of the target's clock. */
  readonly warnMs: number;
}

/**
 * A checked SLA policy (服务水平协议), ready for `slaStatus`.
 *
 * @example
 * const policy: SlaPolicy = defineSlaPolicy({ id: 'chat', targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar' }] });
 */
export interface SlaPolicy {
  readonly id: string;
  readonly targets: readonly SlaTarget[];
}

const DEFAULT_WARNING: SlaWarning = { fraction: 0.25 };

function invalid(
  message: string,
  path: readonly (string | number)[],
): TiantianError<'invalid_configuration'> {
  return new TiantianError('invalid_configuration', message, { path });
}

function checkTarget(raw: unknown, index: number, fallbackHours: BusinessHours | undefined): SlaTarget {
  const path = ['targets', index];
  if (typeof raw !== 'object' || raw === null) {
    throw invalid(
      `targets[${index}] must be an object { metric, minutes, clock }, got ${describeValue(raw)}`,
      path,
    );
  }
  const input = raw as Record<string, unknown>;
  const { metric, minutes, clock } = input;
  if (!(SLA_METRICS as readonly unknown[]).includes(metric)) {
    throw invalid(
      `targets[${index}].metric must be one of ${SLA_METRICS.join(', ')}, got ${describeValue(metric)}`,
      [...path, 'metric'],
    );
  }
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw invalid(
      `targets[${index}].minutes must be a finite number of minutes, 0 or more, got ${describeValue(minutes)}`,
      [...path, 'minutes'],
    );
  }
  if (clock !== 'business' && clock !== 'calendar') {
    throw invalid(`targets[${index}].clock must be 'business' or 'calendar', got ${describeValue(clock)}`, [
      ...path,
      'clock',
    ]);
  }
  const hours = (input.hours ?? fallbackHours) as BusinessHours | undefined;
  if (hours !== undefined && (typeof hours !== 'object' || hours === null)) {
    throw invalid(`targets[${index}].hours must be a BusinessHours from defineBusinessHours`, [
      ...path,
      'hours',
    ]);
  }
  if (clock === 'business' && hours === undefined) {
    throw invalid(
      `targets[${index}] counts business time but names no hours; pass hours (defineBusinessHours) on the target or the policy`,
      [...path, 'hours'],
    );
  }
  const warnBefore = (input.warnBefore ?? DEFAULT_WARNING) as SlaWarning;
  const targetMs = minutes * 60_000;
  let warnMs: number;
  if (typeof warnBefore === 'number') {
    if (!Number.isFinite(warnBefore) || warnBefore < 0 || warnBefore > minutes) {
      throw invalid(
        `targets[${index}].warnBefore must be minutes between 0 and the target's ${minutes}, got ${describeValue(warnBefore)}`,
        [...path, 'warnBefore'],
      );
    }
    warnMs = warnBefore * 60_000;
  } else if (
    typeof warnBefore === 'object' &&
    warnBefore !== null &&
    typeof warnBefore.fraction === 'number' &&
    warnBefore.fraction >= 0 &&
    warnBefore.fraction <= 1
  ) {
    warnMs = targetMs * warnBefore.fraction;
  } else {
    throw invalid(
      `targets[${index}].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got ${describeValue(warnBefore)}`,
      [...path, 'warnBefore'],
    );
  }
  return Object.freeze({
    metric: metric as SlaMetric,
    minutes,
    clock,
    ...(hours === undefined ? {} : { hours }),
    warnBefore,
    warnMs: Math.round(warnMs),
  });
}

/**
 * Defines an SLA policy in the spirit of Zendesk's SLA policies: per metric, a target in business
 * or calendar minutes, and when to warn. A metric may have several targets (say 2 business hours
 * and 24 calendar hours): the earliest due binds, as the guide's channel table does for 物流延迟投诉
 * on social media.
 *
 * @param input - `{ id, targets, hours? }`
 * @returns the checked, frozen policy
 * @throws {TiantianError} `'invalid_configuration'` for an empty id, no targets, an unknown metric or
 *   clock, negative or non-finite minutes, a business target without hours, or a warning outside
 *   0 to the target
 * @example
 * const policy = defineSlaPolicy({
 *   id: 'social-media',
 *   targets: [
 *     { metric: 'first-reply', minutes: 120, clock: 'business', hours: getChannel('social-media').hours, warnBefore: 30 },
 *     { metric: 'resolution', minutes: 72 * 60, clock: 'calendar', warnBefore: { fraction: 0.1 } },
 *   ],
 * });
 */
export function defineSlaPolicy(input: SlaPolicyInput): SlaPolicy {
  if (typeof input !== 'object' || input === null) {
    throw invalid(`defineSlaPolicy expects { id, targets }, got ${describeValue(input)}`, []);
  }
  if (typeof input.id !== 'string' || input.id.trim() === '') {
    throw invalid(`A policy needs a non-empty string id, got ${describeValue(input.id)}`, ['id']);
  }
  if (!Array.isArray(input.targets) || input.targets.length === 0) {
    throw invalid(`A policy needs at least one target, got ${describeValue(input.targets)}`, ['targets']);
  }
  if (input.hours !== undefined && (typeof input.hours !== 'object' || input.hours === null)) {
    throw invalid('hours must be a BusinessHours from defineBusinessHours', ['hours']);
  }
  const targets = (input.targets as readonly unknown[]).map((target, index) =>
    checkTarget(target, index, input.hours),
  );
  return Object.freeze({ id: input.id, targets: Object.freeze(targets) });
}
