import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/cases/events.js';
import { caseSlaEvents, caseSlaPolicy, caseStatus } from '../../src/cases/status.js';
import { slaStatus } from '../../src/sla/status.js';
import { bj, logOf } from './sample-log.js';

const opened: CaseEvent = {
  type: 'opened',
  at: bj('2026-09-30 20:30'),
  issueType: 'quality-dispute',
  channel: 'social-media',
};
const asked: CaseEvent = {
  type: 'message',
  at: bj('2026-09-30 20:30'),
  from: 'customer',
  text: '收到的杯子有裂纹',
};

function clock(status: ReturnType<typeof caseStatus>, id: string) {
  const found = status.clocks.find((c) => c.id === id);
  return found && { state: found.state, due: found.due.toISOString() };
}

describe('caseStatus', () => {
  // Guide: “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复” (social media).
  it('breaches the first reply of a social-media case opened 2026-09-30 20:30 with no reply after 2026-10-08 10:30', async () => {
    const log = await logOf([
      opened,
      asked,
      { type: 'message', at: bj('2026-09-30 20:31'), from: 'bot', text: '您好' },
    ]);
    expect({
      before: clock(caseStatus(log, { now: bj('2026-10-08 10:29') }), 'first-reply'),
      after: clock(caseStatus(log, { now: bj('2026-10-08 10:31') }), 'first-reply'),
    }).toEqual({
      before: { state: 'running', due: '2026-10-08T02:30:00.000Z' },
      after: { state: 'breached', due: '2026-10-08T02:30:00.000Z' },
    });
  });

  it('agrees with slaStatus on the same events', async () => {
    const events: CaseEvent[] = [
      opened,
      asked,
      { type: 'message', at: bj('2026-10-08 09:30'), from: 'agent', text: '已收到' },
      { type: 'message', at: bj('2026-10-08 09:40'), from: 'customer', text: '多久退款' },
    ];
    const log = await logOf(events);
    const now = bj('2026-10-08 12:00');
    const status = caseStatus(log, { now });
    expect(status.sla).toEqual(slaStatus(caseSlaPolicy(opened as never), caseSlaEvents(events), now));
    expect([clock(status, 'first-reply')?.state, clock(status, 'next-reply')]).toEqual([
      'met',
      { state: 'breached', due: '2026-10-08T03:40:00.000Z' },
    ]);
  });

  it('pauses the resolution clock while pending', async () => {
    const base = [opened, asked];
    const pending: CaseEvent[] = [...base, { type: 'status', at: bj('2026-10-01 10:00'), to: 'pending' }];
    const now = bj('2026-10-05 10:00');
    const running = caseStatus(await logOf(base), { now });
    const paused = caseStatus(await logOf(pending), { now });
    expect({
      running: clock(running, 'resolution')?.state,
      paused: clock(paused, 'resolution')?.state,
      state: paused.state,
    }).toEqual({
      running: 'breached',
      paused: 'paused',
      state: 'pending',
    });
  });

  it('starts the legal clocks once the goods were signed for, each with its basis', async () => {
    const log = await logOf([
      opened,
      asked,
      { type: 'signed-for', at: bj('2026-11-23 10:00') },
      { type: 'return-received', at: bj('2026-11-26 10:00') },
    ]);
    const status = caseStatus(log, { now: bj('2026-11-27 10:00') });
    const legal = status.clocks.filter((c) => c.kind === 'legal');
    expect(
      legal.map((c) => ({
        id: c.id,
        state: c.state,
        due: c.due.toISOString(),
        sources: c.sources.length > 0,
      })),
    ).toEqual([
      { id: 'no-reason-return', state: 'running', due: '2026-11-30T16:00:00.000Z', sources: true },
      { id: 'three-guarantees-return', state: 'running', due: '2026-11-30T16:00:00.000Z', sources: true },
      // 2026-12-08 is a Tuesday.
      { id: 'three-guarantees-exchange', state: 'running', due: '2026-12-08T16:00:00.000Z', sources: true },
      // 消费者权益保护法 art. 25: “经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款”.
      { id: 'seller-refund', state: 'running', due: '2026-12-03T16:00:00.000Z', sources: true },
    ]);
  });

  it('keeps the chat record a month after the last message (the guide: 在线聊天记录需完整保存至少1个月)', async () => {
    const status = caseStatus(await logOf([opened, asked]), { now: bj('2026-10-01 10:00') });
    // Last message 2026-09-30 20:30 Beijing: kept to 2026-10-30 24:00 Beijing (民法典 art. 202-203).
    expect(clock(status, 'chat-retention')).toEqual({ state: 'running', due: '2026-10-30T16:00:00.000Z' });
  });

  it.each([
    ['an invalid now', async () => caseStatus(await logOf([opened]), { now: new Date('x') }), 'invalid_date'],
    [
      'an empty log',
      async () => caseStatus(await logOf([]), { now: bj('2026-10-01 10:00') }),
      'invalid_argument',
    ],
    [
      'now before the opening',
      async () => caseStatus(await logOf([opened]), { now: bj('2026-09-01 10:00') }),
      'invalid_argument',
    ],
  ])('refuses %s', async (_name, run, code) => {
    await expect(run()).rejects.toThrowError(expect.objectContaining({ code }));
  });
});
