// Cold start of the FAQ: a fresh Node process per sample, timing import to first answer.
// - ours: `import('tiantian-support/faq')` (the built dist/faq) + the first `resolveFaq(query)`;
// - MiniSearch: `import('minisearch')` + reading and `MiniSearch.loadJSON` of an index of the SAME
//   knowledge base (every example and title, built beforehand, CJK bigrams) + the first `search`.
// Samples interleaved so machine noise falls on both alike; median and p90. Needs `npm run build`.
// `--faq <file>` (repeatable) times other builds of faq/index.js beside it, e.g. yesterday's copy.
//   node bench/faq-cold-start.mjs [--runs 15] [--faq old/dist/faq/index.js]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FAQ = join(ROOT, 'dist/faq/index.js');
const QUERY = '优惠券用不了';

/** The peers' tokenizer, as tools/eval-faq.ts gives it: CJK unigrams + bigrams, Latin words. */
function tokenize(text) {
  const tokens = [];
  for (const part of text.toLowerCase().split(/[^a-z0-9\u3400-\u9fff]+/)) {
    if (/^[\u3400-\u9fff]+$/.test(part)) {
      for (let i = 0; i < part.length; i++) {
        tokens.push(part[i]);
        if (i + 1 < part.length) tokens.push(part.slice(i, i + 2));
      }
    } else if (part !== '') tokens.push(part);
  }
  return tokens;
}
/** The same function, as source for the child processes. */
const TOKENIZE = tokenize.toString();

function run(code) {
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' }),
  );
}

if (!existsSync(FAQ)) throw new Error(`${FAQ} is missing: run \`npm run build\` first`);
const { defaultFaqEntries } = await import(pathToFileURL(FAQ).href);
const { default: MiniSearch } = await import('minisearch');
const options = {
  fields: ['text'],
  storeFields: ['intent'],
  tokenize,
  processTerm: (term) => term,
  searchOptions: { tokenize, processTerm: (term) => term },
};
const mini = new MiniSearch(options);
let id = 0;
for (const entry of defaultFaqEntries) {
  for (const text of [...entry.examples, entry.title['zh-CN'], entry.title.en, entry.title.es]) {
    mini.add({ id: id++, intent: entry.id, text });
  }
}
const indexFile = join(mkdtempSync(join(tmpdir(), 'faq-cold-')), 'minisearch.json');
writeFileSync(indexFile, JSON.stringify(mini));

const ours = (file) => `const t = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(file).href)});
const id = m.resolveFaq(${JSON.stringify(QUERY)}).best?.id;
process.stdout.write(String(performance.now() - t));
if (id !== 'coupon-unusable') process.exit(1);`;
const peer = `const t = performance.now();
const { default: MiniSearch } = await import('minisearch');
const { readFileSync } = await import('node:fs');
const tokenize = ${TOKENIZE};
const mini = MiniSearch.loadJSON(readFileSync(${JSON.stringify(indexFile)}, 'utf8'), {
  fields: ['text'], storeFields: ['intent'], tokenize, processTerm: (term) => term,
  searchOptions: { tokenize, processTerm: (term) => term },
});
const id = mini.search(${JSON.stringify(QUERY)})[0]?.intent;
process.stdout.write(String(performance.now() - t));
if (id === undefined) process.exit(1);`;

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 15;
const others = process.argv.flatMap((arg, k) => (arg === '--faq' ? [resolve(process.argv[k + 1])] : []));
const builds = [FAQ, ...others];
const samples = { ours: builds.map(() => []), peer: [] };
for (const file of builds) run(ours(file)); // warm the file system cache
run(peer);
for (let i = 0; i < runs; i++) {
  builds.forEach((file, k) => {
    samples.ours[k].push(run(ours(file)));
  });
  samples.peer.push(run(peer));
}
const stat = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p90: sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))],
  };
};
const b = stat(samples.peer);
console.log(`FAQ cold start, ${runs} fresh processes each (${process.version}, ${new Date().toISOString()})`);
console.log('| import to first answer | median | p90 | ratio of medians to MiniSearch (target ≤ 0.33) |');
console.log('|---|---:|---:|---:|');
builds.forEach((file, k) => {
  const a = stat(samples.ours[k]);
  const name = k === 0 ? 'tiantian-support/faq' : relative(ROOT, file);
  console.log(
    `| ${name}: import + resolveFaq | ${a.median.toFixed(1)} ms | ${a.p90.toFixed(1)} ms | ${(a.median / b.median).toFixed(2)} |`,
  );
});
console.log(
  `| MiniSearch: import + loadJSON (same knowledge base) + search | ${b.median.toFixed(1)} ms | ${b.p90.toFixed(1)} ms | |`,
);
