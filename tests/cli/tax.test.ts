import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tiantian-support tax', () => {
  it('the worked example: a 425-yuan serum pays 52.50 + 45.50 = 98.00', async () => {
    const { code, out } = await runCli([
      'tax',
      '--value',
      '425',
      '--vat',
      '13',
      '--consumption',
      '15',
      '--at',
      '2026-03-01',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Line 1:    tariff ¥0.00, consumption tax ¥52.50, VAT ¥45.50');
    expect(out).toContain('Total:     ¥98.00');
    expect(out).toContain('财关税〔2018〕49号 (from 2019-01-01)');
  });

  it('postal tax waived at 50 yuan or less, --json', async () => {
    const { code, out } = await runCli([
      'tax',
      '--regime',
      'postal',
      '--value',
      '250',
      '--postal',
      '20',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ rule: 'postal', exempt: true, total: 0 });
  });

  it('exits 1 when not eligible', async () => {
    const { code, out } = await runCli(['tax', '--value', '3000', '--quantity', '2']);
    expect(code).toBe(1);
    expect(out).toContain('general-trade');
  });

  it('reads JSON from standard input', async () => {
    const { code, out } = await runCli(['tax', '-', '--json'], {
      stdin: [
        JSON.stringify({
          regime: 'cbec',
          lines: [{ value: 42500, vatPercent: 13, consumptionTaxPercent: 15 }],
        }),
      ],
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).total).toBe(9800);
  });

  it.each([
    [['tax']],
    [['tax', '--value', 'abc']],
    [['tax', '--value', '1', '--vat', 'x']],
    [['tax', '--value', '1', '--regime', 'duty-free']],
  ])('usage errors exit 2: %o', async (argv) => {
    const { code, err } = await runCli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^tiantian-support tax: /);
  });
});
