import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tiantian-support price', () => {
  it('prices flags: lines, a platform 满减 and a coupon, with each line’s payable', async () => {
    const { code, out } = await runCli([
      'price',
      '--line',
      'A:s1:200',
      '--line',
      'B:s1:100',
      '--threshold',
      '300-30',
      '--coupon',
      '0-5',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Payable:  ¥265.00');
    expect(out).toContain('threshold-1: −¥30.00');
    expect(out).toContain('A: ¥200.00 → ¥176.67');
    expect(out).toContain('B: ¥100.00 → ¥88.33');
  });

  it('explains a skipped offer', async () => {
    const { out } = await runCli(['price', '--line', 'A:s1:287.50', '--threshold', '300-30']);
    expect(out).toContain('threshold-1 (below-threshold): ¥12.50 short of the ¥300.00 threshold');
  });

  it('reads JSON (amounts in fen, dates as ISO strings) and --best, --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tts-price-'));
    const file = join(dir, 'cart.json');
    writeFileSync(
      file,
      JSON.stringify({
        order: { lines: [{ sku: 'A', shopId: 's1', unitPrice: 30500, quantity: 1 }] },
        offers: [
          {
            id: 'item-coupon',
            kind: 'coupon',
            scope: { level: 'item', skus: ['A'] },
            threshold: 0,
            off: 1000,
          },
          {
            id: 'platform-300',
            kind: 'threshold',
            scope: { level: 'platform' },
            threshold: 30000,
            off: 5000,
            validTo: '2026-12-31T23:59:59+08:00',
          },
        ],
      }),
    );
    const { code, out } = await runCli(['price', file, '--best', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      offerIds: ['platform-300'],
      method: 'exhaustive',
      result: { payable: 25500 },
    });
  });

  it('reads standard input with -', async () => {
    const { code, out } = await runCli(['price', '-', '--json'], {
      stdin: [
        JSON.stringify({
          order: { lines: [{ sku: 'A', shopId: 's', unitPrice: 1000, quantity: 3 }] },
          offers: [{ id: 'c', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 1000 }],
        }),
      ],
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).lines.map((l: { payable: number }) => l.payable)).toEqual([2000]);
  });

  it.each([
    [['price', '--line', 'A:s1:12.345']],
    [['price', '--line', 'A:s1:10', '--threshold', '300']],
    [['price']],
    [['price', '--line', 'A:s1:10', '--discount', '101']],
    [['price', '--nope']],
  ])('usage errors exit 2: %o', async (argv) => {
    const { code, err } = await runCli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^tiantian-support price: /);
  });

  it('invalid JSON offers exit 2 with the issue’s path', async () => {
    const { code, err } = await runCli(['price', '-'], {
      stdin: [
        JSON.stringify({
          order: { lines: [] },
          offers: [{ id: 'x', kind: 'cashback', scope: { level: 'platform' } }],
        }),
      ],
    });
    expect(code).toBe(2);
    expect(err).toContain('offers.0.kind: kind must be one of threshold, every, tiers, discount, coupon');
  });

  it('--help', async () => {
    const { code, out } = await runCli(['price', '--help']);
    expect([code, out.startsWith('Usage: tiantian-support price')]).toEqual([0, true]);
  });
});
