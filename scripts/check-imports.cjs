// Every subpath of package.json `exports` loads on its own, in CommonJS (require) and in ESM
// (import), by the package's own name, and both give the same export names.
const { exports: map, name } = require('../package.json');

async function main() {
  let failed = 0;
  for (const key of Object.keys(map).filter((k) => k !== './package.json')) {
    const spec = key === '.' ? name : `${name}/${key.slice(2)}`;
    try {
      const cjs = Object.keys(require(spec)).sort();
      const esm = Object.keys(await import(spec))
        .filter((k) => k !== 'default')
        .sort();
      if (cjs.length === 0 || cjs.join() !== esm.join())
        throw new Error(`CJS has ${cjs.length} names, ESM ${esm.length}`);
      console.log(`imports: ${spec}: ${cjs.length} names in CJS and ESM`);
    } catch (error) {
      failed++;
      console.error(`imports: ${spec} failed: ${error.message}`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
main();
