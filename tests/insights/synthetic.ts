// Synthetic case logs for the report's tests and benchmark: seeded, so every run sees the same
// cases. The logs are read, not verified, by buildReport: entries carry placeholder hashes.
import type { CaseEvent } from '../../src/cases/events.js';
import { CASE_LOG_FORMAT, type CaseLog } from '../../src/cases/log-shape.js';
import { CHANNEL_IDS } from '../../src/shared/channel-ids.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';

const HASH = '0'.repeat(64);

/** A case log holding these events (hashes are placeholders). */
export function logOf(events: readonly CaseEvent[]): CaseLog {
  return {
    format: CASE_LOG_FORMAT,
    size: events.length,
    root: HASH,
    entries: events.map((event) => ({ event, leafHash: HASH, root: HASH })),
  };
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;

/**
 * `count` synthetic cases opened in [from, to): a customer message, sometimes a bot answer,
 * agent replies after lognormal-ish delays, pending spells, solving, reopening and closing.
 */
export function syntheticLogs(count: number, seed: number, from: Date, to: Date): CaseLog[] {
  const next = random(seed);
  const span = to.getTime() - from.getTime();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const delay = () => Math.round(Math.exp(next() * 9) * MINUTE * next());
  const logs: CaseLog[] = [];
  for (let i = 0; i < count; i++) {
    let at = from.getTime() + Math.floor(next() * span);
    const events: CaseEvent[] = [
      { type: 'opened', at: new Date(at), issueType: pick(ISSUE_TYPES), channel: pick(CHANNEL_IDS) },
      { type: 'message', at: new Date(at), from: 'customer', text: '还没发货' },
    ];
    const step = (ms: number) => {
      at += ms;
      return new Date(at);
    };
    if (next() < 0.3) events.push({ type: 'message', at: step(1000), from: 'bot', text: '您好' });
    if (next() < 0.15) {
      events.push({ type: 'status', at: step(delay()), to: 'solved' });
      if (next() < 0.5) events.push({ type: 'message', at: step(delay()), from: 'customer', text: '还在吗' });
    }
    const replies = Math.floor(next() * 4);
    for (let r = 0; r < replies; r++) {
      events.push({ type: 'message', at: step(delay()), from: 'agent', text: '正在核实' });
      if (next() < 0.2) events.push({ type: 'status', at: step(delay()), to: 'pending' });
      if (next() < 0.6) events.push({ type: 'message', at: step(delay()), from: 'customer', text: '好的' });
    }
    const end = next();
    if (end < 0.6) {
      events.push({ type: 'status', at: step(delay()), to: 'solved' });
      if (next() < 0.1) events.push({ type: 'status', at: step(delay()), to: 'open' });
      else if (next() < 0.5) events.push({ type: 'status', at: step(delay()), to: 'closed' });
    }
    logs.push(logOf(events));
  }
  return logs;
}
