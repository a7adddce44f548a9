// Accuracy on the held-out-style sets written for this project (never the dev set's wording).
// An in-scope query counts when the best answer is an accepted intent ('matched' or 'ambiguous');
// an off-topic one when the status is 'no-match'.
import { describe, expect, it } from 'vitest';
import { resolveFaq } from '../../src/faq/index.js';
import { BLIND_PARAPHRASES } from './paraphrases-blind.js';
import { FRESH_PARAPHRASES } from './paraphrases-fresh.js';
import { PARAPHRASES } from './paraphrases.js';
import { REAL_MESSAGES, REAL_MESSAGES_B } from './paraphrases-real.js';
import { REAL_MESSAGES_C } from './paraphrases-real-c.js';
import { REAL_MESSAGES_D } from './paraphrases-dev4.js';
import { DEV5_MESSAGES } from './paraphrases-dev5.js';
import { HELD_OUT_MESSAGES_7 } from './paraphrases-held-out-7.js';
import { UNSEEN_A, UNSEEN_B, UNSEEN_C } from './paraphrases-unseen.js';

function accuracy(cases: readonly (readonly [string, string])[]) {
  let right = 0;
  let offRight = 0;
  let off = 0;
  for (const [intent, query] of cases) {
    const result = resolveFaq(query);
    if (intent === '-') {
      off++;
      if (result.status === 'no-match') offRight++;
    } else if (result.best !== null && intent.split('|').includes(result.best.id)) right++;
  }
  return {
    overall: (right + offRight) / cases.length,
    offTopic: offRight / off,
    inScope: right / (cases.length - off),
  };
}

describe('FAQ accuracy on held-out-style sets', () => {
  it('tests/faq/paraphrases.ts: at least 93% overall, 90% of off-topic rejected', () => {
    const a = accuracy(PARAPHRASES);
    expect(a.overall).toBeGreaterThanOrEqual(0.93);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.9);
  });

  it('tests/faq/paraphrases-blind.ts: at least 92% overall, 90% of off-topic rejected', () => {
    const a = accuracy(BLIND_PARAPHRASES);
    expect(a.overall).toBeGreaterThanOrEqual(0.92);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.9);
  });

  it('tests/faq/paraphrases-fresh.ts: at least 92% overall, 85% of off-topic rejected', () => {
    const a = accuracy(FRESH_PARAPHRASES);
    expect(a.overall).toBeGreaterThanOrEqual(0.92);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['UNSEEN_A', UNSEEN_A],
    ['UNSEEN_B', UNSEEN_B],
    ['UNSEEN_C', UNSEEN_C],
  ] as const)(
    'tests/faq/paraphrases-unseen.ts %s: at least 93% overall, 85% of off-topic rejected',
    (_, cases) => {
      const a = accuracy(cases);
      expect(a.overall).toBeGreaterThanOrEqual(0.93);
      expect(a.offTopic).toBeGreaterThanOrEqual(0.85);
    },
  );

  it.each([
    ['REAL_MESSAGES', REAL_MESSAGES],
    ['REAL_MESSAGES_B', REAL_MESSAGES_B],
  ] as const)(
    'tests/faq/paraphrases-real.ts %s (long, colloquial, mixed-language chat messages): at least 93% overall, in scope 90%, 90% of off-topic rejected',
    (_, cases) => {
      const a = accuracy(cases);
      expect(a.overall).toBeGreaterThanOrEqual(0.93);
      expect(a.inScope).toBeGreaterThanOrEqual(0.9);
      expect(a.offTopic).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('tests/faq/paraphrases-real-c.ts REAL_MESSAGES_C (the kinds the second blind set missed): at least 95% overall, in scope 95%, 90% of off-topic rejected', () => {
    const a = accuracy(REAL_MESSAGES_C);
    expect(a.overall).toBeGreaterThanOrEqual(0.95);
    expect(a.inScope).toBeGreaterThanOrEqual(0.95);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.9);
  });

  it('tests/faq/paraphrases-dev4.ts REAL_MESSAGES_D (written blind, 89.9% before tuning, then tuned on): at least 99% overall, in scope 99%, 99% of off-topic rejected', () => {
    const a = accuracy(REAL_MESSAGES_D);
    expect(a.overall).toBeGreaterThanOrEqual(0.99);
    expect(a.inScope).toBeGreaterThanOrEqual(0.99);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.99);
  });

  it('tests/faq/paraphrases-dev5.ts DEV5_MESSAGES (written blind, 92.4% before tuning, then tuned on): at least 99% overall, in scope 99%, 99% of off-topic rejected', () => {
    const a = accuracy(DEV5_MESSAGES);
    expect(DEV5_MESSAGES).toHaveLength(237);
    expect(a.overall).toBeGreaterThanOrEqual(0.99);
    expect(a.inScope).toBeGreaterThanOrEqual(0.99);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.99);
  });

  it('tests/faq/paraphrases-held-out-7.ts (written blind 2026-12-03, never tuned on: 90.0% / 81.3% / 87.7%): the gate at its first figures', () => {
    const a = accuracy(HELD_OUT_MESSAGES_7);
    expect(HELD_OUT_MESSAGES_7).toHaveLength(300);
    expect(a.overall).toBeGreaterThanOrEqual(0.876);
    expect(a.inScope).toBeGreaterThanOrEqual(0.9);
    expect(a.offTopic).toBeGreaterThanOrEqual(0.8125);
  });

  it('the realistic sets cover every intent, with about 30% off-topic and a quarter in English or Spanish', () => {
    const all = [...REAL_MESSAGES, ...REAL_MESSAGES_B];
    const intents = new Set(all.flatMap(([intent]) => intent.split('|')));
    expect(intents.size).toBe(22);
    const off = all.filter(([intent]) => intent === '-').length / all.length;
    expect(off).toBeGreaterThanOrEqual(0.25);
    const latin = all.filter(([, query]) => !/[\u3400-\u9fff]/.test(query)).length / all.length;
    expect(latin).toBeGreaterThanOrEqual(0.2);
  });

  it('the sets cover every intent and many kinds of off-topic chatter', () => {
    const intents = new Set([...PARAPHRASES, ...BLIND_PARAPHRASES].map(([intent]) => intent));
    expect(intents.size).toBe(22);
    expect(
      [...PARAPHRASES, ...BLIND_PARAPHRASES].filter(([intent]) => intent === '-').length,
    ).toBeGreaterThanOrEqual(50);
  });
});
