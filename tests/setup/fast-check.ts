// Property tests and fuzzers are reproducible: one fixed seed unless FC_SEED says otherwise, and a
// bounded number of runs (FC_RUNS) so the suite's time is known.
import * as fc from 'fast-check';

// The same setup runs in Node (`process.env`) and in the browser project, whose page has no
// `process`: there vitest.config.ts passes FC_SEED / FC_RUNS through as `import.meta.env`.
const env: Readonly<Record<string, string | undefined>> =
  typeof process === 'undefined'
    ? ((import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {})
    : process.env;

fc.configureGlobal({
  seed: Number(env.FC_SEED ?? 20261124),
  numRuns: Number(env.FC_RUNS ?? 200),
});
