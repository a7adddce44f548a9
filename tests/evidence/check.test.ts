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

// 核对证据材料: 图片分辨率建议800×600以上; 文件命名格式为“订单号+问题类型”
const Q = `${ORDER}+商品质量争议`;
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
/** FNV-1a 32, written out independently, to show the two test inputs really collide. */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

describe('checkEvidence: every message, in every locale', () => {
  const bytes = png(1200, 900);
  const files: EvidenceFile[] = [
    { name: '1550672064762308114+商品质量争议.png', width: 800, height: 600 },
    { name: 'order.png', bytes },
    { name: 'copy.png', bytes: bytes.slice() },
    { name: 'payment.jpg', bytes: png(1200, 901).subarray(0, 20) },
    { name: 'chat.png', width: 640, height: 480 },
    { name: 'defect.pdf', width: 1200, height: 900, item: 'defect-photos' },
    { name: 'IMG_0001.jpg', width: 1200, height: 900 },
  ];
  const pictures = 'jpg, jpeg, png, webp, heic, heif, avif, gif, bmp';

  it('in English', () => {
    const r = report(files, { locale: 'en' });
    expect(r.messages).toEqual([
      '1550672064762308114+商品质量争议.png belongs to another order (1550672064762308114)',
      `order.png is not named order number + issue type; rename it ${Q}-1.png`,
      'copy.png is the same file as order.png',
      'payment.jpg cannot be read as a picture (corrupt, truncated or unsupported)',
      `payment.jpg is not named order number + issue type; rename it ${Q}-2.jpg`,
      `chat.png is not named order number + issue type; rename it ${Q}-3.png`,
      'chat.png is 640×480; at least 800×600 is needed (long side ≥ 800, short side ≥ 600)',
      `defect.pdf is not named order number + issue type; rename it ${Q}-4.pdf`,
      `defect.pdf is not in a format this item accepts: ${pictures}`,
      `IMG_0001.jpg is not named order number + issue type; rename it ${Q}-5.jpg`,
      'IMG_0001.jpg: say which checklist item it proves',
      'Missing: Payment proof',
      'Missing: Photos of the item',
      'Missing: Chat screenshots',
      'Missing: Close-up photos of the defect',
      'Recommended: Video of the fault',
      'Recommended: Unboxing video',
    ]);
    expect(r.unreadable).toEqual([
      {
        file: 'payment.jpg',
        code: 'truncated',
        message: 'payment.jpg cannot be read as a picture (corrupt, truncated or unsupported)',
      },
    ]);
    expect(r.satisfied).toEqual([
      { item: 'order-screenshot', name: 'Order screenshot', files: ['order.png'] },
    ]);
  });

  it('in Spanish', () => {
    expect(report(files, { locale: 'es' }).messages).toEqual([
      '1550672064762308114+商品质量争议.png pertenece a otro pedido (1550672064762308114)',
      `order.png no sigue «número de pedido + tipo de problema»; renómbrelo ${Q}-1.png`,
      'copy.png es el mismo archivo que order.png',
      'payment.jpg no se puede leer como imagen (dañada, incompleta o no compatible)',
      `payment.jpg no sigue «número de pedido + tipo de problema»; renómbrelo ${Q}-2.jpg`,
      `chat.png no sigue «número de pedido + tipo de problema»; renómbrelo ${Q}-3.png`,
      'chat.png mide 640×480; se necesita al menos 800×600 (lado largo ≥ 800, corto ≥ 600)',
      `defect.pdf no sigue «número de pedido + tipo de problema»; renómbrelo ${Q}-4.pdf`,
      `defect.pdf no tiene un formato aceptado: ${pictures}`,
      `IMG_0001.jpg no sigue «número de pedido + tipo de problema»; renómbrelo ${Q}-5.jpg`,
      'IMG_0001.jpg: indique qué elemento de la lista demuestra',
      'Falta: Comprobante de pago',
      'Falta: Fotos del artículo',
      'Falta: Capturas del chat',
      'Falta: Fotos de cerca del defecto',
      'Recomendado: Vídeo del fallo',
      'Recomendado: Vídeo del desembalaje',
    ]);
  });

  it('in Chinese (the default)', () => {
    expect(report(files).messages).toEqual([
      '1550672064762308114+商品质量争议.png 属于另一个订单(1550672064762308114)',
      `order.png 未按“订单号+问题类型”命名,建议改为 ${Q}-1.png`,
      'copy.png 与 order.png 内容相同',
      'payment.jpg 无法识别为图片(文件损坏、不完整或格式不支持)',
      `payment.jpg 未按“订单号+问题类型”命名,建议改为 ${Q}-2.jpg`,
      `chat.png 未按“订单号+问题类型”命名,建议改为 ${Q}-3.png`,
      'chat.png 分辨率为 640×480,建议至少 800×600(长边≥800,短边≥600)',
      `defect.pdf 未按“订单号+问题类型”命名,建议改为 ${Q}-4.pdf`,
      `defect.pdf 的格式不适用于此项,可用:${pictures}`,
      `IMG_0001.jpg 未按“订单号+问题类型”命名,建议改为 ${Q}-5.jpg`,
      'IMG_0001.jpg 无法判断用于证明哪一项材料,请注明',
      '缺少:支付凭证',
      '缺少:商品实物照片',
      '缺少:聊天记录截屏',
      '缺少:问题部位特写照片',
      '建议补充:故障演示视频',
      '建议补充:开箱视频',
    ]);
  });
});

