import { REPORT_COLUMNS, reportRows } from './table-rows.js';
import type { Report } from './report.js';

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, return first) is prefixed with '.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The report as CSV (RFC 4180: comma, CRLF, quotes doubled), one figure a row with its sample
 * size, for a spreadsheet; an empty cell where there is no sample. Text that a spreadsheet would
 * run as a formula is prefixed with `'`.
 *
 * @param report - from `buildReport` or `mergeReports`
 * @returns the CSV text, header first
 * @example
 * reportToCsv(report).split('\r\n')[0]; //=> 'section,group,figure,key,clock,count,mean,median,p90,p95,numerator,denominator,rate,running'
 */
export function reportToCsv(report: Report): string {
  const lines = [REPORT_COLUMNS.join(',')];
  for (const row of reportRows(report)) {
    lines.push(
      REPORT_COLUMNS.map((column) => cell((row as unknown as Record<string, unknown>)[column])).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
