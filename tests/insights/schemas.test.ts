// The JSON forms of the insights options: parsed, they are what buildReport and predictRisks take.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/insights/report.js';
import { predictRisks } from '../../src/insights/risks.js';
import { PredictRisksOptionsJsonSchema, ReportOptionsJsonSchema } from '../../src/insights/schemas.js';
import { logOf } from '../cases/sample-log.js';

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path);

describe('ReportOptionsJsonSchema', () => {
  it('reads from and to into Dates that buildReport takes', async () => {
    const options = ReportOptionsJsonSchema.parse({
      from: '2026-09-30T00:00:00+08:00',
      to: '2026-10-31T00:00:00+08:00',
      groupBy: 'channel',
    });
    expect(options.from).toEqual(new Date('2026-09-29T16:00:00Z'));
    expect(buildReport([await logOf()], options).volume.total).toBe(1);
  });

  it.each([
    [{ to: '2026-09-01T00:00:00+08:00' }, ['to']],
    [{ groupBy: 'day' }, ['groupBy']],
    [{ timeZone: 'Mars/Olympus' }, ['timeZone']],
    [{ csatScale: { id: 'x', ratings: [1, 2], good: [2], bad: [3] } }, ['csatScale']],
    [{ ratingOf: 'stars' }, []],
  ])('refuses %o at %o', (change, path) => {
    const options = { from: '2026-09-30T00:00:00+08:00', to: '2026-10-31T00:00:00+08:00', ...change };
    expect(pathsOf(ReportOptionsJsonSchema.safeParse(options))).toEqual([path]);
  });
});

describe('PredictRisksOptionsJsonSchema', () => {
  it('reads now into the Date that predictRisks takes', () => {
    const options = PredictRisksOptionsJsonSchema.parse({ now: '2026-11-12T12:00:00+08:00' });
    const paidAt = new Date('2026-11-10T10:00:00+08:00');
    const warnings = predictRisks({ paidAt, promisedShipBy: new Date('2026-11-12T10:00:00+08:00') }, options);
    expect(warnings.map((warning) => warning.id)).toContain('not-shipped');
  });

  it('refuses a now without an offset and a malformed rule, at their paths', () => {
    expect(pathsOf(PredictRisksOptionsJsonSchema.safeParse({ now: '2026-11-12T12:00:00' }))).toEqual([
      ['now'],
    ]);
    const issues = PredictRisksOptionsJsonSchema.safeParse({ now: '2026-11-12T12:00:00Z', rules: [{}] }).error
      ?.issues;
    expect(issues?.every((issue) => issue.path[0] === 'rules' && issue.path[1] === 0)).toBe(true);
  });
});
