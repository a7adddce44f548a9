import {
  ALWAYS_OPEN,
  addBusinessMinutes,
  type BusinessHours,
  businessMinutesBetween,
} from '../calendar/index.js';
import { assertDate, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { SLA_EVENT_TYPES, type SlaEvent } from './events.js';
import type { SlaMetric, SlaPolicy, SlaTarget } from './policy.js';

const MINUTE = 60_000;

/**
 * Where a target stands: `on-track`, `at-risk` (inside its warning), `breached` (past due and not
 * met in time), `achieved` (met in time), `paused` (the clock is stopped while waiting on the customer).
 *
 * @example
 * const state: SlaState = 'at-risk';
 */
export type SlaState = 'on-track' | 'at-risk' | 'breached' | 'achieved' | 'paused';

/**
 * Minutes counted two ways: `business` (open time of the target's hours; for a calendar target
 * without hours, every minute) and `calendar` (every minute).
 *
 * @example
 * const left: SlaMinutes = { business: 30, calendar: 690 };
 */
export interface SlaMinutes {
  readonly business: number;
  readonly calendar: number;
}

/**
 * The status of one target of a policy at `now`, for the metric's latest cycle.
 *
 * @example
 * const { status, due, remaining } = slaStatus(policy, events, now).targets[0]!;
 */
export interface SlaTargetStatus {
  readonly metric: SlaMetric;
  readonly target: SlaTarget;
  readonly status: SlaState;
  /** When the latest cycle of the metric started. */
  readonly startedAt: Date;
  /**
   * When the target is due. While paused: when it would be due if the clock resumed at `now`.
   * Once met: as it stood when met.
   */
  readonly due: Date;
  /** When the target was breached (`due`), or null. */
  readonly breachedAt: Date | null;
  /** When the metric was met (agent reply; solved), or null. */
  readonly fulfilledAt: Date | null;
  /**
   * Time from `now` (or from `fulfilledAt` once met) to `due`: positive is time left, negative is
   * time overdue.
   */
  readonly remaining: SlaMinutes;
  /** Minutes of the target's clock counted so far in this cycle. */
  readonly elapsedMinutes: number;
  /** Time this cycle spent paused (kept out of the clock). */
  readonly pausedMinutes: SlaMinutes;
  /** Which cycle of the metric this is (1 for the first; next-reply counts one per exchange). */
  readonly cycle: number;
  /** How many cycles of the metric breached this target so far. */
  readonly breaches: number;
}

/**
 * The SLA status of a ticket at an instant.
 *
 * @example
 * const status: SlaStatus = slaStatus(policy, [{ type: 'created', at }], now);
 * status.metrics['first-reply']?.status; //=> 'on-track'
 */
export interface SlaStatus {
  readonly policyId: string;
  readonly now: Date;
  /** Whether the ticket is waiting on the customer at `now`. */
  readonly paused: boolean;
  /** Whether the ticket is solved at `now`. */
  readonly solved: boolean;
  /** One entry per policy target whose metric has started, in the policy's order. */
  readonly targets: readonly SlaTargetStatus[];
  /** Per metric, the binding target: the most severe status, then the earliest due. */
  readonly metrics: { readonly [M in SlaMetric]?: SlaTargetStatus };
  /** Whether any target is breached in its latest cycle. */
  readonly breached: boolean;
  /** The binding target that is still running (on track, at risk, breached and unmet, paused) with the earliest due, or null. */
  readonly next: SlaTargetStatus | null;
  /** Time the ticket spent paused up to `now`, in calendar minutes. */
  readonly pausedMinutes: number;
}

interface Span {
  from: number;
  to: number | null;
}

interface Cycle {
  readonly metric: SlaMetric;
  readonly startedAt: number;
  readonly runs: Span[];
  readonly pauses: Span[];
  fulfilledAt: number | null;
}

function openRun(cycle: Cycle, at: number): void {
  cycle.runs.push({ from: at, to: null });
}

function closeLast(spans: Span[], at: number): void {
  const last = spans.at(-1);
  if (last !== undefined && last.to === null) last.to = at;
}

function fulfil(cycle: Cycle | undefined, at: number): void {
  if (cycle === undefined || cycle.fulfilledAt !== null) return;
  closeLast(cycle.runs, at);
  closeLast(cycle.pauses, at);
  cycle.fulfilledAt = at;
}

/** Checks and sorts the history (stable by time); keeps what happened up to `now`. */
function readEvents(events: readonly SlaEvent[], now: Date): SlaEvent[] {
  if (!Array.isArray(events)) {
    throw new TiantianError(
      'invalid_argument',
      `events must be an array of { type, at }, got ${describeValue(events)}`,
      { path: ['events'] },
    );
  }
  const checked = (events as readonly unknown[]).map((raw, index) => {
    const event = raw as Partial<SlaEvent> | null;
    if (typeof event !== 'object' || event === null) {
      throw new TiantianError(
        'invalid_argument',
        `events[${index}] must be { type, at }, got ${describeValue(raw)}`,
        {
          path: ['events', index],
        },
      );
    }
    if (!(SLA_EVENT_TYPES as readonly unknown[]).includes(event.type)) {
      throw new TiantianError(
        'invalid_argument',
        `events[${index}].type must be one of ${SLA_EVENT_TYPES.join(', ')}, got ${describeValue(event.type)}`,
        { path: ['events', index, 'type'] },
      );
    }
    if (!(event.at instanceof Date) || Number.isNaN(event.at.getTime())) {
      throw new TiantianError(
        'invalid_date',
        `events[${index}].at must be a valid Date, got ${describeValue(event.at)}`,
        { path: ['events', index, 'at'] },
      );
    }
    return { event: event as SlaEvent, index };
  });
  checked.sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index);
  const created = checked.filter(({ event }) => event.type === 'created');
  if (created.length !== 1 || checked[0]?.event.type !== 'created') {
    throw new TiantianError(
      'invalid_argument',
      created.length === 0
        ? 'events has no created event; every ticket history starts with one'
        : created.length > 1
          ? `events has ${created.length} created events; a ticket is created once`
          : 'the created event must come first in time; an event is earlier than the ticket',
      { path: ['events'] },
    );
  }
  const start = checked[0].event.at;
  if (now.getTime() < start.getTime()) {
    throw new TiantianError(
      'out_of_range',
      `now (${now.toISOString()}) is before the ticket was created (${start.toISOString()})`,
      { path: ['now'] },
    );
  }
  return checked.map(({ event }) => event).filter((event) => event.at.getTime() <= now.getTime());
}

