// `npm run eval:faq`: accuracy of the FAQ resolver on ../shared/eval/faq-dev.tsv, side by side with
// MiniSearch and Fuse.js indexing the SAME knowledge-base examples with the SAME normalization.
//
// Scoring: an in-scope query is right when the resolver gives an answer (status 'matched', or
// 'ambiguous' with the right best: a bot shows it as "did you mean…") whose id is accepted; the
// strict column counts 'matched' only. An off-topic query ("-") is right when the status is
// 'no-match'. Overall = right / all.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { defaultFaqEntries, normalizeFaqText, resolveFaq } from '../src/faq/index.js';

export interface EvalCase {
  readonly accepted: readonly string[] | null; // null = off-topic
  readonly query: string;
}

export function parseEvalTsv(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const intent = line.slice(0, tab).trim();
    cases.push({ accepted: intent === '-' ? null : intent.split('|'), query: line.slice(tab + 1) });
  }
  return cases;
}

/** A system under test: the intent it answers, or null for "no match"; `strict` false when unsure. */
type System = (query: string) => { id: string | null; strict: boolean };

/** CJK bigrams + unigrams and Latin words, for the peers (they split Chinese badly otherwise). */
export function bigramTokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const part of normalizeFaqText(text).split(' ')) {
    if (/^[\u3400-\u9fff]+$/.test(part)) {
      for (let i = 0; i < part.length; i++) {
        tokens.push(part[i] as string);
        if (i + 1 < part.length) tokens.push(part.slice(i, i + 2));
      }
    } else if (part !== '') tokens.push(part);
  }
  return tokens;
}

interface Doc {
  id: number;
  intent: string;
  text: string;
}

const docs: Doc[] = defaultFaqEntries.flatMap((entry) =>
  [...entry.examples, entry.title['zh-CN'], entry.title.en, entry.title.es].map((text) => ({
    id: 0,
    intent: entry.id,
    text,
  })),
);
docs.forEach((doc, i) => {
  doc.id = i;
});

export function miniSearchSystem(threshold: number): System {
  const mini = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['intent'],
    tokenize: bigramTokenize,
    processTerm: (term) => term,
    searchOptions: { tokenize: bigramTokenize, processTerm: (term) => term },
  });
  mini.addAll(docs);
  return (query) => {
    const hit = mini.search(query)[0];
    if (hit === undefined || hit.score < threshold) return { id: null, strict: true };
    return { id: String(hit.intent), strict: true };
  };
}

export function fuseSystem(threshold: number): System {
  const fuse = new Fuse(
    docs.map((doc) => ({ ...doc, text: normalizeFaqText(doc.text) })),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 },
  );
  return (query) => {
    const hit = fuse.search(normalizeFaqText(query))[0];
    if (hit === undefined || (hit.score ?? 1) > threshold) return { id: null, strict: true };
    return { id: hit.item.intent, strict: true };
  };
}

export const oursSystem: System = (query) => {
  const result = resolveFaq(query);
  return { id: result.best?.id ?? null, strict: result.status === 'matched' };
};

export interface Accuracy {
  inScope: number;
  inScopeStrict: number;
  offTopic: number;
  overall: number;
  misses: { query: string; expected: string; got: string }[];
}

export function measure(system: System, cases: readonly EvalCase[]): Accuracy {
  let inRight = 0;
  let inStrict = 0;
  let inTotal = 0;
  let offRight = 0;
  let offTotal = 0;
  const misses: Accuracy['misses'] = [];
  for (const c of cases) {
    const got = system(c.query);
    if (c.accepted === null) {
      offTotal++;
      if (got.id === null) offRight++;
      else misses.push({ query: c.query, expected: '-', got: got.id });
    } else {
      inTotal++;
      if (got.id !== null && c.accepted.includes(got.id)) {
        inRight++;
        if (got.strict) inStrict++;
      } else misses.push({ query: c.query, expected: c.accepted.join('|'), got: got.id ?? '-' });
    }
  }
  return {
    inScope: inRight / Math.max(1, inTotal),
    inScopeStrict: inStrict / Math.max(1, inTotal),
    offTopic: offRight / Math.max(1, offTotal),
    overall: (inRight + offRight) / Math.max(1, inTotal + offTotal),
    misses,
  };
}

/** The threshold that gives a peer its best overall accuracy on the cases: generous to the peers. */
function bestThreshold(make: (t: number) => System, grid: readonly number[], cases: readonly EvalCase[]) {
  let best = { threshold: grid[0] as number, accuracy: measure(make(grid[0] as number), cases) };
  for (const t of grid.slice(1)) {
    const accuracy = measure(make(t), cases);
    if (accuracy.overall > best.accuracy.overall) best = { threshold: t, accuracy };
  }
  return best;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  // Another set of the same shape (a shop's own, a held-out one) can be given as the argument.
  const given = process.argv[2];
  const file = given === undefined ? resolve(here, '../../shared/eval/faq-dev.tsv') : resolve(given);
  if (!existsSync(file)) {
    if (given !== undefined) {
      console.error(`eval:faq: ${file} does not exist`);
      process.exitCode = 2;
      return;
    }
    console.log(`eval:faq skipped: ${file} is not there (it lives beside the repository, not in it).`);
    return;
  }
  const cases = parseEvalTsv(readFileSync(file, 'utf8'));
  const ours = measure(oursSystem, cases);
  const mini = bestThreshold(miniSearchSystem, [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30], cases);
  const fuse = bestThreshold(fuseSystem, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6], cases);
  const inCount = cases.filter((c) => c.accepted !== null).length;
  console.log(
    `${given === undefined ? 'FAQ dev set' : file}: ${cases.length} queries (${inCount} in scope, ${cases.length - inCount} off-topic)`,
  );
  console.log(
    'Same knowledge base (every example and title), same normalization; the peers index CJK bigrams.',
  );
  console.log("In scope = right intent, 'matched' or 'ambiguous'; strict = 'matched' only.\n");
  console.log('| resolver | in scope | in scope (strict) | off-topic rejected | overall |');
  console.log('|---|---|---|---|---|');
  const row = (name: string, a: Accuracy): void =>
    console.log(
      `| ${name} | ${percent(a.inScope)} | ${percent(a.inScopeStrict)} | ${percent(a.offTopic)} | ${percent(a.overall)} |`,
    );
  row('tiantian-support', ours);
  row(`MiniSearch (bigrams, min score ${mini.threshold})`, mini.accuracy);
  row(`Fuse.js (max score ${fuse.threshold})`, fuse.accuracy);
  console.log("\n(The peers' no-match thresholds are the best for them on this very set.)");
  console.log(`\nMisses of tiantian-support (${ours.misses.length}):`);
  for (const miss of ours.misses) console.log(`  ${miss.expected}\t→ ${miss.got}\t${miss.query}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
