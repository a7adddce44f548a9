// Import time of each subpath of the built package, next to the peers: a fresh Node process per
// sample (nothing cached in memory), timing only `await import(…)` (module loading, parsing and
// top-level evaluation; not Node's own start-up). Median and p90 of N samples, interleaved so
// machine noise falls on every entry alike. Needs `npm run build` first.
//   node bench/import-time.mjs [--runs 21]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SUBPATHS = ['.', 'channels', 'calendar', 'sla', 'evidence', 'faq', 'scripts', 'schemas'];

/** Peers imported the same way (their package entry as Node resolves it). */
export const PEERS = [
  'minisearch',
  'fuse.js',
  'intl-messageformat',
  'image-size',
  'date-fns',
  '@date-fns/tz',
  'zod/mini',
];

/** Milliseconds one `import()` of `specifier` takes in a new process. */
function sample(specifier) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  try {
    return Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', code], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    );
  } catch (error) {
    const reason =
      String(error.stderr ?? error.message)
        .split('\n')
        .find((line) => line.startsWith('Error')) ?? error.message;
    throw new Error(`import(${specifier}) failed: ${reason}`);
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Median and p90 import time of every subpath and peer. */
export function measureImportTimes(runs = 21) {
  const entries = [
    ...SUBPATHS.map((subpath) => {
      const file = join(ROOT, subpath === '.' ? 'dist/index.js' : `dist/${subpath}/index.js`);
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
      return {
        name: subpath === '.' ? 'tiantian-support' : `tiantian-support/${subpath}`,
        specifier: pathToFileURL(file).href,
        peer: false,
      };
    }),
    ...PEERS.map((name) => ({ name, specifier: name, peer: true })),
  ];
  const samples = new Map(entries.map((entry) => [entry.name, []]));
  sample(entries[0].specifier); // warm the file system cache
  for (let run = 0; run < runs; run++) {
    for (const entry of entries) samples.get(entry.name).push(sample(entry.specifier));
  }
  return entries.map((entry) => {
    const sorted = samples.get(entry.name).sort((a, b) => a - b);
    return {
      name: entry.name,
      peer: entry.peer,
      runs,
      median: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
    };
  });
}

/** A Markdown table of `measureImportTimes()` rows. */
export function importTimesTable(rows) {
  const lines = ['| module | import, median | p90 |', '|---|---:|---:|'];
  for (const row of rows) {
    lines.push(
      `| ${row.peer ? `peer: ${row.name}` : `\`${row.name}\``} | ${row.median.toFixed(1)} ms | ${row.p90.toFixed(1)} ms |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--runs');
  const runs = index > 0 ? Number(process.argv[index + 1]) : 21;
  console.log(importTimesTable(measureImportTimes(runs)));
}
