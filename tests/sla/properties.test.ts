import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, isOpen } from '../../src/calendar/index.js';
import { getChannel } from '../../src/channels/index.js';
import { CHANNEL_IDS } from '../../src/shared/channel-ids.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import {
  defineSlaPolicy,
  guidePolicy,
  responseDeadline,
  type SlaEvent,
  slaStatus,
} from '../../src/sla/index.js';

const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2027, 11, 1);
const instant = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms));
const request = fc.record({
  channel: fc.constantFrom(...CHANNEL_IDS),
  issueType: fc.option(fc.constantFrom(...ISSUE_TYPES), { nil: undefined }),
  complex: fc.boolean(),
});

describe('responseDeadline properties', () => {
  it('due is never before submission', () => {
    fc.assert(
      fc.property(request, instant, (r, submittedAt) => {
        expect(responseDeadline({ ...r, submittedAt }).due.getTime()).toBeGreaterThanOrEqual(
          submittedAt.getTime(),
        );
      }),
    );
  });

  it('due is monotonic in submittedAt', () => {
    fc.assert(
      fc.property(request, instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), (r, a, gap) => {
        const b = new Date(a.getTime() + gap);
        expect(responseDeadline({ ...r, submittedAt: a }).due.getTime()).toBeLessThanOrEqual(
          responseDeadline({ ...r, submittedAt: b }).due.getTime(),
        );
      }),
    );
  });

  it('a social-media due lies in open time or at a closing boundary (21:00)', () => {
    const hours = getChannel('social-media').hours;
    fc.assert(
      fc.property(instant, (submittedAt) => {
        const { due } = responseDeadline({ channel: 'social-media', submittedAt });
        // The millisecond before due is open: due is inside open time or exactly where it closes.
        expect(isOpen(new Date(due.getTime() - 1), hours)).toBe(true);
        expect(businessMinutesBetween(submittedAt, due, hours)).toBeCloseTo(120, 6);
      }),
    );
  });

  it('guidePolicy’s first-reply due equals responseDeadline’s due (one source of truth)', () => {
    fc.assert(
      fc.property(request, instant, (r, at) => {
        const { due } = responseDeadline({ ...r, submittedAt: at });
        const status = slaStatus(guidePolicy(r.channel, r), [{ type: 'created', at }], at);
        expect(status.metrics['first-reply']?.due).toEqual(due);
      }),
      { numRuns: 100 },
    );
  });
});

describe('slaStatus properties', () => {
  const RANK = { 'on-track': 0, 'at-risk': 1, breached: 2 } as const;

  it('an unanswered ticket goes on-track → at-risk → breached as now grows, never back', () => {
    const hours = getChannel('social-media').hours;
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom('business', 'calendar'),
        fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { minLength: 2, maxLength: 8 }),
        (created, minutes, clock, offsets) => {
          const policy = defineSlaPolicy({
            id: 'p',
            targets: [{ metric: 'first-reply', minutes, clock, hours, warnBefore: { fraction: 0.3 } }],
          });
          const ranks = [...offsets]
            .sort((a, b) => a - b)
            .map((offset) => {
              const s = slaStatus(
                policy,
                [{ type: 'created', at: created }],
                new Date(created.getTime() + offset),
              );
              const state = s.metrics['first-reply']!.status;
              expect(state === 'on-track' || state === 'at-risk' || state === 'breached').toBe(true);
              return RANK[state as keyof typeof RANK];
            });
          for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThanOrEqual(ranks[i - 1]!);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('paused time never counts (calendar and business clocks)', () => {
    const hours = getChannel('social-media').hours;
    const policy = defineSlaPolicy({
      id: 'long',
      targets: [
        { metric: 'resolution', minutes: 1_000_000, clock: 'calendar', hours },
        { metric: 'resolution', minutes: 1_000_000, clock: 'business', hours },
      ],
    });
    fc.assert(
      fc.property(
        instant,
        fc.array(fc.integer({ min: 1, max: 3 * 86_400_000 }), { minLength: 1, maxLength: 9 }),
        (created, gaps) => {
          // Alternate running and paused stretches: pause, resume, pause, …
          const events: SlaEvent[] = [{ type: 'created', at: created }];
          let t = created.getTime();
          const paused: [number, number][] = [];
          gaps.forEach((gap, i) => {
            t += gap;
            const type = i % 2 === 0 ? 'pause' : 'resume';
            events.push({ type, at: new Date(t) });
            if (type === 'pause') paused.push([t, Number.NaN]);
            else paused[paused.length - 1]![1] = t;
          });
          const now = t + 3_600_000;
          const last = paused[paused.length - 1]!;
          if (Number.isNaN(last[1])) last[1] = now;
          const status = slaStatus(policy, events, new Date(now));
          const [calendar, business] = status.targets;
          const pausedMs = paused.reduce((sum, [a, b]) => sum + (b - a), 0);
          expect(calendar!.pausedMinutes.calendar).toBeCloseTo(pausedMs / 60_000, 6);
          expect(calendar!.elapsedMinutes).toBeCloseTo((now - created.getTime() - pausedMs) / 60_000, 6);
          const pausedOpen = paused.reduce(
            (sum, [a, b]) => sum + businessMinutesBetween(new Date(a), new Date(b), hours),
            0,
          );
          expect(business!.elapsedMinutes).toBeCloseTo(
            businessMinutesBetween(created, new Date(now), hours) - pausedOpen,
            3,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
