// `npm start -- <args>`: builds the package when dist/ is missing or older than src/, then runs the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cli = 'dist/cli.js';
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
if (!existsSync(cli) || statSync(cli).mtimeMs < newest('src')) {
  execFileSync('npx', ['tsup', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const { status } = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = status ?? 1;
