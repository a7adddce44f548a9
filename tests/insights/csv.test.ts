import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../src/insights/csv.js';
import { buildReport } from '../../src/insights/report.js';
import { defineSlaPolicy } from '../../src/sla/index.js';
import { logOf } from './synthetic.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const PERIOD = { from: bj('2026-10-01T00:00:00'), to: bj('2026-11-01T00:00:00') };
const log = logOf([
  { type: 'opened', at: bj('2026-10-12T10:00:00'), channel: 'email', issueType: 'feedback' },
  { type: 'message', at: bj('2026-10-12T11:00:00'), from: 'agent', text: '…' },
]);

describe('reportToCsv', () => {
  it('one figure a row with its sample size; empty cells where there is no sample', () => {
    const lines = reportToCsv(buildReport([log], PERIOD)).split('\r\n');
    expect(lines[0]).toBe(
      'section,group,figure,key,clock,count,mean,median,p90,p95,numerator,denominator,rate,running',
    );
    expect(lines).toContain('volume,,channel,email,,1,,,,,,,,');
    expect(lines).toContain('time,,first-reply,minutes,calendar,1,60,60,60,60,,,,');
    expect(lines).toContain('time,,resolution,minutes,calendar,0,,,,,,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas in text', () => {
    const policy = defineSlaPolicy({
      id: '=HYPERLINK("x",1)',
      targets: [{ metric: 'first-reply', minutes: 90, clock: 'calendar' }],
    });
    const csv = reportToCsv(buildReport([log], { ...PERIOD, slaPolicy: () => policy }));
    expect(csv).toContain(
      `sla,,sla-achievement,"'=HYPERLINK(""x"",1):first-reply:90-calendar",calendar,1,,,,,1,1,1,0`,
    );
  });
});
