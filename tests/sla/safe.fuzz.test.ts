import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../src/shared/channel-ids.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { guidePolicy, SLA_EVENT_TYPES, safeResponseDeadline, safeSlaStatus } from '../../src/sla/index.js';

const isoish = fc.oneof(
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
  fc
    .integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2300, 0, 1) })
    .map((ms) => new Date(ms).toISOString().replace('Z', '+08:00')),
  fc.string(),
  fc.constantFrom('2026-09-30 20:30', '2026-02-30T10:00:00+08:00', '2026-09-30T20:30:00+99:00', ''),
);
const dateish = fc.oneof(
  isoish,
  fc.date(),
  fc.integer(),
  fc.constant(null),
  fc.constant(new Date(Number.NaN)),
);
const plausible = fc.record(
  {
    channel: fc.oneof(fc.constantFrom(...CHANNEL_IDS), fc.string()),
    submittedAt: dateish,
    issueType: fc.oneof(fc.constantFrom(...ISSUE_TYPES), fc.string(), fc.constant(undefined)),
    complex: fc.oneof(fc.boolean(), fc.anything()),
    handoffAt: dateish,
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

function checkShape(result: unknown): void {
  expect(result).toHaveProperty('success');
  const r = result as {
    success: boolean;
    data?: { due: Date };
    error?: { issues: { code: string; message: string; path: unknown[] }[] };
  };
  if (r.success) expect(r.data?.due).toBeInstanceOf(Date);
  else {
    expect(r.error?.issues.length).toBeGreaterThan(0);
    for (const issue of r.error?.issues ?? []) {
      expect(typeof issue.code).toBe('string');
      expect(typeof issue.message).toBe('string');
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
}

describe('safeResponseDeadline (fuzz)', () => {
  it('never throws for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), plausible), (input) => {
        checkShape(safeResponseDeadline(input));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a good request with ISO strings and agrees with the typed call', () => {
    const result = safeResponseDeadline({ channel: 'social-media', submittedAt: '2026-09-30T12:30:00Z' });
    expect(result.success && result.data.due.toISOString()).toBe('2026-10-08T02:30:00.000Z');
  });

  it('refuses a date-time without an offset (its meaning would depend on the host)', () => {
    const result = safeResponseDeadline({ channel: 'email', submittedAt: '2026-09-30T20:30:00' });
    expect(result.success).toBe(false);
  });

  it('turns a hand-off before submission into an issue', () => {
    const result = safeResponseDeadline({
      channel: 'online-chat',
      submittedAt: '2026-09-30T20:30:00+08:00',
      handoffAt: '2026-09-30T20:00:00+08:00',
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['handoffAt']);
  });
});

describe('safeSlaStatus (fuzz)', () => {
  const policy = guidePolicy('social-media');
  const event = fc.record({ type: fc.oneof(fc.constantFrom(...SLA_EVENT_TYPES), fc.string()), at: dateish });
  it('never throws for any history', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(event, { maxLength: 12 })), (events) => {
        const result = safeSlaStatus(policy, events, new Date('2026-10-08T12:00:00+08:00'));
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('safeResponseDeadline: out-of-range instants on every channel (fuzz)', () => {
  const MIN = Date.UTC(1901, 0, 1);
  const MAX = Date.UTC(2100, 0, 1);
  const instant = fc.oneof(
    fc.integer({ min: -8.64e15, max: 8.64e15 }),
    fc.integer({ min: MIN - 10 * 86_400_000, max: MIN + 10 * 86_400_000 }),
    fc.integer({ min: MAX - 10 * 86_400_000, max: MAX + 10 * 86_400_000 }),
    fc.constantFrom(8.64e15, -8.64e15, MIN - 1, MIN, MAX - 1, MAX),
  );

  it('no success carries an Invalid Date or an instant outside the range; a failure says out_of_range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNEL_IDS), instant, fc.boolean(), (channel, ms, complex) => {
        const result = safeResponseDeadline({ channel, submittedAt: new Date(ms), complex });
        const inRange = (d: Date) => d.getTime() >= MIN && d.getTime() < MAX;
        const answer = result.success
          ? [
              inRange(result.data.due),
              inRange(result.data.submittedAt),
              inRange(result.data.earliest ?? result.data.due),
            ]
          : result.error.issues.map((issue) => issue.code);
        expect(answer).toEqual(result.success ? [true, true, true] : ['out_of_range']);
        // Outside the range is never a success.
        expect(result.success && !(ms >= MIN && ms < MAX)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
