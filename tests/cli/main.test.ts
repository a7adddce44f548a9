import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and collects what it prints. */
export async function runCli(
  argv: string[],
  options: { now?: Date; stdin?: string[]; isTTY?: boolean } = {},
) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    lines: async function* () {
      yield* options.stdin ?? [];
    },
    isTTY: options.isTTY ?? false,
    now: () => options.now ?? new Date('2026-09-30T12:00:00+08:00'),
    timeZone: 'Europe/Madrid',
  };
  const code = await main(argv, io);
  return { code, out, err };
}

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
