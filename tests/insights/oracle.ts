// An independent computation of the report's figures from the same logs, written from the
// definitions in words (src/insights/data.ts) rather than from the implementation: every value
// kept, quantiles by sorting (nearest rank), business minutes by the calendar tests' day-by-day walk.
import type { CaseEvent } from '../../src/cases/events.js';
import type { CaseLog } from '../../src/cases/log-shape.js';
import { getChannel } from '../../src/channels/index.js';
import { walkBusinessMinutesBetween } from '../calendar/reference-walk.js';

export interface ExactSample {
  calendar: number[];
  business: number[];
}

export interface ExactFigures {
  cases: number;
  byChannel: Record<string, number>;
  byIssueType: Record<string, number>;
  firstReply: ExactSample;
  nextReply: ExactSample;
  resolution: ExactSample;
  solved: number;
  oneTouch: number;
  oneResponse: number;
  everSolved: number;
  reopened: number;
}

/** The nearest-rank q-quantile: the ceil(q·n)-th smallest value. */
export function exactQuantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] as number;
}

function minutes(
  from: Date,
  to: Date,
  channel: CaseEvent & { type: 'opened' },
  sample: ExactSample,
  walk: boolean,
) {
  sample.calendar.push((to.getTime() - from.getTime()) / 60_000);
  const hours = getChannel(channel.channel).hours;
  sample.business.push(walk ? walkBusinessMinutesBetween(from, to, hours) : Number.NaN);
}

/**
 * The exact figures of the cases opened in [from, to), as known at `to`. `walk: false` skips the
 * (slow) business-minute walk for large samples.
 */
export function exactFigures(logs: readonly CaseLog[], from: Date, to: Date, walk = true): ExactFigures {
  const figures: ExactFigures = {
    cases: 0,
    byChannel: {},
    byIssueType: {},
    firstReply: { calendar: [], business: [] },
    nextReply: { calendar: [], business: [] },
    resolution: { calendar: [], business: [] },
    solved: 0,
    oneTouch: 0,
    oneResponse: 0,
    everSolved: 0,
    reopened: 0,
  };
  for (const log of logs) {
    const opened = log.entries[0]?.event as CaseEvent & { type: 'opened' };
    if (opened.at < from || opened.at >= to) continue;
    const events = log.entries.map((entry) => entry.event).filter((event) => event.at <= to);
    figures.cases += 1;
    figures.byChannel[opened.channel] = (figures.byChannel[opened.channel] ?? 0) + 1;
    figures.byIssueType[opened.issueType] = (figures.byIssueType[opened.issueType] ?? 0) + 1;
    let status = 'open';
    let clockFrom = opened.at;
    let replied = false;
    let waiting: Date | null = null;
    let lastSolved: Date | null = null;
    let wasSolved = false;
    let wasReopened = false;
    let agentMessages = 0;
    for (const event of events.slice(1)) {
      const comesBack =
        status === 'solved' &&
        ((event.type === 'message' && event.from === 'customer') ||
          (event.type === 'status' && ['open', 'pending', 'on-hold'].includes(event.to)));
      if (comesBack) {
        wasReopened = true;
        lastSolved = null;
        if (!replied) clockFrom = event.at;
        status = 'open';
      }
      if (event.type === 'message' && event.from === 'agent') {
        agentMessages += 1;
        if (!replied) minutes(clockFrom, event.at, opened, figures.firstReply, walk);
        else if (waiting) minutes(waiting, event.at, opened, figures.nextReply, walk);
        replied = true;
        waiting = null;
      }
      if (
        event.type === 'message' &&
        event.from === 'customer' &&
        replied &&
        !waiting &&
        status !== 'closed'
      ) {
        waiting = event.at;
      }
      if (event.type === 'status') {
        if (status === 'closed') continue;
        if (event.to === 'solved' || event.to === 'closed') {
          if (status !== 'solved') lastSolved = event.at;
          wasSolved = true;
          waiting = null;
        }
        status = event.to;
      }
    }
    if (wasSolved) figures.everSolved += 1;
    if (wasReopened) figures.reopened += 1;
    if ((status === 'solved' || status === 'closed') && lastSolved) {
      minutes(opened.at, lastSolved, opened, figures.resolution, walk);
      figures.solved += 1;
      if (agentMessages < 2) figures.oneTouch += 1;
      if (agentMessages === 1) figures.oneResponse += 1;
    }
  }
  return figures;
}

/**
 * The median, p90 and p95 of a report's clock figures that are further than `relative` (a fraction
 * of the exact value) from the exact nearest-rank quantile of `values`, as sentences: [] when all hold.
 */
export function quantileMisses(
  figure: { readonly median: number | null; readonly p90: number | null; readonly p95: number | null },
  values: readonly number[],
  relative: number,
): string[] {
  const misses: string[] = [];
  for (const [name, q] of [
    ['median', 0.5],
    ['p90', 0.9],
    ['p95', 0.95],
  ] as const) {
    const want = exactQuantile(values, q);
    const got = figure[name];
    const holds =
      want === null ? got === null : got !== null && Math.abs(got - want) <= relative * Math.abs(want);
    if (!holds) misses.push(`${name}: ${got} vs exact ${want}`);
  }
  return misses;
}
