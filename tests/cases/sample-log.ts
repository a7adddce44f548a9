import type { CaseEvent } from '../../src/cases/events.js';
import { appendCaseEvent, createCaseLog } from '../../src/cases/log.js';
import type { CaseLog } from '../../src/cases/log-shape.js';

/** Beijing wall-clock time as an instant, e.g. bj('2026-09-30 20:30'). */
export function bj(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}:00+08:00`);
}

/** A quality dispute over social media, ten events. */
export const SAMPLE_EVENTS: readonly CaseEvent[] = [
  {
    type: 'opened',
    at: bj('2026-09-30 20:30'),
    issueType: 'quality-dispute',
    channel: 'social-media',
    orderId: '1550672064762308113',
  },
  { type: 'message', at: bj('2026-09-30 20:30'), from: 'customer', text: '收到的杯子有裂纹' },
  { type: 'message', at: bj('2026-09-30 20:31'), from: 'bot', text: '您好，请提供商品照片' },
  {
    type: 'evidence',
    at: bj('2026-09-30 20:40'),
    fileName: '1550672064762308113+商品质量争议.jpg',
    sha256: 'a'.repeat(64),
  },
  { type: 'message', at: bj('2026-10-08 09:30'), from: 'agent', text: '已收到照片，正在核实' },
  { type: 'status', at: bj('2026-10-08 09:31'), to: 'pending' },
  { type: 'message', at: bj('2026-10-08 12:00'), from: 'customer', text: '好的，订单号已发' },
  { type: 'status', at: bj('2026-10-08 12:00'), to: 'open' },
  { type: 'escalated', at: bj('2026-10-09 10:00'), to: '平台监察部门' },
  { type: 'status', at: bj('2026-10-09 15:00'), to: 'solved' },
];

/** A log of the given events, appended one by one. */
export async function logOf(events: readonly CaseEvent[] = SAMPLE_EVENTS): Promise<CaseLog> {
  let log = createCaseLog();
  for (const event of events) log = await appendCaseEvent(log, event);
  return log;
}

/** The log after a JSON round trip, as a plain mutable value to tamper with. */
export function jsonOf(log: CaseLog): {
  format: string;
  size: number;
  root: string;
  entries: { event: Record<string, unknown>; leafHash: string; root: string }[];
} {
  return JSON.parse(JSON.stringify(log));
}
