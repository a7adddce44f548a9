// Out-of-range instants (issue 13, defect 1): every channel of `responseDeadline` and
// `safeResponseDeadline`, for `submittedAt` and the online chat's `handoffAt`, with instants from the
// whole `Date` range (±8.64e15 ms), Invalid Dates and instants near the ends of the supported range
// (1901-01-01T00:00Z to 2100-01-01T00:00Z). No success may carry an Invalid Date or an instant
// outside the range; every refusal is coded.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INSTANT, MIN_INSTANT } from '../../src/calendar/civil.js';
import { addBusinessMinutes, getDayInfo, isWorkday } from '../../src/calendar/index.js';
import { CHANNEL_IDS, getChannel } from '../../src/channels/index.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { responseDeadline, safeResponseDeadline } from '../../src/sla/index.js';

const DATE_RANGE = 8.64e15;
const HOUR = 3_600_000;

/** Instants of every kind: anywhere a `Date` can be, near both ends of the range, and Invalid Dates. */
const instant: fc.Arbitrary<Date> = fc.oneof(
  fc.integer({ min: -DATE_RANGE, max: DATE_RANGE }).map((ms) => new Date(ms)),
  fc.integer({ min: -200 * HOUR, max: 200 * HOUR }).map((ms) => new Date(MIN_INSTANT + ms)),
  fc.integer({ min: -200 * HOUR, max: 200 * HOUR }).map((ms) => new Date(MAX_INSTANT + ms)),
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(DATE_RANGE),
    new Date(-DATE_RANGE),
    new Date('1800-01-01T00:00:00Z'),
    new Date(MIN_INSTANT - 1),
    new Date(MAX_INSTANT),
  ),
);

const inRange = (ms: number) => ms >= MIN_INSTANT && ms < MAX_INSTANT;
// invalid_argument: a hand-off before the submission.
const REFUSALS = new Set([
  'out_of_range',
  'invalid_date',
  'invalid_union',
  'invalid_type',
  'invalid_argument',
]);

const requestOf = (channel: (typeof CHANNEL_IDS)[number], at: Date, handoff: Date | undefined) =>
  channel === 'online-chat' && handoff !== undefined
    ? { channel, submittedAt: at, handoffAt: handoff }
    : { channel, submittedAt: at };

describe('responseDeadline with instants from the whole Date range (fuzz)', () => {
  it.each(CHANNEL_IDS)(
    '%s: a success has a valid due in range; anything else is a coded refusal',
    (channel) => {
      fc.assert(
        fc.property(instant, fc.option(instant, { nil: undefined }), fc.boolean(), (at, handoff, complex) => {
          const request = { ...requestOf(channel, at, handoff), complex };
          const safe = safeResponseDeadline(request);
          const given = [at, ...(channel === 'online-chat' && handoff ? [handoff] : [])];
          if (safe.success) {
            const due = safe.data.due.getTime();
            expect(Number.isNaN(due)).toBe(false);
            expect(inRange(due)).toBe(true);
            expect(due).toBeGreaterThanOrEqual(at.getTime());
            for (const date of given) expect(inRange(date.getTime())).toBe(true);
          } else {
            for (const issue of safe.error.issues) expect(REFUSALS).toContain(issue.code);
          }
          // The throwing twin agrees, with a TiantianError.
          let thrown: unknown;
          try {
            const direct = responseDeadline(request);
            expect(safe.success).toBe(true);
            expect(direct.due.getTime()).toBe(safe.success ? safe.data.due.getTime() : Number.NaN);
          } catch (error) {
            thrown = error;
          }
          if (thrown !== undefined) {
            expect(isTiantianError(thrown)).toBe(true);
            expect(safe.success).toBe(false);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(CHANNEL_IDS)('%s: an instant outside 1901–2099 is out_of_range', (channel) => {
    for (const at of [new Date(DATE_RANGE), new Date(-DATE_RANGE), new Date('1800-01-01T00:00:00Z')]) {
      const result = safeResponseDeadline({ channel, submittedAt: at });
      expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual(['out_of_range']);
    }
  });
});

describe('calendar functions with instants from the whole Date range (fuzz)', () => {
  const hours = getChannel('social-media').hours;

  it('answer in range and throw a coded error out of it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 100_000 }), (at, minutes) => {
        for (const call of [
          () => isWorkday(at),
          () => getDayInfo(at),
          () => addBusinessMinutes(at, minutes, hours),
        ]) {
          let value: unknown;
          try {
            value = call();
          } catch (error) {
            expect(isTiantianError(error)).toBe(true);
            expect(['out_of_range', 'invalid_date']).toContain((error as { code: string }).code);
            continue;
          }
          expect(inRange(at.getTime())).toBe(true);
          if (value instanceof Date) expect(inRange(value.getTime())).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
