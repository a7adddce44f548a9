import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));

describe('the tiantian-support executable', () => {
  it('exits quietly when its reader closes the pipe early (`… | head -1`), not with an EPIPE stack', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'ask'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    // Like head: read the first line, then close the pipe while the command still writes.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('发货\n'.repeat(3000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error/u);
    expect(code).toBe(0);
  }, 60_000);
});
