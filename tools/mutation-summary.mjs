// Reads Stryker's JSON report and prints the mutation score per area, then fails if an area is
// under its bar: calendar, sla, evidence and scripts at least 85 %, the whole library at least 75 %.
//
//   node tools/mutation-summary.mjs [report.json ...] [--markdown]
//
// With several reports (one per area, from `MUTATION_AREA=<area> npm run mutation`), their files are
// summed as one run; a file in more than one report counts from the last. Without one, it reads
// reports/mutation/<MUTATION_AREA>.json, or reports/mutation/mutation.json.
//
// Score as Stryker defines it: detected / valid = (killed + timeout) / (killed + timeout + survived +
// no coverage). Compile and runtime errors are not valid mutants; ignored ones are not counted.
import { readFileSync } from 'node:fs';

/** The bar of each area whose score is gated (percent). */
export const AREA_THRESHOLDS = { calendar: 85, sla: 85, evidence: 85, scripts: 85 };
/** The bar of the library as a whole (percent). */
export const OVERALL_THRESHOLD = 75;

/**
 * Counts per area from a mutation-testing-report-schema report.
 *
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 */
export function summarize(report) {
  const areas = new Map();
  const files = [];
  const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 });
  const total = empty();
  for (const [path, file] of Object.entries(report.files)) {
    const area = /(?:^|\/)src\/([^/]+)\//.exec(path.replaceAll('\\', '/'))?.[1] ?? '(root)';
    const counts = areas.get(area) ?? empty();
    const fileCounts = empty();
    for (const mutant of file.mutants) {
      const key =
        {
          Killed: 'killed',
          Timeout: 'timeout',
          Survived: 'survived',
          NoCoverage: 'noCoverage',
          CompileError: 'errors',
          RuntimeError: 'errors',
        }[mutant.status] ?? 'ignored';
      counts[key] += 1;
      fileCounts[key] += 1;
      total[key] += 1;
    }
    areas.set(area, counts);
    files.push({ path, ...fileCounts });
  }
  return { areas, files, total };
}

/** @param {{ killed: number, timeout: number, survived: number, noCoverage: number }} c */
export function score(c) {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? Number.NaN : ((c.killed + c.timeout) / valid) * 100;
}

function main() {
  const args = process.argv.slice(2);
  const markdown = args.includes('--markdown');
  const given = args.filter((arg) => !arg.startsWith('--'));
  const paths =
    given.length > 0 ? given : [`reports/mutation/${process.env.MUTATION_AREA ?? 'mutation'}.json`];
  const report = { files: {} };
  for (const path of paths) {
    try {
      Object.assign(report.files, JSON.parse(readFileSync(path, 'utf8')).files);
    } catch (error) {
      console.error(
        `mutation-summary: cannot read ${path} (run \`npm run mutation\` first): ${error.message}`,
      );
      process.exit(2);
    }
  }
  const { areas, files, total } = summarize(report);
  const format = (value) => (Number.isNaN(value) ? '—' : `${value.toFixed(1)} %`);
  const rows = [];
  const failures = [];
  const names = [...new Set([...Object.keys(AREA_THRESHOLDS), ...areas.keys()])].sort();
  for (const area of names) {
    const counts = areas.get(area);
    const bar = AREA_THRESHOLDS[area];
    if (!counts) {
      rows.push([area, '—', '—', '—', '—', 'not run', bar ? `≥ ${bar} %` : '', '']);
      continue;
    }
    const value = score(counts);
    const ok = bar === undefined || Number.isNaN(value) || value >= bar;
    if (!ok) failures.push(`${area} ${format(value)} < ${bar} %`);
    rows.push([
      area,
      String(counts.killed + counts.timeout),
      String(counts.survived),
      String(counts.noCoverage),
      String(counts.errors),
      format(value),
      bar ? `≥ ${bar} %` : '',
      bar ? (ok ? 'pass' : 'FAIL') : '',
    ]);
  }
  const overall = score(total);
  const overallOk = Number.isNaN(overall) || overall >= OVERALL_THRESHOLD;
  if (!overallOk) failures.push(`overall ${format(overall)} < ${OVERALL_THRESHOLD} %`);
  rows.push([
    markdown ? '**all**' : 'all',
    String(total.killed + total.timeout),
    String(total.survived),
    String(total.noCoverage),
    String(total.errors),
    format(overall),
    `≥ ${OVERALL_THRESHOLD} %`,
    overallOk ? 'pass' : 'FAIL',
  ]);

  const header = ['area', 'detected', 'survived', 'no coverage', 'errors', 'score', 'required', ''];
  if (markdown) {
    console.log(`| ${header.join(' | ')} |`);
    console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    const weakest = files
      .filter((file) => file.survived + file.noCoverage > 0)
      .sort((a, b) => b.survived + b.noCoverage - (a.survived + a.noCoverage))
      .slice(0, 8);
    if (weakest.length > 0) {
      console.log(
        `\nMost undetected mutants (see ${paths.map((p) => p.replace(/\.json$/, '.html')).join(', ')}):`,
      );
      for (const file of weakest) {
        console.log(
          `  ${file.path}: ${file.survived} survived, ${file.noCoverage} without coverage (${format(score(file))})`,
        );
      }
    }
  }
  if (failures.length > 0) {
    console.error(`\nmutation-summary: below the bar: ${failures.join('; ')}`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('mutation-summary.mjs')) main();
