// What the "faq: resolveFaq alone" bundle is made of: the same bundle as size-limit's (esbuild,
// browser ESM, minified, gzip -9, `resolveFaq` imported alone, from the sources) built again with
// one part emptied at a time; a part's share is what the gzipped bundle loses without it.
//   npx tsx bench/faq-size-composition.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = ['zh-CN', 'en', 'es'] as const;
type Locale = (typeof LOCALES)[number];

interface Cut {
  index?: boolean;
  examples?: boolean;
  keywords?: boolean;
  answers?: Locale;
  titles?: Locale;
  lexicons?: readonly string[];
}

const DATA_FILE = /src\/faq\/data\/([a-z-]+)\.ts$/;
const LEXICONS = ['lexicon', 'variants', 'off-topic'];
const NOT_ENTRIES = new Set([...LEXICONS, 'chit-chat', 'index']);

type Localized = Record<Locale, string>;

function strip(value: unknown, locale: Locale | undefined): unknown {
  if (locale === undefined) return value;
  return (value as Localized[]).map((text) => ({ ...text, [locale]: '' }));
}

function plugin(cut: Cut): Plugin {
  return {
    name: 'cut',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const path = args.path;
        const data = DATA_FILE.exec(path)?.[1];
        if (cut.index === true && path.endsWith('src/faq/generated/default-index.ts')) {
          return {
            loader: 'ts',
            contents: `export const DEFAULT_FAQ_INDEX = { chars: '', unigrams: '', bigrams: '', terms: '', words: '', postings: '', tfs: '', lengths: [], cues: [] };`,
          };
        }
        if (data !== undefined && cut.lexicons?.includes(data)) {
          const module = await import(pathToFileURL(path).href);
          const lines = Object.entries(module).map(
            ([name, value]) => `export const ${name} = ${typeof value === 'string' ? "''" : '[]'};`,
          );
          return { loader: 'ts', contents: lines.join('\n') };
        }
        if (data !== undefined && !NOT_ENTRIES.has(data) && (cut.examples || cut.keywords || cut.answers)) {
          const module = await import(pathToFileURL(path).href);
          const [[name, entry]] = Object.entries(module) as [[string, Record<string, unknown>]];
          const changed = {
            ...entry,
            answer: strip(entry.answer, cut.answers),
            ...(cut.examples ? { examples: [] } : {}),
            ...(cut.keywords ? { keywords: [], negativeCues: [] } : {}),
          };
          return { loader: 'ts', contents: `export const ${name} = ${JSON.stringify(changed)};` };
        }
        if (cut.titles !== undefined && path.endsWith('src/shared/issue-types.ts')) {
          const source = readFileSync(path, 'utf8');
          const module = await import(pathToFileURL(path).href);
          const labels = module.ISSUE_TYPE_LABELS as Record<string, Localized>;
          let contents = source;
          for (const label of Object.values(labels)) {
            const text = label[cut.titles];
            contents = contents.replaceAll(`'${text}'`, "''").replaceAll(`"${text}"`, "''");
          }
          return { loader: 'ts', contents };
        }
        return undefined;
      });
    },
  };
}

async function size(cut: Cut): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: {
      contents: "export { resolveFaq } from './src/faq/index.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [plugin(cut)],
  });
  const bytes = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

const full = await size({});
const parts: [string, Cut][] = [
  ['prebuilt index (generated/default-index.ts)', { index: true }],
  ['examples', { examples: true }],
  ['keywords and negative cues', { keywords: true }],
  ...LOCALES.map((l): [string, Cut] => [`answers ${l}`, { answers: l }]),
  ...LOCALES.map((l): [string, Cut] => [`titles ${l}`, { titles: l }]),
  ...LEXICONS.map((l): [string, Cut] => [`data/${l}.ts`, { lexicons: [l] }]),
];
const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
console.log(`| part | minified kB | gzipped kB (what the bundle loses without it) |`);
console.log('|---|---:|---:|');
console.log(`| whole bundle | ${kB(full.minified)} | ${kB(full.gzipped)} |`);
let rest = full.gzipped;
for (const [name, cut] of parts) {
  const without = await size(cut);
  rest -= full.gzipped - without.gzipped;
  console.log(
    `| ${name} | ${kB(full.minified - without.minified)} | ${kB(full.gzipped - without.gzipped)} |`,
  );
}
const bare = await size({
  index: true,
  examples: true,
  keywords: true,
  lexicons: LEXICONS,
});
console.log(
  `| code and the rest (index, examples, keywords, lexicons emptied; answers and titles kept) | ${kB(bare.minified)} | ${kB(bare.gzipped)} |`,
);
console.log(`| sum of the parts' shares vs whole | | ${kB(full.gzipped - rest)} of ${kB(full.gzipped)} |`);
