// Bundles one small import from one subpath (as a frontend would, with esbuild, unminified) and
// fails if the bundle holds a public function of an area that import has no reason to pull in.
import { build } from 'esbuild';

/** A public function that only its own area defines: its name in a bundle means the area came along. */
const AREA_MARKERS = {
  calendar: 'function addBusinessMinutes',
  channels: 'function recommendChannels',
  sla: 'function responseDeadline',
  evidence: 'function readImageSize',
  faq: 'function createFaqResolver',
  scripts: 'function renderScript',
  zod: '$ZodType',
};

const CASES = [
  { from: 'channels', names: ['detectHandoff'], allowed: [] },
  { from: 'calendar', names: ['isWorkday'], allowed: ['calendar'] },
  { from: 'evidence', names: ['formatEvidenceFileName'], allowed: [] },
  { from: 'evidence', names: ['readImageSize'], allowed: ['evidence'] },
  { from: 'scripts', names: ['renderScript'], allowed: ['scripts'] },
  { from: 'faq', names: ['resolveFaq'], allowed: ['faq'] },
  { from: 'sla', names: ['responseDeadline'], allowed: ['sla', 'calendar', 'channels'] },
];

let failed = 0;
for (const { from, names, allowed } of CASES) {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './dist/${from}/index.js';`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const intruders = Object.entries(AREA_MARKERS)
    .filter(([area, marker]) => !allowed.includes(area) && code.includes(marker))
    .map(([area]) => area);
  const what = `{ ${names.join(', ')} } from tiantian-support/${from}`;
  if (intruders.length > 0) {
    failed++;
    console.error(`isolation: ${what} pulls in ${intruders.join(', ')}`);
  } else {
    console.log(`isolation: ${what}: ${code.length} bytes, no other area`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