interface Timeline {
  readonly cycles: Record<SlaMetric, Cycle[]>;
  readonly paused: boolean;
  readonly solved: boolean;
  readonly pausedMs: number;
}

/** Replays the history: which spans each metric's clock ran, and where it was paused. */
function replay(events: readonly SlaEvent[], now: number): Timeline {
  const cycles: Record<SlaMetric, Cycle[]> = { 'first-reply': [], 'next-reply': [], resolution: [] };
  let paused = false;
  let solved = false;
  let pausedSince = 0;
  let pausedMs = 0;
  const cycle = (metric: SlaMetric, at: number): Cycle => {
    const made: Cycle = {
      metric,
      startedAt: at,
      runs: [{ from: at, to: null }],
      pauses: [],
      fulfilledAt: null,
    };
    cycles[metric].push(made);
    return made;
  };
  const pending = (metric: SlaMetric): Cycle | undefined => {
    const last = cycles[metric].at(-1);
    return last !== undefined && last.fulfilledAt === null ? last : undefined;
  };
  const running = (): Cycle[] =>
    (['first-reply', 'next-reply', 'resolution'] as const).flatMap((metric) => pending(metric) ?? []);
  const resume = (at: number) => {
    if (!paused) return;
    paused = false;
    pausedMs += at - pausedSince;
    for (const c of running()) {
      closeLast(c.pauses, at);
      openRun(c, at);
    }
  };
  const reopen = (at: number) => {
    if (!solved) return;
    solved = false;
    const resolution = cycles.resolution.at(-1);
    if (resolution !== undefined) {
      // Full resolution time: the same cycle goes on; the time spent solved does not count.
      resolution.fulfilledAt = null;
      openRun(resolution, at);
    }
  };
  for (const { type, at: date } of events) {
    const at = date.getTime();
    switch (type) {
      case 'created':
        cycle('first-reply', at);
        cycle('resolution', at);
        break;
      case 'customer-message':
        reopen(at);
        resume(at);
        if (pending('first-reply') === undefined && pending('next-reply') === undefined)
          cycle('next-reply', at);
        break;
      case 'agent-reply':
        fulfil(pending('first-reply'), at);
        fulfil(pending('next-reply'), at);
        break;
      case 'pause':
        if (paused || solved) break;
        paused = true;
        pausedSince = at;
        for (const c of running()) {
          closeLast(c.runs, at);
          c.pauses.push({ from: at, to: null });
        }
        break;
      case 'resume':
        resume(at);
        break;
      case 'solved':
        if (solved) break;
        resume(at);
        fulfil(pending('first-reply'), at);
        fulfil(pending('next-reply'), at);
        fulfil(pending('resolution'), at);
        solved = true;
        break;
      case 'reopened':
        reopen(at);
        break;
    }
  }
  if (paused) pausedMs += now - pausedSince;
  return { cycles, paused, solved, pausedMs };
}

