import { describe, expect, it } from 'vitest';
import { checkEvidence, type EvidenceFile, type EvidenceReport } from '../../src/evidence/index.js';
import { gif, jpeg, png } from './build-images.js';

const ORDER = '1550672064762308113';
const base = { issueType: 'quality-dispute', orderId: ORDER } as const;

function report(
  files: EvidenceFile[],
  options: Partial<Parameters<typeof checkEvidence>[1]> = {},
): EvidenceReport {
  const result = checkEvidence(files, { ...base, ...options });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

const big = (seed: number) => {
  const bytes = png(1200, 900 + seed); // distinct bytes per seed
  return bytes;
};

describe('checkEvidence', () => {
  it('is complete when every required item has a usable file, each named in the convention', () => {
    const files: EvidenceFile[] = [
      { name: `${ORDER}+商品质量争议-1.png`, bytes: big(1), item: 'order-screenshot' },
      { name: `${ORDER}+商品质量争议-2.png`, bytes: big(2), item: 'payment-proof' },
      { name: `${ORDER}+商品质量争议-3.png`, bytes: big(3), item: 'item-photos' },
      { name: `${ORDER}+商品质量争议-4.png`, bytes: big(4), item: 'chat-screenshots' },
      { name: `${ORDER}+商品质量争议-5.jpg`, width: 900, height: 1200, item: 'defect-photos' },
    ];
    const r = report(files);
    expect(r.complete).toBe(true);
    expect(r.satisfied.map((s) => s.item)).toEqual([
      'order-screenshot',
      'payment-proof',
      'item-photos',
      'chat-screenshots',
      'defect-photos',
    ]);
    expect(r.missing.every((m) => !m.required)).toBe(true);
    expect(r.misnamed).toEqual([]);
  });

  it('lists what is missing, required first, in the locale asked', () => {
    const r = report([{ name: '订单截图.png', width: 1080, height: 1920 }], { locale: 'en' });
    expect(r.complete).toBe(false);
    expect(r.satisfied.map((s) => s.item)).toEqual(['order-screenshot']);
    expect(r.missing.filter((m) => m.required).map((m) => m.item)).toEqual([
      'payment-proof',
      'item-photos',
      'chat-screenshots',
      'defect-photos',
    ]);
    expect(r.missing[0]?.message).toBe('Missing: Payment proof');
    const zh = report([], { locale: 'zh-CN' });
    expect(zh.missing[0]?.message).toBe('缺少:订单截图');
    const es = report([], { locale: 'es' });
    expect(es.missing[0]?.message).toBe('Falta: Captura del pedido');
  });

  it('guesses the item from words in the name, in any locale', () => {
    const r = report([
      { name: '支付凭证.png', width: 800, height: 600 },
      { name: 'Chat with seller.PNG', width: 800, height: 600 },
      { name: 'foto del producto.jpg', width: 800, height: 600 },
      { name: 'IMG_0001.jpg', width: 800, height: 600 },
    ]);
    expect(r.satisfied.map((s) => s.item)).toEqual(['payment-proof', 'item-photos', 'chat-screenshots']);
    expect(r.unassigned.map((u) => u.file)).toEqual(['IMG_0001.jpg']);
  });

  it('flags pictures under 800×600, measured from the bytes, either way up', () => {
    const r = report([
      { name: 'order.png', bytes: png(640, 480) },
      { name: 'payment.png', bytes: png(600, 800) },
      { name: 'chat.gif', bytes: gif(800, 599) },
    ]);
    expect(r.tooSmall.map((t) => [t.file, t.width, t.height])).toEqual([
      ['order.png', 640, 480],
      ['chat.gif', 800, 599],
    ]);
    expect(r.tooSmall[0]?.message).toContain('640×480');
    expect(r.satisfied.map((s) => s.item)).toEqual(['payment-proof']);
  });

  it('reads the rotated phone photo upright and accepts it', () => {
    const r = report([{ name: 'defect.jpg', bytes: jpeg(1200, 900, { orientation: 6 }) }]);
    expect(r.tooSmall).toEqual([]);
    expect(r.satisfied.map((s) => s.item)).toEqual(['defect-photos']);
  });

  it('reports unreadable pictures, which prove nothing', () => {
    const r = report([{ name: 'order.jpg', bytes: png(1200, 900).subarray(0, 20) }], { locale: 'en' });
    expect(r.unreadable).toEqual([expect.objectContaining({ file: 'order.jpg', code: 'truncated' })]);
    expect(r.satisfied).toEqual([]);
  });

  it('suggests the conventional name for misnamed files, unique and not clashing with existing names', () => {
    const r = report([
      { name: `${ORDER}+商品质量争议-1.png`, width: 800, height: 600, item: 'order-screenshot' },
      { name: 'payment.PNG', width: 800, height: 600 },
      { name: 'chat.jpeg', width: 800, height: 600 },
      { name: `${ORDER}_quality dispute(7).JPG`, width: 800, height: 600, item: 'item-photos' },
    ]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([
      ['payment.PNG', `${ORDER}+商品质量争议-2.png`],
      ['chat.jpeg', `${ORDER}+商品质量争议-3.jpeg`],
      [`${ORDER}_quality dispute(7).JPG`, `${ORDER}+商品质量争议-7.jpg`],
    ]);
    expect(r.misnamed[0]?.message).toContain('订单号+问题类型');
  });

  it('suggests the plain name, without a sequence, for a single file', () => {
    const r = report([{ name: 'payment.png', width: 800, height: 600 }]);
    expect(r.misnamed[0]?.suggestedName).toBe(`${ORDER}+商品质量争议.png`);
  });

  it('renames a file named for another issue of the same order', () => {
    const r = report([{ name: `${ORDER}+物流延迟.png`, width: 800, height: 600, item: 'order-screenshot' }]);
    expect(r.misnamed.map((m) => m.suggestedName)).toEqual([`${ORDER}+商品质量争议.png`]);
  });

  it('finds duplicates by their bytes, whatever their names', () => {
    const bytes = png(1200, 900);
    const r = report([
      { name: 'order.png', bytes },
      { name: 'copy of order.png', bytes: bytes.slice() },
      { name: 'payment.png', bytes: png(1200, 901) },
    ]);
    expect(r.duplicates.map((d) => [d.file, d.duplicateOf])).toEqual([['copy of order.png', 'order.png']]);
  });

  it('does not call files of equal length and hash-colliding prefix duplicates when bytes differ', () => {
    const a = png(1200, 900);
    const b = a.slice();
    b[b.length - 1] = 1;
    expect(
      report([
        { name: 'order.png', bytes: a },
        { name: 'chat.png', bytes: b },
      ]).duplicates,
    ).toEqual([]);
  });

  it('sets aside files of another order', () => {
    const r = report([
      { name: '1550672064762308114+商品质量争议.png', width: 800, height: 600, item: 'order-screenshot' },
      { name: '订单1550672064762308999截图.png', width: 800, height: 600 },
    ]);
    expect(r.otherOrder.map((o) => o.orderId)).toEqual(['1550672064762308114', '1550672064762308999']);
    expect(r.satisfied).toEqual([]);
  });

  it('flags a format the item does not accept', () => {
    const r = report([
      { name: 'defect.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), item: 'defect-photos' },
    ]);
    expect(r.wrongFormat.map((w) => w.item)).toEqual(['defect-photos']);
    expect(r.satisfied).toEqual([]);
  });

  it('accepts a PDF invoice for customs without measuring it', () => {
    const r = report([{ name: 'invoice.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }], {
      issueType: 'customs-blocked',
    });
    expect(r.satisfied.map((s) => s.item)).toEqual(['purchase-invoice']);
    expect(r.unreadable).toEqual([]);
  });

  it('collects every message in the report', () => {
    const r = report([{ name: 'chat.png', bytes: png(100, 100) }]);
    expect(r.messages).toEqual(
      expect.arrayContaining([
        r.tooSmall[0]!.message,
        r.misnamed[0]!.message,
        ...r.missing.map((m) => m.message),
      ]),
    );
  });

  it('refuses a malformed request with issues, never a throw', () => {
    const cases: [unknown, unknown][] = [
      [[{ name: 'a.png' }], { issueType: 'quality-dispute', orderId: Number('1550672064762308113') }],
      [[{ name: 'a.png' }], { issueType: 'weather', orderId: ORDER }],
      ['not an array', base],
      [[{ name: '' }], base],
      [[{ name: 'a.png', width: -1 }], base],
      [[{ name: 'a.png', bytes: [1, 2, 3] }], base],
      [[{ name: 'a.png', item: 'tracking-screenshot' }], base],
      [[{ name: 'a.png' }], null],
      [[{ name: 'a.png' }], { ...base, locale: 'fr' }],
    ];
    for (const [files, options] of cases) {
      const result = checkEvidence(files as EvidenceFile[], options as never);
      expect(result.success, JSON.stringify([files, options])).toBe(false);
    }
    const unknownItem = checkEvidence([{ name: 'a.png', item: 'tracking-screenshot' }], base);
    expect(unknownItem.success ? null : unknownItem.error.issues[0]?.path).toEqual(['files', 0, 'item']);
  });
});
