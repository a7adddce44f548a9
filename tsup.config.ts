import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per subpath of package.json `exports`, built to ESM + CJS + declarations. */
export const SUBPATHS = [
  'channels',
  'calendar',
  'sla',
  'evidence',
  'faq',
  'scripts',
  'schemas',
  'money',
  'cases',
  'safety',
  'insights',
] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(SUBPATHS.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    // tsup's declaration build sets `baseUrl`, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    splitting: true,
    // Rollup's pass over each output file: an import of a shared chunk whose bindings are unused goes
    // too (the package is "sideEffects": false). Rollup's default keeps it as a bare
    // `import '../chunk-X.js'`, which bundlers then ignore with an ignored-bare-import warning each.
    treeshake: { moduleSideEffects: false },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    // Chinese text as UTF-8, not \uXXXX escapes: the FAQ entry shrinks from 111 kB to 91 kB minified.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    // The JSON Schemas also ship as files, one per schema: tiantian-support/schemas/json/<Name>.json.
    onSuccess: async () => {
      const schemas = JSON.parse(readFileSync('src/schemas/json-schemas.json', 'utf8')) as Record<
        string,
        unknown
      >;
      mkdirSync('dist/schemas/json', { recursive: true });
      for (const [name, schema] of Object.entries(schemas))
        writeFileSync(`dist/schemas/json/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
    },
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
    dts: false,
  },
]);
