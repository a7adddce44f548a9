import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The evidence command through the real entry (`main`), in-process. */
const run = (argv: string[], options: { isTTY?: boolean } = {}) => runCli(['evidence', ...argv], options);

describe('tiantian-support evidence (no file system)', () => {
  it('prints help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('evidence check <folder> --order <id> --issue <type>');
  });

  it('exits 2 without a sub-command, or with an unknown one', async () => {
    expect((await run([])).code).toBe(2);
    const { code, err } = await run(['burn']);
    expect(code).toBe(2);
    expect(err).toContain('unknown sub-command "burn"');
  });

  it('checks its options before touching the disk', async () => {
    const noOrder = await run(['check', '/nowhere', '--issue', 'quality-dispute']);
    expect(noOrder.code).toBe(2);
    expect(noOrder.err).toContain('--order is required');
    const badOrder = await run(['check', '/nowhere', '--order', '1.5e18', '--issue', 'quality-dispute']);
    expect(badOrder.err).toContain('--order must be 6 to 32 digits');
    const badIssue = await run(['check', '/nowhere', '--order', '1550672064762308113', '--issue', 'weather']);
    expect(badIssue.code).toBe(2);
    expect(badIssue.err).toContain('unknown issue type "weather"');
    const yes = await run([
      'check',
      '/nowhere',
      '--order',
      '1550672064762308113',
      '--issue',
      'feedback',
      '--yes',
    ]);
    expect(yes.err).toContain('--yes only applies with --rename');
    const unknown = await run(['check', '/nowhere', '--frobnicate']);
    expect(unknown.code).toBe(2);
  });

  it('prints a checklist, by id or by label, in a locale', async () => {
    const { code, out } = await run(['checklist', '--issue', '跨境商品清关受阻']);
    expect(code).toBe(0);
    expect(out).toContain('购买发票');
    expect(out).toContain('成分证明');
    const en = await run(['checklist', '--issue', 'customs-blocked', '--locale', 'en', '--json']);
    expect(JSON.parse(en.out).map((item: { id: string }) => item.id)).toContain('purchase-invoice');
  });
});