describe('checkEvidence: a malformed request, exactly', () => {
  it('passes the schema issues through as code, message and path', () => {
    expect(checkEvidence([{ name: 'a.png' }], { ...base, locale: 'fr' as never })).toEqual({
      success: false,
      error: {
        issues: [{ code: 'invalid_value', message: 'Expected a locale: zh-CN, en, es', path: ['locale'] }],
      },
    });
  });

  it('names the unknown item and every item of the checklist', () => {
    expect(checkEvidence([{ name: 'a.png' }, { name: 'b.png', item: 'tracking-screenshot' }], base)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message:
              'item "tracking-screenshot" is not on the quality-dispute checklist; expected one of ' +
              'order-screenshot, payment-proof, item-photos, chat-screenshots, defect-photos, defect-video, unboxing-video',
            path: ['files', 1, 'item'],
          },
        ],
      },
    });
  });
});

describe('checkEvidence: duplicates are the same bytes, not the same hash', () => {
  it('does not call two files of equal length and equal FNV-1a hash duplicates', () => {
    const a = ascii('yaczfa');
    const b = ascii('glbppa');
    expect(fnv1a(a)).toBe(fnv1a(b)); // the precondition: a real collision
    const r = report([
      { name: 'order.pdf', bytes: a },
      { name: 'payment.pdf', bytes: b },
      { name: 'chat.pdf', bytes: ascii('glbppa') },
    ]);
    expect(r.duplicates).toEqual([
      { file: 'chat.pdf', duplicateOf: 'payment.pdf', message: 'chat.pdf 与 payment.pdf 内容相同' },
    ]);
  });
});

describe('checkEvidence: the extension', () => {
  it('is what follows the last dot, spaces around the name ignored', () => {
    expect(report([{ name: 'chat.backup.png', width: 800, height: 600 }]).misnamed).toEqual([
      expect.objectContaining({ suggestedName: `${Q}.png` }),
    ]);
    const r = report([{ name: 'payment.png ', width: 800, height: 600 }]);
    expect(r.misnamed).toEqual([
      expect.objectContaining({ file: 'payment.png ', suggestedName: `${Q}.png` }),
    ]);
    expect(r.satisfied.map((s) => s.item)).toEqual(['payment-proof']);
  });

  it('is unknown for a name without one and no bytes: no suggestion, the item is not proven', () => {
    const r = report([{ name: 'payment', width: 800, height: 600 }]);
    expect(r.misnamed).toEqual([]);
    expect(r.wrongFormat).toEqual([
      {
        file: 'payment',
        item: 'payment-proof',
        message: 'payment 的格式不适用于此项,可用:jpg, jpeg, png, webp, heic, heif, avif, gif, bmp',
      },
    ]);
    expect(r.satisfied).toEqual([]);
  });

  it('comes from the bytes when the name has none', () => {
    const r = report([{ name: 'payment', bytes: png(1200, 900) }]);
    expect(r.misnamed.map((m) => m.suggestedName)).toEqual([`${Q}.png`]);
    expect(r.wrongFormat).toEqual([]);
    expect(r.satisfied.map((s) => s.item)).toEqual(['payment-proof']);
  });

  it("stays the name's own when the bytes are another format", () => {
    const r = report([{ name: 'order.jpg', bytes: png(1200, 900) }]);
    expect(r.misnamed.map((m) => m.suggestedName)).toEqual([`${Q}.jpg`]);
  });

  it('is not required to be readable when the name has none (it may be any kind of file)', () => {
    const r = report([{ name: 'notes', bytes: Uint8Array.from([1, 2, 3, 4]) }]);
    expect(r.unreadable).toEqual([]);
    expect(r.unassigned.map((u) => u.file)).toEqual(['notes']);
  });
});

