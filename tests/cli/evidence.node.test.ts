import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameExclusive } from '../../src/cli/commands/evidence.js';
import { runCli } from './run-cli.js';

/** The evidence command through the real entry (`main`), in-process. */
const run = (argv: string[], options: { isTTY?: boolean } = {}) => runCli(['evidence', ...argv], options);

const ORDER = '1550672064762308113';
const FIXTURES = fileURLToPath(new URL('../fixtures/images/', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiantian-evidence-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const check = (...extra: string[]) =>
  run(['check', dir, '--order', ORDER, '--issue', 'quality-dispute', ...extra]);

describe('tiantian-support evidence check <folder>', () => {
  it('reports a complete case and exits 0', async () => {
    await writeFile(join(dir, `${ORDER}+商品质量争议-1.jpg`), fixture('jpeg.jpg'));
    await writeFile(join(dir, '订单截图.png'), fixture('photo.png'));
    await writeFile(join(dir, '支付凭证.jpg'), fixture('rotated.jpg'));
    await writeFile(join(dir, '商品照片.webp'), fixture('lossy.webp'));
    await writeFile(join(dir, '聊天记录.heic'), fixture('plain.heic'));
    await writeFile(join(dir, '破损特写.avif'), fixture('rotated.avif'));
    const { code, out } = await check('--locale', 'en');
    expect(out).toContain('complete');
    expect(out).toContain(`${ORDER}+商品质量争议-1.jpg`);
    expect(code).toBe(0);
  });

  it('reports an incomplete case and exits 1, with too-small and unreadable pictures', async () => {
    await writeFile(join(dir, 'order.gif'), fixture('small.gif'));
    await writeFile(join(dir, 'payment.jpg'), fixture('truncated.jpg'));
    await writeFile(join(dir, '.DS_Store'), 'ignored');
    const { code, out } = await check();
    expect(code).toBe(1);
    expect(out).toContain('不齐全');
    expect(out).toContain('640×480');
    expect(out).toContain('payment.jpg 无法识别为图片');
    expect(out).not.toContain('.DS_Store');
  });

  it('prints JSON with --json', async () => {
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    await writeFile(join(dir, 'order copy.png'), fixture('photo.png'));
    const { out } = await check('--json');
    const report = JSON.parse(out);
    expect(report.complete).toBe(false);
    expect(report.duplicates).toEqual([
      expect.objectContaining({ file: 'order.png', duplicateOf: 'order copy.png' }),
    ]);
  });

  it('shows progress on stderr for a large folder on a terminal, not otherwise', async () => {
    for (let i = 0; i < 25; i++)
      await writeFile(join(dir, `shot-${String(i).padStart(2, '0')}.png`), fixture('photo.png'));
    const tty = await run(['check', dir, '--order', ORDER, '--issue', 'quality-dispute'], { isTTY: true });
    expect(tty.err).toContain('25/25');
    const pipe = await check();
    expect(pipe.err).toBe('');
  });

  it('--rename shows the suggested names and changes nothing', async () => {
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    const { out } = await check('--rename');
    expect(out).toContain(`order.png → ${ORDER}+商品质量争议.png`);
    expect(await readdir(dir)).toEqual(['order.png']);
  });

  it('--rename --yes renames, keeping the bytes', async () => {
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    await writeFile(join(dir, 'chat.jpg'), fixture('jpeg.jpg'));
    const { out } = await check('--rename', '--yes', '--locale', 'en');
    expect(out).toContain('renamed');
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([`${ORDER}+商品质量争议-1.jpg`, `${ORDER}+商品质量争议-2.png`]);
    expect(await readFile(join(dir, `${ORDER}+商品质量争议-2.png`))).toEqual(fixture('photo.png'));
  });

  it('never suggests a name another file holds, whatever its case', async () => {
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    await writeFile(join(dir, 'chat.png'), fixture('jpeg.jpg'));
    await writeFile(join(dir, `${ORDER}+商品质量争议-1.PNG`), 'other');
    const { out } = await check('--rename', '--yes', '--json');
    const renames = JSON.parse(out).renames;
    expect(renames).toEqual([
      { from: `${ORDER}+商品质量争议-1.PNG`, to: `${ORDER}+商品质量争议-1.png`, outcome: 'renamed' },
      { from: 'chat.png', to: `${ORDER}+商品质量争议-2.png`, outcome: 'renamed' },
      { from: 'order.png', to: `${ORDER}+商品质量争议-3.png`, outcome: 'renamed' },
    ]);
    expect(await readFile(join(dir, `${ORDER}+商品质量争议-1.png`), 'utf8')).toBe('other');
    expect(await readFile(join(dir, `${ORDER}+商品质量争议-3.png`))).toEqual(fixture('photo.png'));
  });

  it('renameExclusive skips, leaving both files alone, when the target appeared after the scan', async () => {
    await writeFile(join(dir, 'order.png'), 'source');
    await writeFile(join(dir, 'taken.png'), 'target');
    expect(await renameExclusive(join(dir, 'order.png'), join(dir, 'taken.png'))).toBe('exists');
    expect(await readFile(join(dir, 'order.png'), 'utf8')).toBe('source');
    expect(await readFile(join(dir, 'taken.png'), 'utf8')).toBe('target');
    expect(await renameExclusive(join(dir, 'order.png'), join(dir, 'free.png'))).toBe('renamed');
    expect((await readdir(dir)).sort()).toEqual(['free.png', 'taken.png']);
  });

  it('lists the renames in --json', async () => {
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    await writeFile(join(dir, 'payment.webp'), fixture('lossy.webp'));
    const { out } = await check('--rename', '--json');
    expect(JSON.parse(out).renames).toEqual([
      { from: 'order.png', to: `${ORDER}+商品质量争议-1.png`, outcome: 'suggested' },
      { from: 'payment.webp', to: `${ORDER}+商品质量争议-2.webp`, outcome: 'suggested' },
    ]);
  });

  it('takes the item from a subfolder named after it, and renames inside that subfolder', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, '订单截图'));
    await mkdir(join(dir, 'payment-proof'));
    await mkdir(join(dir, 'holiday'));
    await writeFile(join(dir, '订单截图', 'IMG_0001.png'), fixture('photo.png'));
    await writeFile(join(dir, 'payment-proof', `${ORDER}+物流延迟-1.jpg`), fixture('jpeg.jpg'));
    await writeFile(join(dir, 'holiday', 'beach.jpg'), fixture('rotated.jpg'));
    const { out } = await run([
      'check',
      dir,
      '--order',
      ORDER,
      '--issue',
      'logistics-delay',
      '--json',
      '--rename',
      '--yes',
    ]);
    const report = JSON.parse(out);
    expect(report.satisfied.map((s: { item: string }) => s.item)).toEqual([
      'order-screenshot',
      'payment-proof',
    ]);
    expect(JSON.stringify(report)).not.toContain('beach.jpg');
    expect(report.renames).toEqual([
      { from: 'IMG_0001.png', to: `${ORDER}+物流延迟-2.png`, outcome: 'renamed' },
    ]);
    expect(await readdir(join(dir, '订单截图'))).toEqual([`${ORDER}+物流延迟-2.png`]);
    // Checked again after renaming: still proven, by the folder.
    const again = JSON.parse(
      (await run(['check', dir, '--order', ORDER, '--issue', 'logistics-delay', '--json'])).out,
    );
    expect(again.satisfied.map((s: { item: string }) => s.item)).toEqual([
      'order-screenshot',
      'payment-proof',
    ]);
    expect(again.misnamed).toEqual([]);
  });

  it('prints file names with control, newline and bidi characters escaped (--json keeps them)', async () => {
    const names = ['\u001b[31mred.jpg', 'a\n✓ 订单截图: all good.jpg', 'x\u202egpj.exe', 'b\u0085c.jpg'];
    for (const name of names) await writeFile(join(dir, name), 'not a picture');
    const { out } = await check();
    for (const raw of ['\u001b', '\u0085', '\u202e']) expect(out).not.toContain(raw);
    expect(out.split('\n').filter((line) => line.startsWith('✓ 订单截图'))).toEqual([]);
    for (const shown of [
      '\\u{1b}[31mred.jpg',
      'a\\u{a}✓ 订单截图: all good.jpg',
      'x\\u{202e}gpj.exe',
      'b\\u{85}c.jpg',
    ]) {
      expect(out).toContain(shown);
    }
    // JSON carries each name exactly (a reader decodes it; nothing reaches a terminal raw but U+202E/U+0085).
    const json = (await check('--json')).out;
    for (const name of names) expect(json).toContain(JSON.stringify(name).slice(1, -1));
  });

  it('more files than one check takes (1,000) is a usage error: exit 2', async () => {
    await Promise.all(Array.from({ length: 1001 }, (_, i) => writeFile(join(dir, `${i}.txt`), '')));
    const { code, err } = await check();
    expect(code).toBe(2);
    expect(err).toContain('At most 1000 files can be checked at once');
  });

  it('says clearly when the folder cannot be read', async () => {
    const { code, err } = await run(['check', join(dir, 'missing'), '--order', ORDER, '--issue', 'feedback']);
    expect(code).toBe(2);
    expect(err).toContain('cannot read the folder');
  });
});

describe('wiring', () => {
  it('main runs the evidence command', async () => {
    // Imported here so the tests above do not depend on the other commands' modules (slow to
    // load on a busy machine: hence the longer timeout).
    const { runCli } = await import('./run-cli.js');
    await writeFile(join(dir, 'order.png'), fixture('photo.png'));
    const { code, out } = await runCli([
      'evidence',
      'check',
      dir,
      '--order',
      ORDER,
      '--issue',
      'logistics-delay',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(out).satisfied).toEqual([
      { item: 'order-screenshot', name: '订单截图', files: ['order.png'] },
    ]);
  }, 30_000);
});
