// The benchmark figures for the README, as Markdown, with the date and the machine they ran on:
//   1. `vitest bench` (bench/*.bench.ts: each this library side by side with its peer) → one table
//      per group, with each entry's speed relative to the fastest;
//   2. import time of each subpath next to the peers, and the first call of a few functions
//      (bench/import-time.mjs);
//   3. gzipped size of each subpath next to the peers (bench/sizes.mjs).
// Needs `npm run build` first (2 and 3 measure dist/).
//   node tools/bench-report.mjs [--no-vitest] [--runs 21] [--out reports/bench.md]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  firstCallsTable,
  importTimesTable,
  measureFirstCalls,
  measureImportTimes,
} from '../bench/import-time.mjs';
import { measureSizes, sizesTable } from '../bench/sizes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};

/** Formats a duration in milliseconds with a unit that keeps 3 significant digits. */
function duration(ms) {
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toPrecision(3)} µs`;
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

/** Markdown tables from a `vitest bench --outputJson` report. */
export function vitestTables(report) {
  const sections = [];
  for (const file of report.files) {
    for (const group of file.groups) {
      const fastest = Math.max(...group.benchmarks.map((entry) => entry.hz));
      const lines = [
        `**${group.fullName.replace(/^.*?bench\.ts > /, '')}** (\`${relative(ROOT, file.filepath)}\`)`,
        '',
        '| | ops/s | mean | ± | relative |',
        '|---|---:|---:|---:|---:|',
      ];
      for (const entry of [...group.benchmarks].sort((a, b) => b.hz - a.hz)) {
        const relativeSpeed = entry.hz === fastest ? 'fastest' : `${(fastest / entry.hz).toFixed(2)}× slower`;
        lines.push(
          `| ${entry.name} | ${Math.round(entry.hz).toLocaleString('en-US')} | ${duration(entry.mean)} | ${entry.rme.toFixed(1)} % | ${relativeSpeed} |`,
        );
      }
      sections.push(lines.join('\n'));
    }
  }
  return sections.join('\n\n');
}

async function main() {
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} logical cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
  const parts = [`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`];

  if (!args.includes('--no-vitest')) {
    const json = join(ROOT, 'reports', 'bench.json');
    mkdirSync(dirname(json), { recursive: true });
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'bench',
        '--run',
        '--config',
        'vitest.bench.config.ts',
        '--outputJson',
        json,
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    parts.push(
      '### Speed, side by side (`npm run bench`)',
      vitestTables(JSON.parse(readFileSync(json, 'utf8'))),
    );
  }

  parts.push(
    '### Import time (a fresh Node process per sample, `import()` only)',
    importTimesTable(measureImportTimes(Number(option('--runs', '21')))),
    '### First call after the import (a fresh Node process per sample; lazy work, unoptimized code)',
    firstCallsTable(measureFirstCalls(Number(option('--runs', '21')))),
    '### Bundle size (esbuild, browser ESM, minified, gzip -9; dependencies included)',
    sizesTable(await measureSizes()),
  );

  const markdown = `${parts.join('\n\n')}\n`;
  const out = option('--out', undefined);
  if (out) writeFileSync(join(ROOT, out), markdown);
  console.log(markdown);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