interface Clock {
  /** Milliseconds of the clock between two instants. */
  readonly between: (from: number, to: number) => number;
  /** The instant `ms` of the clock after `from`. */
  readonly advance: (from: number, ms: number) => number;
}

function clockOf(target: SlaTarget): Clock {
  const hours = target.hours;
  if (target.clock === 'business' && hours !== undefined) {
    return {
      between: (from, to) => Math.round(businessMinutesBetween(new Date(from), new Date(to), hours) * MINUTE),
      advance: (from, ms) => addBusinessMinutes(new Date(from), ms / MINUTE, hours).getTime(),
    };
  }
  return { between: (from, to) => to - from, advance: (from, ms) => from + ms };
}

function minutesBoth(from: number, to: number, hours: BusinessHours): SlaMinutes {
  return {
    business: businessMinutesBetween(new Date(from), new Date(to), hours),
    calendar: (to - from) / MINUTE,
  };
}

function evaluate(
  target: SlaTarget,
  cycle: Cycle,
  index: number,
  breaches: number,
  now: number,
  paused: boolean,
): { status: SlaTargetStatus; breached: boolean } {
  const clock = clockOf(target);
  const reportHours = target.hours ?? ALWAYS_OPEN;
  const targetMs = Math.round(target.minutes * MINUTE);
  const end = cycle.fulfilledAt ?? now;
  let elapsed = 0;
  let breachAt: number | null = null;
  for (const run of cycle.runs) {
    const to = run.to ?? end;
    const ms = clock.between(run.from, to);
    if (breachAt === null && elapsed + ms >= targetMs) breachAt = clock.advance(run.from, targetMs - elapsed);
    elapsed += ms;
  }
  const due = breachAt ?? clock.advance(end, targetMs - elapsed);
  const late = breachAt !== null && breachAt < end;
  let state: SlaState;
  if (cycle.fulfilledAt !== null) state = late ? 'breached' : 'achieved';
  else if (late) state = 'breached';
  else if (paused) state = 'paused';
  else state = targetMs - elapsed <= target.warnMs ? 'at-risk' : 'on-track';
  const pausedMinutes = cycle.pauses.reduce<SlaMinutes>(
    (sum, span) => {
      const part = minutesBoth(span.from, span.to ?? end, reportHours);
      return { business: sum.business + part.business, calendar: sum.calendar + part.calendar };
    },
    { business: 0, calendar: 0 },
  );
  return {
    breached: late,
    status: {
      metric: target.metric,
      target,
      status: state,
      startedAt: new Date(cycle.startedAt),
      due: new Date(due),
      breachedAt: late ? new Date(due) : null,
      fulfilledAt: cycle.fulfilledAt === null ? null : new Date(cycle.fulfilledAt),
      remaining: minutesBoth(end, due, reportHours),
      elapsedMinutes: elapsed / MINUTE,
      pausedMinutes,
      cycle: index + 1,
      breaches: breaches + (late ? 1 : 0),
    },
  };
}

