// Bundles one small import from one subpath (as a frontend would, with esbuild, unminified) and
// fails if the bundle holds code or data of an area that import has no reason to pull in.
//
// An area is detected by several markers, any one of which means the area came along: a public
// function of it, and also the data that comes with it (the holiday notices, the channel catalog,
// the knowledge base…), since a bundler may drop an area's functions and still keep its tables when
// their top-level statements are not known to be pure. Strings survive minification; identifiers
// (`CN_NOTICES`, `function x`) only survive here because this check bundles unminified.
//
// Every marker must be found in the whole entry of its own area (`home`): a marker that no longer
// matches (renamed data, reworded text) would make the check pass for nothing, so it fails instead.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** @type {Record<string, { home: string, markers: string[] }>} */
const AREAS = {
  calendar: {
    home: 'dist/calendar/index.js',
    markers: [
      'function defineBusinessHours',
      'function makeCalendar',
      'CN_NOTICES',
      // The State Council holiday notices (the data behind CHINA_CALENDAR), as compiled in cn-data.ts.
      'y200101 s200124',
      'tiantian-support.calendar.core',
    ],
  },
  // The channel catalog (CHANNELS) and the recommendations, not every line of src/channels:
  // `detectHandoff` and `hotlineDialString` are channels code but must come without the catalog.
  // Not `tiantian@taobao.com`: the FAQ answers quote that address too.
  channels: {
    home: 'dist/channels/index.js',
    markers: [
      'function recommendChannels',
      'Customer service hotline',
      'Open 24 hours a day, 7 days a week',
      'is open 24/7 and especially suited to urgent problems',
    ],
  },
  sla: {
    home: 'dist/sla/index.js',
    markers: [
      'function responseDeadline',
      'events has no created event; every ticket history starts with one',
    ],
  },
  evidence: {
    home: 'dist/evidence/index.js',
    markers: [
      'function readImageSize',
      'Expected the picture as a Uint8Array of bytes',
      // The evidence checklist.
      'Proves you paid, how much, when and how.',
    ],
  },
  faq: {
    home: 'dist/faq/index.js',
    markers: [
      'function createFaqResolver',
      // The knowledge base.
      'the seller has not dispatched my parcel',
    ],
  },
  scripts: {
    home: 'dist/scripts/index.js',
    markers: [
      'function renderScript',
      // The script catalog.
      'Would you like to return the item or exchange it?',
    ],
  },
  zod: { home: 'dist/schemas/index.js', markers: ['$ZodType'] },
  // @date-fns/tz's root entry also loads TZDate, whose module patches Date.prototype at load time and
  // so is never dropped: the library imports `@date-fns/tz/tzOffset` instead.
  'TZDate (@date-fns/tz)': { home: '@date-fns/tz', markers: ['TZDateMini'] },
};

const CASES = [
  { from: 'channels', names: ['detectHandoff'], allowed: [] },
  { from: 'channels', names: ['hotlineDialString'], allowed: [] },
  { from: 'channels', names: ['getChannel'], allowed: ['channels', 'calendar'] },
  { from: 'calendar', names: ['isWorkday'], allowed: ['calendar'] },
  { from: 'evidence', names: ['formatEvidenceFileName'], allowed: ['evidence'] },
  { from: 'evidence', names: ['readImageSize'], allowed: ['evidence'] },
  { from: 'scripts', names: ['renderScript'], allowed: ['scripts'] },
  { from: 'faq', names: ['resolveFaq'], allowed: ['faq'] },
  { from: 'sla', names: ['responseDeadline'], allowed: ['sla', 'channels', 'calendar'] },
];

/** Bundles `contents` for the browser, with tree shaking, as a frontend build would. */
async function bundle(contents, minify = false) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    minify,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let failed = 0;

// 1. Every marker still matches its own area.
for (const [area, { home, markers }] of Object.entries(AREAS)) {
  const code = await bundle(`export * from '${home.startsWith('dist/') ? `./${home}` : home}';`);
  const stale = markers.filter((marker) => !code.includes(marker));
  if (stale.length > 0) {
    failed++;
    console.error(`isolation: stale marker(s) of ${area}, not found in ${home}: ${stale.join(' | ')}`);
  }
}

// 2. Each small import holds no area it has no reason to pull in.
for (const { from, names, allowed } of CASES) {
  const entry = `export { ${names.join(', ')} } from './dist/${from}/index.js';`;
  const code = await bundle(entry);
  const minified = await bundle(entry, true);
  const intruders = Object.entries(AREAS)
    .filter(
      ([area, { markers }]) => !allowed.includes(area) && markers.some((marker) => code.includes(marker)),
    )
    .map(
      ([area, { markers }]) => `${area} (${markers.filter((marker) => code.includes(marker)).join(' | ')})`,
    );
  const what = `{ ${names.join(', ')} } from tiantian-support/${from}`;
  const size = `${code.length} bytes unminified, ${minified.length} minified, ${gzipSync(minified).length} gzip`;
  const may = allowed.length > 0 ? `only ${allowed.join(', ')}` : 'no other area';
  if (intruders.length > 0) {
    failed++;
    console.error(`isolation: FAIL ${what}: ${size}; pulls in ${intruders.join('; ')}`);
  } else {
    console.log(`isolation: ok   ${what}: ${size}; ${may}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
