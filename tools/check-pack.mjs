// The package as a consumer gets it: `npm pack` (which runs `prepack`, the build), the tarball
// installed into an empty folder outside this clone, loaded by name in ESM and in CommonJS, and the
// command-line tool run there with `npx`. Fails on a tarball without dist/, a subpath that does not
// load, or a CLI that does not answer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const work = mkdtempSync(join(tmpdir(), 'tiantian-pack-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  // `prepack` (the build) prints to the same stdout as `--json`: the JSON is the last part of it.
  const out = run(npm, ['pack', '--json', '--pack-destination', work], resolve('.'));
  const [packed] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  const files = packed.files.map((file) => file.path);
  if (!files.includes('dist/index.js') || !files.includes('dist/index.cjs') || !files.includes('dist/cli.js'))
    throw new Error(
      `the tarball has no built dist/ (${files.length} files: ${files.slice(0, 8).join(', ')}…)`,
    );
  console.log(`pack: ${packed.filename}, ${files.length} files, ${packed.size} bytes packed`);

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)], consumer);

  const { exports: map, name } = JSON.parse(
    run('node', ['-p', 'JSON.stringify(require("tiantian-support/package.json"))'], consumer),
  );
  const specs = Object.keys(map)
    // A pattern (./schemas/json/*) is not an entry: one of its files is loaded below instead.
    .filter((key) => key !== './package.json' && !key.includes('*'))
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));
  // Every entry must load; the root must export something (entries of areas still to land may be empty).
  const load = (loader) =>
    `const load = ${loader}; let names = 0;\n` +
    `for (const spec of ${JSON.stringify(specs)}) names += Object.keys(await load(spec)).length;\n` +
    `if (Object.keys(await load(${JSON.stringify(name)})).length === 0) throw new Error('the root exports nothing');\n` +
    "console.log('loaded, ' + names + ' names');\n";
  const esm =
    load('(spec) => import(spec)') +
    `await import(${JSON.stringify(`${name}/schemas/json/OrderIdSchema.json`)}, { with: { type: 'json' } });\n`;
  const cjs = `(async () => {\n${load('(spec) => require(spec)')}})().catch((error) => { console.error(error); process.exit(1); });\n`;
  writeFileSync(join(consumer, 'esm.mjs'), esm);
  writeFileSync(join(consumer, 'cjs.cjs'), cjs);
  console.log(`pack: ESM ${run('node', ['esm.mjs'], consumer).trim()} (${specs.length} entries by name)`);
  console.log(
    `pack: CommonJS ${run('node', ['cjs.cjs'], consumer).trim()} (${specs.length} entries by name)`,
  );

  const answer = run(npx, ['--no-install', 'tiantian-support', 'ask', '付款三天了还没发货'], consumer).trim();
  if (answer.length === 0) throw new Error('npx tiantian-support ask printed nothing');
  console.log(`pack: npx tiantian-support ask "付款三天了还没发货" answered: ${answer.split('\n')[0]}`);
} catch (error) {
  console.error(`pack: FAIL ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
