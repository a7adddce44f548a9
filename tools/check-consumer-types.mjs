// The declarations as a TypeScript consumer meets them: dist/ and package.json copied into an empty
// folder's node_modules beside zod, a small file that imports every subpath entry and uses a few
// names, compiled by this repository's TypeScript (node_modules/.bin/tsc) under each
// `moduleResolution` a consumer may have (node16 from CommonJS and from ESM, bundler, node10), with
// default options: no skipLibCheck, no esModuleInterop. Then once more with
// `allowSyntheticDefaultImports: false`, the default of TypeScript 5 and earlier for node10: zod's
// own declarations fail there (README, "TypeScript consumers"), and the check requires that every
// error of that run is in zod's files, none in ours.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');
const tsc = join(repo, 'node_modules', '.bin', 'tsc');
const { name, exports: map } = JSON.parse(readFileSync('package.json', 'utf8'));
const specs = Object.keys(map)
  .filter((key) => key !== './package.json' && !key.includes('*'))
  .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));

const identifier = (spec) => (spec === name ? 'root' : spec.slice(name.length + 1).replace(/\W/g, '_'));
const consumer = [
  ...specs.map((spec) => `import * as ${identifier(spec)} from '${spec}';`),
  `export const entries = [${specs.map(identifier).join(', ')}];`,
  // A few uses, so that the types are read, not only the module names resolved.
  'export const payable: number = money.priceOrder({ lines: [] }, []).payable;',
  'export const parsed: boolean = schemas.OrderSchema.safeParse({ lines: [] }).success;',
  'export const json: schemas.JsonSchema = schemas.jsonSchemas.CaseEventJsonSchema;',
  "export const masked: string = safety.redactPii('13812345678').text;",
  "export const type: cases.CaseEventType = 'opened';",
  "export const workday: boolean = calendar.isWorkday('2026-10-01');",
  '',
].join('\n');

// [label, compiler options, consumer file]
const SETTINGS = [
  ['node16 (CommonJS file)', { module: 'node16', moduleResolution: 'node16' }, 'consumer.cts'],
  ['node16 (ESM file)', { module: 'node16', moduleResolution: 'node16' }, 'consumer.mts'],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'consumer.ts'],
  // TypeScript 6 deprecates node10 (it goes in 7): the deprecation is acknowledged, nothing else.
  ['node10', { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }, 'consumer.ts'],
];
const TS5_NODE10 = { allowSyntheticDefaultImports: false };

const work = mkdtempSync(join(tmpdir(), 'tiantian-types-'));
let failed = false;
try {
  const installed = join(work, 'node_modules', name);
  mkdirSync(installed, { recursive: true });
  cpSync('package.json', join(installed, 'package.json'));
  cpSync('dist', join(installed, 'dist'), { recursive: true, filter: (source) => !source.endsWith('.map') });
  symlinkSync(realpathSync('node_modules/zod'), join(work, 'node_modules', 'zod'), 'dir');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  for (const file of ['consumer.ts', 'consumer.cts', 'consumer.mts'])
    writeFileSync(join(work, file), consumer);

  const compile = (label, options, file) => {
    const config = join(work, `tsconfig.${label.replace(/\W+/g, '-')}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...options, noEmit: true }, files: [file] }));
    let out = '';
    try {
      execFileSync(tsc, ['-p', config], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      out = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    const errors = out.split('\n').filter((line) => / error TS\d+/.test(line));
    const inZod = errors.filter((line) => line.includes('node_modules/zod/'));
    return { errors, inZod };
  };

  for (const [label, options, file] of SETTINGS) {
    const { errors } = compile(label, options, file);
    console.log(`consumer types: ${label}, default options: ${errors.length} errors`);
    for (const line of errors.slice(0, 10)) console.error(`  ${line}`);
    if (errors.length > 0) failed = true;
  }
  const [label, options, file] = SETTINGS[3];
  const { errors, inZod } = compile(`${label}-ts5`, { ...options, ...TS5_NODE10 }, file);
  const files = [
    ...new Set(inZod.map((line) => line.slice(line.indexOf('node_modules/zod/'), line.indexOf('(')))),
  ];
  console.log(
    `consumer types: node10 with allowSyntheticDefaultImports false (TypeScript 5's default): ${errors.length} errors, ${inZod.length} in zod's declarations (${files.join(', ') || 'none'})`,
  );
  const ours = errors.filter((line) => !line.includes('node_modules/zod/'));
  for (const line of ours.slice(0, 10)) console.error(`  not zod's: ${line}`);
  if (ours.length > 0) failed = true;
  const fixed = compile(
    `${label}-ts5-fixed`,
    { ...options, ...TS5_NODE10, allowSyntheticDefaultImports: true },
    file,
  );
  console.log(
    `consumer types: node10 with the README's allowSyntheticDefaultImports true: ${fixed.errors.length} errors`,
  );
  if (fixed.errors.length > 0) failed = true;
  console.log(`consumer types: ${specs.length} entries imported by name`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error('consumer types: FAIL');
  process.exitCode = 1;
}
