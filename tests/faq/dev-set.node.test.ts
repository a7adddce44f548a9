// The dev set lives beside the repository (../shared/eval/faq-dev.tsv); skipped when absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuseSystem, measure, miniSearchSystem, oursSystem, parseEvalTsv } from '../../tools/eval-faq.js';

const file = resolve(import.meta.dirname, '../../../shared/eval/faq-dev.tsv');

describe.skipIf(!existsSync(file))('FAQ dev set (../shared/eval/faq-dev.tsv)', () => {
  const cases = existsSync(file) ? parseEvalTsv(readFileSync(file, 'utf8')) : [];

  it('at least 95% overall, every off-topic query rejected', () => {
    const ours = measure(oursSystem, cases);
    expect(ours.overall).toBeGreaterThanOrEqual(0.95);
    expect(ours.offTopic).toBe(1);
  });

  it('clearly ahead of MiniSearch and Fuse.js on the same knowledge base', () => {
    const ours = measure(oursSystem, cases).overall;
    // The peers' thresholds: their best on this set (see tools/eval-faq.ts).
    expect(ours - measure(miniSearchSystem(25), cases).overall).toBeGreaterThan(0.1);
    expect(ours - measure(fuseSystem(0.6), cases).overall).toBeGreaterThan(0.2);
  }, 60_000);
});
