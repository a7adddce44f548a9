import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * A test file that fails to load (a syntax error in instrumented code, a throw at import) has no
 * tests, and Stryker's vitest runner counts no tests as no failures: every mutant would "survive"
 * and the dry run would still pass. This reporter turns such a file into a run error, so the dry run
 * stops with the file's error instead.
 */
class BrokenModuleGuard implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const testModule of testModules) {
      const [error] = testModule.errors();
      if (error && testModule.children.size === 0) {
        this.vitest?.state.catchError(
          new Error(`${testModule.moduleId} did not load: ${error.message}`),
          'Unhandled Error',
        );
      }
    }
  }
}

/**
 * The suite Stryker runs once per mutant (`npm run mutation`): the tz:UTC Node project only. The other
 * two zones and the browser run the same tests, so they would kill no mutant the first one does not,
 * at 4× the time. CLI tests stay in: they kill mutants in the areas the CLI calls.
 */
export default defineConfig({
  test: {
    name: 'tz:UTC',
    // MUTATION_TESTS=tests/calendar,tests/sla narrows the suite (with `--mutate` on the same areas) for
    // a run on the changed modules only.
    include: process.env.MUTATION_TESTS
      ? process.env.MUTATION_TESTS.split(',').map((dir) => `${dir.replace(/\/$/, '')}/**/*.test.ts`)
      : ['tests/**/*.test.ts'],
    // Tests that read the source text itself (Stryker's instrumented copy holds `new Function`,
    // `// @ts-nocheck` and the mutants, so a source scan fails for reasons that are not mutants).
    // tests/package needs dist/ (the build), which the sandbox does not have.
    exclude: ['**/node_modules/**', 'tests/scripts/source.node.test.ts', 'tests/package/**'],
    env: { TZ: 'UTC', FC_RUNS: process.env.FC_RUNS ?? '200' },
    setupFiles: ['tests/setup/time-zone.ts', 'tests/setup/fast-check.ts'],
    typecheck: { enabled: false },
    reporters: ['default', new BrokenModuleGuard()],
  },
});
