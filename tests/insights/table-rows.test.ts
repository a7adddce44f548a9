import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/insights/report.js';
import { REPORT_COLUMNS, reportRows } from '../../src/insights/table-rows.js';

describe('reportRows', () => {
  it('starts with the total and has a row per channel, issue type and figure', () => {
    const rows = reportRows(
      buildReport([], { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') }),
    );
    expect(rows[0]).toEqual({ section: 'volume', group: '', figure: 'total', key: '', clock: '', count: 0 });
    // 1 total + 4 channels + 21 issue types + 6 time rows + 4 rates.
    expect(rows.length).toBe(1 + 4 + 21 + 6 + 4);
    expect(REPORT_COLUMNS.length).toBe(14);
  });
});
