import { defineConfig } from 'vitest/config';

/** The suite runs once per host time zone: results must not depend on `TZ`. */
export const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'] as const;

export default defineConfig({
  test: {
    projects: TIME_ZONES.map((tz, index) => ({
      extends: true,
      test: {
        name: `tz:${tz}`,
        include: ['tests/**/*.test.ts'],
        env: { TZ: tz },
        setupFiles: ['tests/setup/time-zone.ts', 'tests/setup/fast-check.ts'],
        // The type tests (tests/**/*.test-d.ts) need to run once, not once per zone.
        typecheck: { enabled: index === 0, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
      },
    })),
  },
});