describe('checkEvidence: the item guessed from the name', () => {
  it('keeps the first item when two keywords of equal length match', () => {
    // 'item' (item-photos) and 'chat' (chat-screenshots) are both 4 letters; item-photos comes
    // first in the checklist, whichever word comes first in the name.
    expect(report([{ name: 'item chat.jpg', width: 800, height: 600 }]).satisfied.map((s) => s.item)).toEqual(
      ['item-photos'],
    );
    expect(report([{ name: 'chat item.jpg', width: 800, height: 600 }]).satisfied.map((s) => s.item)).toEqual(
      ['item-photos'],
    );
    // 'photo' (item-photos) only says the kind and counts half: 'order' (order-screenshot) wins.
    expect(
      report([{ name: 'order photo.jpg', width: 800, height: 600 }]).satisfied.map((s) => s.item),
    ).toEqual(['order-screenshot']);
    expect(
      report([{ name: 'photo order.jpg', width: 800, height: 600 }]).satisfied.map((s) => s.item),
    ).toEqual(['order-screenshot']);
  });

  it('matches an item name written in another case, in English and Spanish', () => {
    // payment-problem: by keywords alone 'payment' (payment-proof) and 'records' (payment-records)
    // tie, and 'pago' is payment-proof's; the whole name of payment-records wins.
    for (const name of ['Payment Records.png', 'PAYMENT RECORDS.png', 'REGISTRO DE PAGOS.png']) {
      const r = report([{ name, width: 800, height: 600 }], { issueType: 'payment-problem' });
      expect(
        r.satisfied.map((s) => s.item),
        name,
      ).toEqual(['payment-records']);
    }
  });

  it('takes the longer of two whole item names', () => {
    // 聊天记录截屏 (chat-screenshots, 6) and 订单截图 (order-screenshot, 4), in either order.
    for (const name of ['订单截图 聊天记录截屏.png', '聊天记录截屏 订单截图.png']) {
      expect(
        report([{ name, width: 800, height: 600 }]).satisfied.map((s) => s.item),
        name,
      ).toEqual(['chat-screenshots']);
    }
  });

  it.each([
    // 故障演示视频 is the whole name of the defect-video item; 故障 alone is a keyword of the photos.
    ['故障演示视频.mp4', 'defect-video'],
    ['开箱视频.mp4', 'unboxing-video'],
    ['开箱录像.mov', 'unboxing-video'],
    ['unboxing video.mp4', 'unboxing-video'],
    ['故障录像.mp4', 'defect-video'],
    ['破损视频.mp4', 'defect-video'],
    ['Video of the fault.webm', 'defect-video'],
    ['问题部位特写照片.jpg', 'defect-photos'],
    ['故障.jpg', 'defect-photos'],
  ])(
    '%s proves %s (an item named in full wins; a video is never a photo; 视频 says only the kind)',
    (name, item) => {
      const r = report([{ name, width: 800, height: 600 }]);
      expect(r.satisfied.map((s) => s.item)).toEqual([item]);
      expect(r.wrongFormat).toEqual([]);
    },
  );

  it('takes the longest keyword', () => {
    // '商品照片' (item-photos, 4) is longer than '订单' (order-screenshot, 2).
    expect(
      report([{ name: '订单商品照片.jpg', width: 800, height: 600 }]).satisfied.map((s) => s.item),
    ).toEqual(['item-photos']);
  });
});

