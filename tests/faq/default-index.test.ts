// The built-in index is generated at build time (tools/build-faq-index.ts); this fails when the
// knowledge base, the lexicons or the analyzer changed and `npm run build` was not run since.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAQ_INDEX } from '../../src/faq/generated/default-index.js';
import { defaultFaqEntries } from '../../src/faq/knowledge-base.js';
import { packFaqIndex } from '../../src/faq/packed-index.js';
import { buildFaqIndexData, createFaqResolver, resolveFaq } from '../../src/faq/resolver.js';
import { REAL_MESSAGES_B } from './paraphrases-real.js';

describe('DEFAULT_FAQ_INDEX', () => {
  it('is the index the built-in knowledge base builds today (run `npm run build` when this fails)', () => {
    expect(DEFAULT_FAQ_INDEX).toEqual(packFaqIndex(buildFaqIndexData(defaultFaqEntries)));
  });

  it('answers exactly as an index built at run time from the same entries', () => {
    const built = createFaqResolver(defaultFaqEntries);
    for (const [, query] of REAL_MESSAGES_B) expect(resolveFaq(query)).toEqual(built.resolve(query));
  });
});
