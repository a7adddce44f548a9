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

/**
 * The first call of a function in a new process, after its import: what a bot or a page pays once
 * for the work done lazily (the FAQ index, the time-zone data of Intl, the holiday tables) while
 * the code still runs unoptimized.
 */
export const FIRST_CALLS = [
  ['faq', 'resolveFaq', "m.resolveFaq('优惠券用不了')"],
  ['calendar', 'isWorkday', "m.isWorkday('2026-10-08')"],
  [
    'sla',
    'responseDeadline',
    "m.responseDeadline({ channel: 'online-chat', submittedAt: new Date('2026-09-30T20:30:00+08:00') })",
  ],
  ['scripts', 'renderScript', "m.renderScript('handoff-greeting', { agentName: '小美' })"],
  ['channels', 'detectHandoff', "m.detectHandoff('转人工')"],
];

/** Milliseconds one `import()` of `specifier` (then `call`, timed alone, if given) takes in a new process. */
function sample(specifier, call) {
  const code =
    call === undefined
      ? `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`
      : `const m = await import(${JSON.stringify(specifier)}); const t = performance.now(); ${call}; process.stdout.write(String(performance.now() - t));`;
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

/** Median and p90 of the first call of each of `FIRST_CALLS` in a new process. */
export function measureFirstCalls(runs = 21) {
  const entries = FIRST_CALLS.map(([subpath, name, call]) => {
    const file = join(ROOT, `dist/${subpath}/index.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    return {
      name: `first \`${name}\` call (\`${call.slice(2)}\`)`,
      specifier: pathToFileURL(file).href,
      call,
    };
  });
  const samples = new Map(entries.map((entry) => [entry.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const entry of entries) samples.get(entry.name).push(sample(entry.specifier, entry.call));
  }
  return entries.map((entry) => {
    const sorted = samples.get(entry.name).sort((a, b) => a - b);
    return { name: entry.name, runs, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
  });
}

/** A Markdown table of `measureFirstCalls()` rows. */
export function firstCallsTable(rows) {
  const lines = ['| after the import | median | p90 |', '|---|---:|---:|'];
  for (const row of rows)
    lines.push(`| ${row.name} | ${row.median.toFixed(2)} ms | ${row.p90.toFixed(2)} ms |`);
  return lines.join('\n');
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
  console.log(`\n${firstCallsTable(measureFirstCalls(runs))}`);
}
