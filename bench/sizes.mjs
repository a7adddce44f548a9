// Gzipped size of each subpath of the built package next to the peers a user would otherwise pick:
// each entry bundled alone with esbuild (ESM, browser, minified, dependencies included), then gzip -9.
// Needs `npm run build` first.   node bench/sizes.mjs [--markdown]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every subpath of package.json `exports` (the root entry is '.'). */
export const SUBPATHS = ['.', 'channels', 'calendar', 'sla', 'evidence', 'faq', 'scripts', 'schemas'];

/**
 * The peers, as a user would import them for the same job. `for` names the subpath they stand beside.
 * date-fns + @date-fns/tz: adding business days in a time zone (what calendar/sla do with holidays).
 */
export const PEERS = [
  { for: 'faq', name: 'minisearch', code: "export { default } from 'minisearch';" },
  { for: 'faq', name: 'fuse.js', code: "export { default } from 'fuse.js';" },
  {
    for: 'scripts',
    name: 'intl-messageformat',
    code: "export { IntlMessageFormat } from 'intl-messageformat';",
  },
  { for: 'evidence', name: 'image-size', code: "export { imageSize } from 'image-size';" },
  {
    for: 'calendar',
    name: 'date-fns + @date-fns/tz (addBusinessDays, differenceInBusinessDays, isWeekend, TZDate)',
    code: "export { addBusinessDays, differenceInBusinessDays, isWeekend } from 'date-fns'; export { TZDate, tz } from '@date-fns/tz';",
  },
  {
    for: 'schemas',
    name: 'zod/mini (object, string, enum, regex)',
    code: "import * as z from 'zod/mini'; export const s = z.object({ a: z.string().check(z.regex(/^\\d+$/)), b: z.enum(['x', 'y']) });",
  },
];

/** Minified and gzipped bytes of one ES module source (bundled with its imports). */
export async function bundleSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

/** Rows for every subpath and every peer. */
export async function measureSizes() {
  const rows = [];
  for (const subpath of SUBPATHS) {
    const file = subpath === '.' ? './dist/index.js' : `./dist/${subpath}/index.js`;
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const name = subpath === '.' ? 'tiantian-support' : `tiantian-support/${subpath}`;
    rows.push({ name, subpath, peer: false, ...(await bundleSize(`export * from '${file}';`)) });
    for (const peer of PEERS.filter((entry) => entry.for === subpath)) {
      rows.push({ name: peer.name, subpath, peer: true, ...(await bundleSize(peer.code)) });
    }
  }
  return rows;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A Markdown table of `measureSizes()` rows. */
export function sizesTable(rows) {
  const lines = ['| entry (everything it exports) | minified | min + gzip |', '|---|---:|---:|'];
  for (const row of rows) {
    const label = row.peer ? `  ↳ peer: ${row.name}` : `\`${row.name}\``;
    lines.push(`| ${label} | ${kB(row.minified)} | ${kB(row.gzipped)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(sizesTable(await measureSizes()));
}
