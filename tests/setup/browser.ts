// Proves that the browser project really runs in Chromium (not in Node with a fake DOM), in the
// time zone vitest.config.ts gives its page. (tsconfig has no DOM types: reach them via globalThis.)
import { beforeAll, expect } from 'vitest';

const page = globalThis as { window?: unknown; document?: unknown; navigator?: { userAgent?: string } };

beforeAll(() => {
  expect(page.window, 'a real browser window').toBe(globalThis);
  expect(typeof page.document).toBe('object');
  expect(page.navigator?.userAgent).toMatch(/Chrome\//);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Madrid');
  // 2026-01-15T12:00:00Z is 13:00 in Madrid (UTC+1 in winter).
  expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
});
