import { defineConfig } from 'vitest/config';

/** `npm run bench`: every bench/*.bench.ts, each comparing this library with a peer side by side. */
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    env: { TZ: 'UTC' },
  },
});
