import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium.mjs';

/** The suite runs once per host time zone: results must not depend on `TZ`. */
export const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'] as const;

// Top-level await: this config is an ES module (package.json "type": "module").
const CHROMIUM = await chromiumPath();

/**
 * The browser's own time zone: a fourth one, with summer time, none of the Node projects uses (and the
 * CLI helper's caller zone). `tests/setup/browser.ts` checks that the page really is in it.
 */
export const BROWSER_TIME_ZONE = 'Europe/Madrid';

export default defineConfig({
  test: {
    projects: [
      ...TIME_ZONES.map((tz, index) => ({
        extends: true as const,
        test: {
          name: `tz:${tz}`,
          include: ['tests/**/*.test.ts'],
          env: { TZ: tz },
          setupFiles: ['tests/setup/time-zone.ts', 'tests/setup/fast-check.ts'],
          // The type tests (tests/**/*.test-d.ts) need to run once, not once per zone.
          typecheck: { enabled: index === 0, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      })),
      {
        // The library must run in browsers: the same unit suite, in a real headless Chromium. Tests that
        // need Node built-ins are named *.node.test.ts; the CLI (Node only) is tested in Node only.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          exclude: [
            '**/*.node.test.ts',
            'tests/cli/**',
            'tests/setup/time-zone.test.ts',
            '**/node_modules/**',
          ],
          // The page has no `process`: FC_SEED / FC_RUNS reach it as `import.meta.env`.
          env: Object.fromEntries(
            ['FC_SEED', 'FC_RUNS'].flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
          ),
          setupFiles: ['tests/setup/browser.ts', 'tests/setup/fast-check.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] },
              contextOptions: { timezoneId: BROWSER_TIME_ZONE, locale: 'zh-CN' },
            }),
            instances: [{ browser: 'chromium', name: 'browser:chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
