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

  it('escapes control and bidi characters of what it echoes in an error', async () => {
    const unknown = await runCli(['\u001b[2Jevil\u202e']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "\\u{1b}[2Jevil\\u{202e}"');
    const usage = await runCli(['ask', '--order', '\u001b[31m1\n✓ ok', 'hi']);
    expect(usage.code).toBe(2);
    expect(usage.err).not.toContain('\u001b');
    expect(usage.err.split('\n').some((line) => line.startsWith('✓ ok'))).toBe(false);
  });

  // A value echoed in a message must not start a line: only the help after it is multi-line.
  it.each([
    ['an unknown script', ['script', 'x\n✓ ok\u202e']],
    ['an unknown issue type', ['evidence', 'checklist', '--issue', 'x\n✓ ok\u0085']],
    ['a bad locale', ['ask', '--locale', 'x\r\n✓ ok', 'hi']],
    ['a missing case file', ['case', 'show', '/nonexistent/x\n✓ ok']],
    ['an unknown channel', ['sla', '--channel', 'x\u2028✓ ok']],
  ])('keeps %s on its line, line breaks escaped', async (_, argv) => {
    const { code, err } = await runCli(argv);
    expect(code).toBeGreaterThan(0);
    expect(err).not.toMatch(/[\r\u0085\u2028\u202e]/);
    expect(err.split('\n').some((line) => line.startsWith('✓ ok'))).toBe(false);
    expect(err).toMatch(/x\\u\{(a|d|85|2028)\}/);
  });
});
