// A report of 1,000,000 synthetic cases, built whole and built in 10 parts (one per shard) then
// merged, side by side. The setup asserts, once, that the merged report equals the whole one
// (counts, sums, rates and sketches exactly) and that its counts equal an independent count and its
// quantiles are within QUANTILE_RELATIVE_ERROR of the exact nearest-rank quantiles (calendar
// minutes; the oracle's business-minute walk is too slow for a million cases).
import assert from 'node:assert/strict';
import { bench, describe } from 'vitest';
import { QUANTILE_RELATIVE_ERROR } from '../src/insights/data.js';
import { mergeReports } from '../src/insights/merge.js';
import { buildReport, type Report } from '../src/insights/report.js';
import { exactFigures, quantileMisses } from '../tests/insights/oracle.js';
import { syntheticLogs } from '../tests/insights/synthetic.js';

const ONCE = { iterations: 1, warmupIterations: 0, time: 0 } as const;
const N = 1_000_000;
const PARTS = 10;
const bj = (local: string) => new Date(`${local}+08:00`);
const from = bj('2026-10-01T00:00:00');
const to = bj('2026-10-15T00:00:00');
const options = { from, to, groupBy: 'channel' as const };

describe('report of 1,000,000 cases: 10 parts merged vs whole', () => {
  const logs = syntheticLogs(N, 2026, bj('2026-09-28T00:00:00'), bj('2026-10-16T00:00:00'));
  const size = Math.ceil(N / PARTS);
  const inParts = (): Report =>
    Array.from({ length: PARTS }, (_, p) =>
      buildReport(logs.slice(p * size, (p + 1) * size), options),
    ).reduce(mergeReports);

  const whole = buildReport(logs, options);
  const merged = inParts();
  assert.deepEqual(merged, whole);
  const exact = exactFigures(logs, from, to, false);
  assert.equal(merged.volume.total, exact.cases);
  assert.deepEqual(merged.volume.byChannel, { ...merged.volume.byChannel, ...exact.byChannel });
  for (const metric of ['firstReply', 'nextReply', 'resolution'] as const) {
    const figure = merged.metrics[metric].calendar;
    const values = exact[metric].calendar;
    assert.equal(figure.count, values.length, `${metric} count`);
    assert.deepEqual(quantileMisses(figure, values, QUANTILE_RELATIVE_ERROR), [], metric);
  }

  bench(
    'buildReport over all 1,000,000 cases',
    () => {
      buildReport(logs, options);
    },
    ONCE,
  );

  bench(
    'buildReport on 10 parts of 100,000 + mergeReports × 9',
    () => {
      inParts();
    },
    ONCE,
  );
});
