import { describe, expect, it } from 'vitest';
import { getChannel } from '../../src/channels/index.js';
import { chatRecordRetention, defineSlaPolicy, guidePolicy, type SlaPolicy } from '../../src/sla/index.js';

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

describe('defineSlaPolicy: warnings at their bounds', () => {
  it('accepts 0 and the whole target in minutes, and fractions 0 and 1; keeps calendar hours', () => {
    const hours = getChannel('social-media').hours;
    const p = defineSlaPolicy({
      id: 'x',
      targets: [
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: 0 },
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: 60 },
        { metric: 'resolution', minutes: 60, clock: 'calendar', warnBefore: { fraction: 0 } },
        { metric: 'resolution', minutes: 61, clock: 'calendar', warnBefore: { fraction: 1 } },
        { metric: 'resolution', minutes: 10, clock: 'calendar' },
        { metric: 'resolution', minutes: 10, clock: 'calendar', hours },
      ],
    });
    expect(summary(p)).toEqual([
      { metric: 'resolution', minutes: 60, clock: 'calendar', hasHours: false, warnBefore: 0, warnMs: 0 },
      {
        metric: 'resolution',
        minutes: 60,
        clock: 'calendar',
        hasHours: false,
        warnBefore: 60,
        warnMs: 3_600_000,
      },
      {
        metric: 'resolution',
        minutes: 60,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 0 },
        warnMs: 0,
      },
      {
        metric: 'resolution',
        minutes: 61,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 1 },
        warnMs: 3_660_000,
      },
      {
        metric: 'resolution',
        minutes: 10,
        clock: 'calendar',
        hasHours: false,
        warnBefore: { fraction: 0.25 },
        warnMs: 150_000,
      },
      {
        metric: 'resolution',
        minutes: 10,
        clock: 'calendar',
        hasHours: true,
        warnBefore: { fraction: 0.25 },
        warnMs: 150_000,
      },
    ]);
    expect(p.targets[5]?.hours).toBe(hours);
    expect(Object.hasOwn(p.targets[0] ?? {}, 'hours')).toBe(false);
  });
});

describe('chatRecordRetention: exact rules', () => {
  it('ends at 24:00 of the last day whatever the time of the record (seconds, milliseconds)', () => {
    for (const at of ['2026-01-31T15:00:30+08:00', '2026-01-31T15:00:00.250+08:00']) {
      const r = chatRecordRetention(new Date(at));
      expect(r.keepUntil).toEqual(new Date('2026-03-01T00:00:00+08:00'));
      expect(r.rule.en).toBe(
        'Online chat records must be kept complete for at least 1 month: until the end of 2026-02-28 (24:00 Beijing time)',
      );
    }
  });
});
