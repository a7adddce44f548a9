// `npm run playground`: builds playground/dist/ (index.html, style.css, main.js), a static page that
// needs no CDN and no network, from the library's public entries (tiantian-support and its subpaths,
// resolved to their entry files in src/). Prints the bundle size per area (minified, gzip -9).
// `npm run playground -- --serve [port]` then serves it on 127.0.0.1 (default port 4173).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'playground');
const out = join(source, 'dist');

/** `tiantian-support[/area]` → src/<area>/index.ts, as package.json `exports` maps it to dist. */
const entries = {
  name: 'tiantian-support',
  setup(b) {
    b.onResolve({ filter: /^tiantian-support(\/[a-z]+)?$/ }, (args) => {
      const area = args.path.split('/')[1];
      return { path: join(root, 'src', area ?? '', 'index.ts') };
    });
  },
};

export async function buildPlayground() {
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(source, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    outfile: join(out, 'main.js'),
    plugins: [entries],
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(source, 'index.html'), join(out, 'index.html'));
  copyFileSync(join(source, 'style.css'), join(out, 'style.css'));
  const output = Object.values(result.metafile.outputs)[0];
  const perArea = {};
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const path = relative(root, file);
    const inPackage = path.lastIndexOf('node_modules/');
    const area = path.startsWith('src/')
      ? path.split('/')[1]
      : inPackage !== -1
        ? path.slice(inPackage).split('/')[1]
        : 'playground';
    perArea[area] = (perArea[area] ?? 0) + bytesInOutput;
  }
  const js = readFileSync(join(out, 'main.js'));
  return { bytes: js.length, gzip: gzipSync(js, { level: 9 }).length, perArea };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

export function servePlayground(port = 4173) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(out, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!path.startsWith(out)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(path);
      response
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bytes, gzip, perArea } = await buildPlayground();
  console.log(
    `playground: playground/dist/main.js ${(bytes / 1000).toFixed(1)} kB minified, ${(gzip / 1000).toFixed(1)} kB gzip`,
  );
  for (const [area, size] of Object.entries(perArea).sort((a, b) => b[1] - a[1]))
    console.log(`  ${area.padEnd(12)} ${(size / 1000).toFixed(1)} kB minified`);
  const serve = process.argv.indexOf('--serve');
  if (serve !== -1) {
    const port = Number(process.argv[serve + 1] ?? 4173) || 4173;
    await servePlayground(port);
    console.log(`playground: http://127.0.0.1:${port}/ (Ctrl-C stops)`);
  }
}
