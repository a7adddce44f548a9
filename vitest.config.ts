import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** The suite runs once per host time zone: results must not depend on `TZ`. */
export const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'] as const;

/**
 * The Chromium the browser project drives: `CHROMIUM_PATH` when set, else a system Chromium at
 * /usr/bin/chromium, else the one inside the `@sparticuz/chromium` dev dependency (Linux x64, unpacked
 * to /tmp on first use), so `npm ci && npm test` needs no root, apt-get or preinstalled browser.
 * Playwright's own browser download is not used (it needs the network at install time).
 */
async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

// Top-level await: this config is an ES module (package.json "type": "module").
const CHROMIUM = await chromiumPath();

/**
 * The browser's own time zone: a fourth one, with summer time, none of the Node projects uses (and the
 * CLI helper's caller zone). `tests/setup/browser.ts` checks that the page really is in it.
 */
export const BROWSER_TIME_ZONE = 'Europe/Madrid';

/** Headless, no sandbox (CI runs as root in a container), nothing that reaches the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

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
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
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
