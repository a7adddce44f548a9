// Every sentence the catalog says it rests on is in the source guide, verbatim.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/channels/catalog.js';
import { CHANNEL_RECOMMENDATIONS } from '../../src/channels/recommend.js';

// The source guide lives beside the repository (../shared/seed), as in CI; a clone without it skips.
const SEED = join(import.meta.dirname, '../../../shared/seed');
const hasGuide = existsSync(SEED);
const guide = (hasGuide ? readdirSync(SEED) : [])
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEED, name), 'utf8'))
  .join('\n');

describe.skipIf(!hasGuide)('guide quotes', () => {
  it.each(CHANNELS.map((c) => [c.id, c] as const))('%s quotes the guide verbatim', (_id, channel) => {
    expect(channel.guideQuotes.length).toBeGreaterThan(0);
    for (const quote of channel.guideQuotes) expect(guide).toContain(quote);
  });

  it('every “…” quoted in a recommendation rationale is in the guide', () => {
    for (const rule of Object.values(CHANNEL_RECOMMENDATIONS))
      for (const [, quote] of rule.rationale.matchAll(/“([^”]+)”/g)) expect(guide).toContain(quote);
  });
});
