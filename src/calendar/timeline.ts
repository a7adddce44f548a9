// The open time of business hours as a timeline of merged [start, end) instants, built lazily in
// blocks of 256 days with cumulative open milliseconds, so that arithmetic over any span costs a
// binary search per end plus one addition per block in between, never a walk day by day.
import { TiantianError } from '../shared/errors.js';
import type { BusinessHours, HoursSpec } from './business-hours.js';
import { specOf } from './business-hours.js';
import { DAY_MS, MAX_INSTANT, MIN_INSTANT } from './civil.js';
import { type CalendarCore, coreOf, isWorkdayNumber } from './workday-calendar.js';
import { instantOf, offsetAt } from './zone.js';

// `/* @__PURE__ */` arrow calls: lets a bundler drop them when unused.
export const BLOCK_MS: number = /* @__PURE__ */ (() => 256 * DAY_MS)();
export const FIRST_BLOCK: number = /* @__PURE__ */ (() => Math.floor(MIN_INSTANT / BLOCK_MS))();
export const LAST_BLOCK: number = /* @__PURE__ */ (() => Math.floor((MAX_INSTANT - 1) / BLOCK_MS))();

/** One block: intervals sorted, disjoint and not touching, clipped to the block. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Open milliseconds of the block before interval i. */
  readonly before: Float64Array;
  /** Open milliseconds of the block up to the end of interval i. */
  readonly through: Float64Array;
  readonly total: number;
}

export interface Timeline {
  readonly alwaysOpen: boolean;
  block(index: number): Block;
}

const timelines = new WeakMap<HoursSpec, Timeline>();
const samples = new Map<string, Map<number, number>>();

/** The zone's offset at UTC midnight of day `n`, cached. */
function sample(timeZone: string, n: number): number {
  let zone = samples.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    samples.set(timeZone, zone);
  }
  let offset = zone.get(n);
  if (offset === undefined) {
    offset = offsetAt(timeZone, n * DAY_MS);
    zone.set(n, offset);
  }
  return offset;
}

const STRIDE = 8;

/**
 * The offset that holds from UTC midnight of day `first` to that of day `last`, or undefined when
 * the clocks change in between. Probed every 8 days, then day by day where the probes differ (it
 * assumes no zone changes its clocks and back again within 8 days).
 */
function steadyOffset(timeZone: string, first: number, last: number): number | undefined {
  const from = Math.floor(first / STRIDE) * STRIDE;
  const to = Math.ceil(last / STRIDE) * STRIDE;
  const offset = sample(timeZone, from);
  for (let n = from + STRIDE; n <= to; n += STRIDE) if (sample(timeZone, n) !== offset) return undefined;
  return offset;
}

function buildBlock(hours: BusinessHours, spec: HoursSpec, core: CalendarCore, index: number): Block {
  const start = index * BLOCK_MS;
  const end = start + BLOCK_MS;
  const zone = hours.timeZone;
  const raw: number[] = [];
  // A working day's intervals lie within its local midnight and two days later (a shift crossing
  // midnight), and offsets are within ±14 h: these days cover every interval touching the block.
  const firstDay = Math.floor(start / DAY_MS) - 3;
  const lastDay = Math.floor(end / DAY_MS) + 1;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (!isWorkdayNumber(core, day)) continue;
    // The same offset from the day before to three days after: no clock change, plain arithmetic.
    const offset = steadyOffset(zone, day - 1, day + 3);
    const midnight = day * DAY_MS;
    for (const [from, to] of spec.spans) {
      const wallFrom = midnight + from * 60_000;
      const wallTo = midnight + to * 60_000;
      const a = offset === undefined ? instantOf(zone, wallFrom) : wallFrom - offset;
      const b = offset === undefined ? instantOf(zone, wallTo) : wallTo - offset;
      if (b > a) raw.push(a, b);
    }
  }
  // Merge (sorted by start), then clip to the block.
  const pairs: [number, number][] = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i] as number, raw[i + 1] as number]);
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of pairs) {
    const last = merged.at(-1);
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const clipped = merged
    .map(([a, b]): [number, number] => [Math.max(a, start), Math.min(b, end)])
    .filter(([a, b]) => b > a);
  const n = clipped.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const before = new Float64Array(n);
  const through = new Float64Array(n);
  let total = 0;
  clipped.forEach(([a, b], i) => {
    starts[i] = a;
    ends[i] = b;
    before[i] = total;
    total += b - a;
    through[i] = total;
  });
  return { start, end, starts, ends, before, through, total };
}

/** The timeline of business hours (validated), cached per definition. */
export function timelineOf(hours: BusinessHours): Timeline {
  const spec = specOf(hours);
  let timeline = timelines.get(spec);
  if (timeline === undefined) {
    const blocks = new Map<number, Block>();
    let core: CalendarCore | undefined;
    timeline = {
      alwaysOpen: hours.alwaysOpen,
      block(index) {
        let block = blocks.get(index);
        if (block === undefined) {
          core ??= coreOf(hours.calendar);
          block = buildBlock(hours, spec, core, index);
          blocks.set(index, block);
        }
        return block;
      },
    };
    timelines.set(spec, timeline);
  }
  return timeline;
}

export function blockIndex(ms: number): number {
  return Math.floor(ms / BLOCK_MS);
}

/** How many of `values` (sorted ascending) are <= `x`. */
export function countAtMost(values: Float64Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of `values` (sorted ascending) are < `x`. */
export function countBelow(values: Float64Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Open milliseconds of the block before instant `t` (inside the block). */
export function openBefore(block: Block, t: number): number {
  const i = countAtMost(block.starts, t) - 1;
  if (i < 0) return 0;
  return (block.before[i] as number) + Math.min(t, block.ends[i] as number) - (block.starts[i] as number);
}

/** Index of the interval containing `t`, or -1. */
export function containing(block: Block, t: number): number {
  const i = countAtMost(block.starts, t) - 1;
  return i >= 0 && t < (block.ends[i] as number) ? i : -1;
}

export function outOfRange(what: string): TiantianError {
  return new TiantianError(
    'out_of_range',
    `${what} falls outside the supported instants ${new Date(MIN_INSTANT).toISOString()} to ${new Date(MAX_INSTANT).toISOString()}`,
  );
}
