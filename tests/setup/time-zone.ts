// Proves that each project really runs in the host time zone it names.
import { beforeAll, expect } from 'vitest';

beforeAll(() => {
  const wanted = process.env.TZ;
  expect(wanted, 'TZ is set by vitest.config.ts').toBeTruthy();
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(wanted === 'UTC' ? 'UTC' : wanted);
});
