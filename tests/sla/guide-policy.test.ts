import { describe, expect, it } from 'vitest';
import { getChannel } from '../../src/channels/index.js';
import { guidePolicy, type SlaPolicy } from '../../src/sla/index.js';

const summary = (policy: SlaPolicy) =>
  policy.targets.map((t) => ({
    metric: t.metric,
    minutes: t.minutes,
    clock: t.clock,
    hasHours: t.hours !== undefined,
    warnBefore: t.warnBefore,
    warnMs: t.warnMs,
  }));

describe('guidePolicy: ids, targets and warnings', () => {
  const hours = getChannel('social-media').hours;

  it('hotline: a warning longer than the 0-minute target is clamped to 0', () => {
    const p = guidePolicy('hotline', { warnBefore: 30 });
    expect(p.id).toBe('guide:hotline');
    expect(summary(p)).toEqual([
      { metric: 'first-reply', minutes: 0, clock: 'calendar', hasHours: true, warnBefore: 0, warnMs: 0 },
    ]);
  });

  it('social media with a 30-minute warning keeps it (shorter than 120)', () => {
    const p = guidePolicy('social-media', { warnBefore: 30 });
    expect(p.id).toBe('guide:social-media');
    expect(summary(p)).toEqual([
      {
        metric: 'first-reply',
        minutes: 120,
        clock: 'business',
        hasHours: true,
        warnBefore: 30,
        warnMs: 1_800_000,
      },
    ]);
    expect(p.targets[0]?.hours).toBe(hours);
  });

  it('social media, logistics delay: two targets (2 open hours, 24 calendar hours), a fraction warning passed as is', () => {
    const p = guidePolicy('social-media', { issueType: 'logistics-delay', warnBefore: { fraction: 0.5 } });
    expect(p.id).toBe('guide:social-media:logistics-delay');
    expect(summary(p)).toEqual([
      {
        metric: 'first-reply',
        minutes: 120,
        clock: 'business',
        hasHours: true,
        warnBefore: { fraction: 0.5 },
        warnMs: 3_600_000,
      },
      {
        metric: 'first-reply',
        minutes: 1440,
        clock: 'calendar',
        hasHours: true,
        warnBefore: { fraction: 0.5 },
        warnMs: 43_200_000,
      },
    ]);
  });

  it('email: complex in the id and 72 h; logistics delay alone binds at 24 h; complex false adds nothing', () => {
    const complex = guidePolicy('email', { complex: true });
    expect(complex.id).toBe('guide:email:complex');
    expect(summary(complex)).toEqual([
      {
        metric: 'first-reply',
        minutes: 4320,
        clock: 'calendar',
        hasHours: true,
        warnBefore: { fraction: 0.25 },
        warnMs: 64_800_000,
      },
    ]);
    const delay = guidePolicy('email', { complex: false, issueType: 'logistics-delay' });
    expect(delay.id).toBe('guide:email:logistics-delay');
    expect(summary(delay)).toEqual([
      {
        metric: 'first-reply',
        minutes: 1440,
        clock: 'calendar',
        hasHours: true,
        warnBefore: { fraction: 0.25 },
        warnMs: 21_600_000,
      },
    ]);
    const plain = guidePolicy('email', { issueType: 'feedback' });
    expect(plain.id).toBe('guide:email:feedback');
    expect(summary(plain).map((t) => t.minutes)).toEqual([2880]);
  });

  it('online chat: an urgent payment problem is due at once', () => {
    const p = guidePolicy('online-chat', { issueType: 'payment-problem' });
    expect(p.id).toBe('guide:online-chat:payment-problem');
    expect(summary(p).map((t) => [t.minutes, t.clock])).toEqual([[0, 'calendar']]);
    expect(
      summary(guidePolicy('online-chat', { issueType: 'quality-dispute' })).map((t) => t.minutes),
    ).toEqual([60]);
  });
});
