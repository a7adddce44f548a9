import { describe, expect, it } from 'vitest';
import { SCRIPT_IDS } from '../../src/scripts/index.js';
import { runCli } from './run-cli.js';

describe('tiantian-support script', () => {
  it('renders a script with --var and --locale', async () => {
    expect(await runCli(['script', 'propose-compensation', '--var', 'amount=24', '--locale', 'en'])).toEqual({
      code: 0,
      out: 'We would like to compensate you with double the shipping fee (¥24). Would that be acceptable to you?\n',
      err: '',
    });
    expect((await runCli(['script', 'propose-compensation', '-v', 'amount=12.50'])).out).toBe(
      '我们计划为您补偿双倍运费（12.50元），您看是否合适？\n',
    );
  });

  it('converts dates (Beijing time), durations and lists', async () => {
    const late = await runCli([
      'script',
      'apologize-missed-deadline',
      '--var',
      'promised=2h',
      '--var',
      'deadline=2026-10-01 14:30',
      '--locale',
      'es',
    ]);
    expect(late.out).toBe(
      'Lamentamos mucho no haberle respondido en menos de 2 horas, tal como nos habíamos comprometido. Le daremos una respuesta definitiva antes del 1 de octubre de 2026, 14:30 (hora de Pekín). Una vez más, le pedimos disculpas.\n',
    );
    const evidence = await runCli([
      'script',
      'request-evidence',
      '--var',
      'orderId=1550672064762308113',
      '--var',
      'items=订单截图,支付凭证',
      '--var',
      'items=商品实物照片',
    ]);
    expect(evidence.out).toContain('以下3项材料：订单截图、支付凭证和商品实物照片。');
  });

  it('keeps values as data and escapes with --html', async () => {
    const { out } = await runCli([
      'script',
      'handoff-greeting',
      '--var',
      'agentName=<b>{agentName}$&</b>',
      '--locale',
      'en',
      '--html',
    ]);
    expect(out.startsWith('Hello, this is &lt;b&gt;{agentName}$&amp;&lt;/b&gt; from customer service')).toBe(
      true,
    );
  });

  it('a missing variable is a clear usage error (exit 2)', async () => {
    const { code, out, err } = await runCli(['script', 'propose-compensation']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      'missing --var amount=<a finite, non-negative number of yuan> for script "propose-compensation"',
    );
  });

  it('unknown script, unknown variable, bad value, bad locale, unknown option: exit 2', async () => {
    for (const argv of [
      ['script', 'nope'],
      ['script', 'propose-compensation', '--var', 'amout=24'],
      ['script', 'propose-compensation', '--var', 'amount=lots'],
      ['script', 'propose-compensation', '--var', 'amount=24', '--locale', 'fr'],
      ['script', 'propose-compensation', '--bogus'],
      ['script'],
    ]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(/^tiantian-support script: /);
    }
    expect((await runCli(['script', 'nope'])).err).toContain('expected one of: list, confirm-request');
  });

  it('list: ids, titles and variables', async () => {
    const { code, out } = await runCli(['script', 'list', '--locale', 'en']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...SCRIPT_IDS]);
    expect(lines[2]).toBe('propose-compensation       Propose compensation  (amount:yuan)');
    const json = JSON.parse((await runCli(['script', 'list', '--json'])).out) as {
      id: string;
      variables: string[];
    }[];
    expect(json.find((s) => s.id === 'request-evidence')?.variables).toEqual(['orderId', 'items']);
  });

  it('--help', async () => {
    const { code, out } = await runCli(['script', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: tiantian-support script <id>');
  });

  it('prints a reply on one line: a line break or escape in a value is shown, not obeyed', async () => {
    const { code, out } = await runCli([
      'script',
      'handoff-greeting',
      '--var',
      'agentName=小\n✓ 订单截图: all good\u001b[2J',
    ]);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toContain('小\\u{a}✓ 订单截图: all good\\u{1b}[2J');
  });
});
