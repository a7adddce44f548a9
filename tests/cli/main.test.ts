import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tiantian-support (command line)', () => {
  it('prints usage and exits 2 without a command', async () => {
    const { code, out } = await runCli([]);
    expect(code).toBe(2);
    expect(out).toMatch(/Usage: tiantian-support <command>/);
    for (const name of ['channels', 'sla', 'evidence', 'script', 'ask']) expect(out).toContain(`  ${name}`);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { code, err } = await runCli(['fly']);
    expect(code).toBe(2);
    expect(err).toContain('unknown command "fly"');
  });

  it('does not treat inherited names as commands', async () => {
    expect((await runCli(['constructor'])).code).toBe(2);
    expect((await runCli(['__proto__'])).code).toBe(2);
  });

  it('prints the version from package.json', async () => {
    const { code, out } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
