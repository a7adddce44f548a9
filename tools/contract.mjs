// Runs ../shared/tools/contract-check.mjs (the public contract of API.md) when the workspace has it.
// The checker imports the package by its name; Node resolves that name for a file inside this
// package (a self-reference through `exports`), so the checker runs from a copy in .cache/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const checker = '../shared/tools/contract-check.mjs';
if (!existsSync(checker)) {
  console.log(`contract: ${checker} is not beside this clone; skipped`);
} else {
  mkdirSync('.cache', { recursive: true });
  copyFileSync(checker, '.cache/contract-check.mjs');
  const { status } = spawnSync(process.execPath, ['.cache/contract-check.mjs'], { stdio: 'inherit' });
  process.exitCode = status ?? 1;
}