const SEVERITY: Record<SlaState, number> = {
  breached: 4,
  'at-risk': 3,
  'on-track': 2,
  paused: 1,
  achieved: 0,
};

/**
 * The status of every target of an SLA policy for a ticket at `now`, from the ticket's history, the
 * way help desks time SLAs:
 * - `first-reply` runs from `created` to the first `agent-reply` (or `solved`);
 * - `next-reply` starts a new cycle at each `customer-message` that follows an agent reply and
 *   runs to the next `agent-reply` (or `solved`); a message while a reply is pending adds nothing;
 * - `resolution` runs from `created` to `solved`; `reopened` (or a customer message on a solved
 *   ticket) continues the same clock, the time spent solved not counting (full resolution time);
 * - `pause` stops every running clock (waiting on the customer) until `resume`, a customer message,
 *   or `solved`; paused time never counts and is reported in `pausedMinutes`.
 *
 * The history may come in any order: it is sorted by time (stable: events at the same instant keep
 * their order). Events after `now` are ignored, so `now` can replay any moment. Redundant events (a
 * `resume` while running, a second `solved`) change nothing.
 *
 * @param policy - from `defineSlaPolicy` or `guidePolicy`
 * @param events - the ticket's history; exactly one `created`, earliest of all
 * @param now - the instant to report for
 * @returns per target and per metric: status, due, time remaining (negative: overdue) in business
 *   and calendar minutes, paused minutes, breach instant
 * @throws {TiantianError} `'invalid_argument'` or `'invalid_date'` for a malformed history,
 *   `'invalid_date'` for an invalid `now`, `'out_of_range'` when `now` is before `created`
 * @example
 * const policy = defineSlaPolicy({ id: 'chat', targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar', warnBefore: 15 }] });
 * const created = new Date('2026-09-30T10:00:00+08:00');
 * slaStatus(policy, [{ type: 'created', at: created }], new Date('2026-09-30T10:50:00+08:00')).metrics['first-reply']?.status;
 * //=> 'at-risk' (10 minutes left)
 */
export function slaStatus(policy: SlaPolicy, events: readonly SlaEvent[], now: Date): SlaStatus {
  assertDate(now, 'now');
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.targets as unknown)) {
    throw new TiantianError(
      'invalid_argument',
      `policy must come from defineSlaPolicy, got ${describeValue(policy)}`,
      {
        path: ['policy'],
      },
    );
  }
  const history = readEvents(events, now);
  const at = now.getTime();
  const timeline = replay(history, at);
  const targets: SlaTargetStatus[] = [];
  const metrics: { [M in SlaMetric]?: SlaTargetStatus } = {};
  let breached = false;
  for (const target of policy.targets) {
    const cycles = timeline.cycles[target.metric];
    let breaches = 0;
    let latest: ReturnType<typeof evaluate> | undefined;
    cycles.forEach((cycle, index) => {
      latest = evaluate(target, cycle, index, breaches, at, timeline.paused);
      if (latest.breached) breaches++;
    });
    if (latest === undefined) continue;
    const status = latest.status;
    targets.push(status);
    if (status.status === 'breached') breached = true;
    const current = metrics[target.metric];
    if (
      current === undefined ||
      SEVERITY[status.status] > SEVERITY[current.status] ||
      (SEVERITY[status.status] === SEVERITY[current.status] && status.due < current.due)
    ) {
      metrics[target.metric] = status;
    }
  }
  const open = Object.values(metrics).filter((m) => m.fulfilledAt === null);
  const next = open.reduce<SlaTargetStatus | null>(
    (best, m) => (best === null || m.due < best.due ? m : best),
    null,
  );
  return {
    policyId: policy.id,
    now: new Date(at),
    paused: timeline.paused,
    solved: timeline.solved,
    targets,
    metrics,
    breached,
    next,
    pausedMinutes: timeline.pausedMs / MINUTE,
  };
}