describe('checkEvidence: suggested names', () => {
  it('skip a sequence taken by a file of another extension', () => {
    const r = report([
      { name: `${Q}-1.jpg`, width: 800, height: 600, item: 'order-screenshot' },
      { name: 'payment.png', width: 800, height: 600 },
    ]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([['payment.png', `${Q}-2.png`]]);
  });

  it('skip a sequence taken by a conventional name without an extension', () => {
    const r = report([
      { name: 'payment.png', width: 800, height: 600 },
      { name: `${Q}-1`, width: 800, height: 600, item: 'order-screenshot' },
    ]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([['payment.png', `${Q}-2.png`]]);
  });

  it('give a single file the plain name, even when it is its own name without the extension', () => {
    const r = report([{ name: Q, bytes: png(1200, 900), item: 'order-screenshot' }]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([[Q, `${Q}.png`]]);
  });

  it('tidy a name to its own sequence unless another file holds it', () => {
    const r = report([
      { name: `${Q}-1.png`, width: 800, height: 600, item: 'order-screenshot' },
      { name: `${ORDER}_quality dispute(1).png`, width: 800, height: 600, item: 'payment-proof' },
    ]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([
      [`${ORDER}_quality dispute(1).png`, `${Q}-2.png`],
    ]);
  });

  it('tidy a name whose only fault is its case to its own sequence', () => {
    const r = report([
      { name: `${Q}-1.PNG`, width: 800, height: 600, item: 'order-screenshot' },
      { name: `${Q}-2.png`, width: 800, height: 600, item: 'payment-proof' },
    ]);
    expect(r.misnamed.map((m) => [m.file, m.suggestedName])).toEqual([[`${Q}-1.PNG`, `${Q}-1.png`]]);
  });
});

describe('checkEvidence: files of another order', () => {
  it('are guessed from a run of digits only for order numbers of 10 digits or more', () => {
    const nine = report([{ name: 'order 987654321.png', width: 800, height: 600 }], { orderId: '123456789' });
    expect(nine.otherOrder).toEqual([]);
    expect(nine.satisfied.map((s) => s.item)).toEqual(['order-screenshot']);
    const ten = report([{ name: 'order 0987654321.png', width: 800, height: 600 }], {
      orderId: '1234567890',
    });
    expect(ten.otherOrder).toEqual([
      {
        file: 'order 0987654321.png',
        orderId: '0987654321',
        message: 'order 0987654321.png 属于另一个订单(0987654321)',
      },
    ]);
  });

  it('are not guessed from a name without digits, nor from this order number itself', () => {
    const noDigits = report([{ name: 'payment.png', width: 800, height: 600 }], {
      orderId: '1234567890123456',
    });
    expect(noDigits.otherOrder).toEqual([]);
    const own = report([{ name: `订单${ORDER}截图.png`, width: 800, height: 600 }]);
    expect(own.otherOrder).toEqual([]);
    expect(own.satisfied.map((s) => s.item)).toEqual(['order-screenshot']);
  });
});

describe('checkEvidence: the size', () => {
  it('is known from width and height together, not from one of them', () => {
    const both = report([{ name: 'order.png', width: 640, height: 480 }]);
    expect(both.tooSmall).toEqual([expect.objectContaining({ file: 'order.png', width: 640, height: 480 })]);
    expect(both.satisfied).toEqual([]);
    for (const half of [{ width: 100 }, { height: 100 }]) {
      const r = report([{ name: 'order.png', ...half }]);
      expect(r.tooSmall).toEqual([]);
      expect(r.satisfied.map((s) => s.item)).toEqual(['order-screenshot']);
    }
  });

  it('does not matter for a video or a PDF, but does for an unassigned picture', () => {
    const video = report([{ name: 'defect.png', width: 100, height: 100, item: 'defect-video' }]);
    expect(video.tooSmall).toEqual([]);
    expect(video.wrongFormat.map((w) => w.item)).toEqual(['defect-video']);
    const pdf = report([{ name: 'invoice.pdf', width: 100, height: 100 }], { issueType: 'customs-blocked' });
    expect(pdf.tooSmall).toEqual([]);
    expect(pdf.satisfied.map((s) => s.item)).toEqual(['purchase-invoice']);
    const unassigned = report([{ name: 'IMG_0001.png', width: 100, height: 100 }]);
    expect(unassigned.tooSmall.map((t) => t.file)).toEqual(['IMG_0001.png']);
    expect(unassigned.unassigned.map((u) => u.file)).toEqual(['IMG_0001.png']);
  });
});

describe('checkEvidence: satisfied items', () => {
  it('list every usable file of the item, in order', () => {
    const r = report(
      [
        { name: `${Q}-1.png`, width: 800, height: 600, item: 'item-photos' },
        { name: `${Q}-2.png`, width: 100, height: 100, item: 'item-photos' },
        { name: `${Q}-3.png`, width: 1200, height: 900, item: 'item-photos' },
      ],
      { locale: 'en' },
    );
    expect(r.satisfied).toEqual([
      { item: 'item-photos', name: 'Photos of the item', files: [`${Q}-1.png`, `${Q}-3.png`] },
    ]);
    expect(r.complete).toBe(false);
  });
});
