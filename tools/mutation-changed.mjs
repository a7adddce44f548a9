// Mutation testing of the changed modules only (`npm run mutation:changed`): the areas of src/ whose
// files differ from a base revision (committed, staged or not), each run with its own tests as
// `MUTATION_AREA=<area> npm run mutation` does, then one summary of all of them. A whole run takes
// 1–2 hours on 2 cores; one area takes 5–30 minutes.
//
//   node tools/mutation-changed.mjs [--base REV]     (default base: HEAD~1)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Areas that are not mutated: the CLI is tested end to end, `schemas` only re-exports. */
const NOT_MUTATED = new Set(['cli', 'schemas']);

/**
 * The mutated areas among changed paths.
 *
 * @param {string[]} paths - repository-relative paths
 * @returns {string[]} area names, sorted
 */
export function changedAreas(paths) {
  const areas = new Set();
  for (const path of paths) {
    const area = /^src\/([a-z]+)\/.+\.ts$/.exec(path)?.[1];
    if (area !== undefined && !NOT_MUTATED.has(area)) areas.add(area);
  }
  return [...areas].sort();
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base');
  const base = at >= 0 ? args[at + 1] : 'HEAD~1';
  if (base === undefined || base.startsWith('--')) {
    console.error('mutation:changed: --base needs a revision, such as main or HEAD~3');
    process.exit(2);
  }
  let paths;
  try {
    paths = execFileSync('git', ['diff', '--name-only', base, '--', 'src'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch (error) {
    console.error(`mutation:changed: cannot compare with ${base}: ${error.message}`);
    process.exit(2);
  }
  const areas = changedAreas(paths);
  if (areas.length === 0) {
    console.log(`mutation:changed: no mutated module of src/ changed since ${base}`);
    return;
  }
  console.log(`mutation:changed: ${areas.join(', ')} changed since ${base}`);
  for (const area of areas) {
    // Stryker also exits non-zero when a score is under `thresholds.break`: the report tells the
    // two apart (a run that did not finish writes none).
    const report = join(ROOT, `reports/mutation/${area}.json`);
    rmSync(report, { force: true });
    const run = spawnSync('npx', ['stryker', 'run'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, MUTATION_AREA: area },
    });
    if (run.status !== 0 && !existsSync(report)) process.exit(run.status ?? 1);
  }
  const summary = spawnSync(
    process.execPath,
    [join(ROOT, 'tools/mutation-summary.mjs'), ...areas.map((area) => `reports/mutation/${area}.json`)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  process.exit(summary.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
