import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/insights/merge.js';
import { buildReport, type Report } from '../../src/insights/report.js';
import { exactFigures, quantileMisses } from './oracle.js';
import { syntheticLogs } from './synthetic.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const OPTIONS = {
  from: bj('2026-10-01T00:00:00'),
  to: bj('2026-10-15T00:00:00'),
  groupBy: 'channel' as const,
};
const LOGS = syntheticLogs(300, 11, bj('2026-09-28T00:00:00'), bj('2026-10-16T00:00:00'));
const WHOLE = buildReport(LOGS, OPTIONS);

/** Merges the parts in a random tree: any grouping (associativity), any order (commutativity). */
function mergeInTree(parts: Report[], choices: number[]): Report {
  const pool = [...parts];
  let step = 0;
  while (pool.length > 1) {
    const i = (choices[step++ % choices.length] ?? 0) % pool.length;
    const [a] = pool.splice(i, 1);
    const j = (choices[step++ % choices.length] ?? 0) % pool.length;
    const [b] = pool.splice(j, 1);
    pool.push(mergeReports(a as Report, b as Report));
  }
  return pool[0] as Report;
}

describe('mergeReports', () => {
  it('any split of the cases, merged in any order, gives the whole report: counts, sums, rates and sketches exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: LOGS.length, maxLength: LOGS.length }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (assignment, choices) => {
          const parts = [0, 1, 2, 3, 4].map((part) =>
            buildReport(
              LOGS.filter((_, i) => assignment[i] === part),
              OPTIONS,
            ),
          );
          expect(mergeInTree(parts, choices)).toEqual(WHOLE);
        },
      ),
      { numRuns: 20 },
    );
    // Builds 100 partial reports: not a speed target (that is bench/insights.bench.ts), only room.
  }, 60_000);

  it('any split, merged in any order: counts equal the exact ones, median, p90 and p95 within 1% of nearest rank', () => {
    const exact = exactFigures(LOGS, OPTIONS.from, OPTIONS.to);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: LOGS.length, maxLength: LOGS.length }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (assignment, choices) => {
          const parts = [0, 1, 2].map((part) =>
            buildReport(
              LOGS.filter((_, i) => assignment[i] === part),
              OPTIONS,
            ),
          );
          const merged = mergeInTree(parts, choices);
          expect(merged.volume.total).toBe(exact.cases);
          for (const metric of ['firstReply', 'nextReply', 'resolution'] as const) {
            for (const clock of ['calendar', 'business'] as const) {
              const values = exact[metric][clock];
              const figure = merged.metrics[metric][clock];
              expect(figure.count).toBe(values.length);
              expect(quantileMisses(figure, values, 0.01)).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 60_000);

  it('merges partials read back from JSON (one per worker, sent as text)', () => {
    const half = LOGS.length / 2;
    const a = JSON.parse(JSON.stringify(buildReport(LOGS.slice(0, half), OPTIONS))) as Report;
    const b = JSON.parse(JSON.stringify(buildReport(LOGS.slice(half), OPTIONS))) as Report;
    expect(mergeReports(a, b)).toEqual(WHOLE);
  });

  it('merges partials of consecutive periods into the report of the whole period', () => {
    const mid = bj('2026-10-08T00:00:00');
    const first = buildReport(LOGS, { ...OPTIONS, to: mid });
    const second = buildReport(LOGS, { ...OPTIONS, from: mid });
    const merged = mergeReports(second, first);
    // Counts of volume are exact; times differ where a case's later events fell after `mid`.
    expect({ period: merged.period, volume: merged.volume }).toEqual({
      period: WHOLE.period,
      volume: WHOLE.volume,
    });
  });

  it.each([
    ['a different time zone', { timeZone: 'UTC' }, ['timeZone']],
    ['a different grouping', { groupBy: 'issueType' as const }, ['groupBy']],
    [
      'a different CSAT scale',
      { csatScale: { id: 'two', ratings: [0, 1], good: [1], bad: [0] } },
      ['metrics', 'csat', 'scale'],
    ],
  ])('refuses reports with %s', (_, change, path) => {
    const other = buildReport([], { ...OPTIONS, ...change });
    expect(() => mergeReports(WHOLE, other)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });

  it('refuses something that is not a report', () => {
    expect(() => mergeReports(WHOLE, { format: 'other' } as unknown as Report)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['b'] }),
    );
  });
});
