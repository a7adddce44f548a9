// Property tests and fuzzers are reproducible: one fixed seed unless FC_SEED says otherwise, and a
// bounded number of runs (FC_RUNS) so the suite's time is known.
import * as fc from 'fast-check';

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261124),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});
