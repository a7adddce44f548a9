// Mutation testing (`npm run mutation`): Stryker changes the code one small way at a time (a `<` to a
// `<=`, a `+` to a `-`, a condition to `true`) and runs the tests that cover that line; a mutant no
// test notices shows a line whose behaviour is not really tested. tools/mutation-summary.mjs then
// checks the score per area (calendar, sla, evidence, scripts ≥ 85 %, overall ≥ 75 %).
// The runner's workers inherit this: the suite runs as the tz:UTC project does.
process.env.TZ = 'UTC';

// `MUTATION_AREA=calendar npm run mutation` mutates one area (src/calendar) with that area's tests
// (tests/calendar, or MUTATION_TESTS), into reports/mutation/calendar.json with its own incremental
// file and sandbox, so areas can be measured one at a time and their reports summed afterwards
// (`node tools/mutation-summary.mjs reports/mutation/*.json`).
const area = process.env.MUTATION_AREA;
if (area !== undefined && !/^[a-z]+$/.test(area)) {
  throw new Error(`MUTATION_AREA must be one folder name under src/ (like "calendar"), got "${area}"`);
}
if (area !== undefined) process.env.MUTATION_TESTS ??= `tests/${area}`;
const reportName = area ?? 'mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // Only the tests that cover a mutant run for it.
  coverageAnalysis: 'perTest',
  // A static mutant (in module top-level code: the data tables) is active before any test starts, so
  // Stryker would run the WHOLE suite for each one: measured on src/shared, 422 of 550 mutants were
  // static, nearly all strings and objects of the guide's tables, which the tests that quote the guide
  // check. They are reported as ignored, not counted in the score.
  ignoreStatic: true,
  mutate: [
    area ? `src/${area}/**/*.ts` : 'src/**/*.ts',
    // Node-only command-line front end: it is tested end to end, not mutated.
    '!src/cli/**',
    // Entry points that only re-export.
    '!src/index.ts',
    '!src/*/index.ts',
    // Type declarations only.
    '!src/**/*.d.ts',
    // Pure data (the FAQ knowledge base: hundreds of strings whose every mutant is a different
    // sentence, checked by the FAQ accuracy evaluation rather than by unit tests).
    '!src/faq/knowledge-base.ts',
  ],
  ignorePatterns: ['dist', 'docs', 'reports', 'bench', 'coverage', '.ci', '.cache', '.stryker-tmp*'],
  thresholds: { high: 85, low: 75, break: 75 },
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  // Re-runs only the mutants whose code or tests changed since the last run (CI keeps the file).
  incremental: true,
  incrementalFile: `reports/mutation/${reportName}-incremental.json`,
  // Two cores: one test runner per core.
  concurrency: 2,
  timeoutMS: 10_000,
  cleanTempDir: 'always',
  tempDirName: area ? `.stryker-tmp-${area}` : '.stryker-tmp',
};
