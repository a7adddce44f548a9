// Runs ../shared/tools/contract-check.mjs (the public contract of API.md) when the workspace has it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const checker = '../shared/tools/contract-check.mjs';
if (!existsSync(checker)) {
  console.log(`contract: ${checker} is not beside this clone; skipped`);
} else {
  const { status } = spawnSync(process.execPath, [checker], { stdio: 'inherit' });
  process.exitCode = status ?? 1;
}
