import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EvidenceFileName,
  formatEvidenceFileName,
  isPortableFileName,
  issueTypeFromLabel,
  parseEvidenceFileName,
  safeFormatEvidenceFileName,
  utf8ByteLength,
} from '../../src/evidence/index.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from '../../src/shared/issue-types.js';

const ORDER = '1550672064762308113';

/** An independent check of what Windows, macOS and Linux accept as a file name. */
function validEverywhere(name: string): boolean {
  const bytes = [...name].reduce((sum, ch) => {
    const cp = ch.codePointAt(0)!;
    return sum + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  }, 0);
  const stem = name.split('.')[0]!.toUpperCase();
  const reserved = [
    'CON',
    'PRN',
    'AUX',
    'NUL',
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`]),
  ];
  return (
    bytes <= 255 &&
    !/[<>:"/\\|?*]/.test(name) &&
    ![...name].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127) &&
    !/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(name) &&
    !reserved.includes(stem) &&
    !/[. ]$/.test(name) &&
    name !== '' &&
    name !== '.' &&
    name !== '..'
  );
}

const parts = fc.record(
  {
    orderId: fc.stringMatching(/^[0-9]{6,32}$/),
    issueType: fc.constantFrom(...ISSUE_TYPES),
    extension: fc.stringMatching(/^[a-z0-9]{1,10}$/),
    sequence: fc.integer({ min: 1, max: 9999 }),
  },
  { requiredKeys: ['orderId', 'issueType', 'extension'] },
);

describe('formatEvidenceFileName: 文件命名格式为“订单号+问题类型”', () => {
  it('writes the order number, +, the Chinese issue label and the extension', () => {
    expect(formatEvidenceFileName({ orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg' })).toBe(
      '1550672064762308113+商品质量争议.jpg',
    );
    expect(
      formatEvidenceFileName({ orderId: ORDER, issueType: 'quality-dispute', extension: 'JPG', sequence: 2 }),
    ).toBe('1550672064762308113+商品质量争议-2.jpg');
  });

  it('uses the shared zh-CN label of every issue type', () => {
    for (const issueType of ISSUE_TYPES) {
      const name = formatEvidenceFileName({ orderId: ORDER, issueType, extension: 'png' });
      expect(name).toBe(`${ORDER}+${ISSUE_TYPE_LABELS[issueType]['zh-CN']}.png`);
    }
  });

  it('refuses a number as order id, saying why', () => {
    const call = () =>
      formatEvidenceFileName({
        orderId: Number('1550672064762308113') as unknown as string,
        issueType: 'quality-dispute',
        extension: 'jpg',
      });
    expect(call).toThrow(/string of digits.*2\^53/);
    try {
      call();
    } catch (error) {
      expect(isTiantianError(error, 'invalid_argument')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['orderId']);
    }
  });

  it.each([
    [{ orderId: '12345', issueType: 'quality-dispute', extension: 'jpg' }, 'orderId'],
    [{ orderId: '１５５０６７２０６４', issueType: 'quality-dispute', extension: 'jpg' }, 'orderId'],
    [{ orderId: ORDER, issueType: 'weather', extension: 'jpg' }, 'issueType'],
    [{ orderId: ORDER, issueType: 'quality-dispute', extension: '.jpg' }, 'extension'],
    [{ orderId: ORDER, issueType: 'quality-dispute', extension: 'jpeg-2000x' }, 'extension'],
    [{ orderId: ORDER, issueType: 'quality-dispute', extension: 'a/b' }, 'extension'],
    [{ orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg', sequence: 0 }, 'sequence'],
    [{ orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg', sequence: 1.5 }, 'sequence'],
  ])('throws for %j at %s', (input, path) => {
    expect(() => formatEvidenceFileName(input as EvidenceFileName)).toThrow(
      expect.objectContaining({ path: [path] }),
    );
    const safe = safeFormatEvidenceFileName(input);
    expect(safe.success ? null : safe.error.issues[0]?.path).toEqual([path]);
  });

  it('narrows the order number length with orderIdLength, and refuses a bad range', () => {
    const strict = { orderIdLength: { min: 19, max: 19 } };
    expect(
      formatEvidenceFileName({ orderId: ORDER, issueType: 'feedback', extension: 'png' }, strict),
    ).toContain(ORDER);
    expect(() =>
      formatEvidenceFileName({ orderId: '123456789', issueType: 'feedback', extension: 'png' }, strict),
    ).toThrow(/19 ASCII digits/);
    expect(() =>
      formatEvidenceFileName(
        { orderId: ORDER, issueType: 'feedback', extension: 'png' },
        { orderIdLength: { min: 5, max: 2 } },
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid_configuration' }));
  });

  it('property: every formatted name is valid on Windows, macOS and Linux', () => {
    fc.assert(
      fc.property(parts, (x) => {
        const name = formatEvidenceFileName(x);
        expect(validEverywhere(name)).toBe(true);
        expect(isPortableFileName(name)).toBe(true);
      }),
    );
  });

  it('property: parse(format(x)).data equals x (no sequence key when none)', () => {
    fc.assert(
      fc.property(parts, (x) => {
        // fc.record builds null-prototype objects: compare with a plain copy.
        const result = parseEvidenceFileName(formatEvidenceFileName(x));
        expect(result).toStrictEqual({ success: true, data: { ...x } });
        expect(result.success && 'sequence' in result.data).toBe('sequence' in x);
      }),
    );
  });
});

describe('parseEvidenceFileName forgives what people type', () => {
  it.each([
    ['1550672064762308113+商品质量争议.jpg', undefined],
    ['1550672064762308113＋商品质量争议.JPG', undefined],
    ['１５５０６７２０６４７６２３０８１１３＋商品质量争议.jpg', undefined],
    ['1550672064762308113_商品质量争议.jpg', undefined],
    ['1550672064762308113-商品质量争议.jpg', undefined],
    ['1550672064762308113 商品质量争议.jpg', undefined],
    ['1550672064762308113+Quality Dispute.jpg', undefined],
    ['1550672064762308113+disputa de calidad.jpg', undefined],
    ['1550672064762308113+quality-dispute.jpg', undefined],
    ['1550672064762308113+QUALITY_DISPUTE.jpg', undefined],
    ['1550672064762308113+商品质量争议-3.jpg', 3],
    ['1550672064762308113+商品质量争议(3).jpg', 3],
    ['1550672064762308113+商品质量争议（3）.jpg', 3],
    ['1550672064762308113+商品质量争议_3.jpg', 3],
    ['1550672064762308113+quality-dispute 03.jpg', 3],
  ])('%s', (name, sequence) => {
    const expected = { orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg' };
    expect(parseEvidenceFileName(name)).toStrictEqual({
      success: true,
      data: sequence === undefined ? expected : { ...expected, sequence },
    });
  });

  it('tells labels whose own words contain - or digits apart from a sequence', () => {
    expect(parseEvidenceFileName('123456+paid-not-shipped-2.png')).toStrictEqual({
      success: true,
      data: { orderId: '123456', issueType: 'paid-not-shipped', extension: 'png', sequence: 2 },
    });
  });

  it.each([
    ['商品质量争议.jpg', 'orderId'],
    ['1550672064762308113+商品质量争议', 'extension'],
    ['1550672064762308113+商品质量争议.', 'extension'],
    ['1550672064762308113+天气.jpg', 'issueType'],
    ['12345+商品质量争议.jpg', 'orderId'],
    ['1550672064762308113+商品质量争议-0.jpg', 'issueType'],
    ['', undefined],
  ])('refuses %j', (name, field) => {
    const result = parseEvidenceFileName(name);
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues[0]?.path).toEqual([field]);
  });

  it('applies orderIdLength', () => {
    expect(
      parseEvidenceFileName('123456789+物流延迟.png', { orderIdLength: { min: 19, max: 19 } }).success,
    ).toBe(false);
    expect(
      parseEvidenceFileName(`${ORDER}+物流延迟.png`, { orderIdLength: { min: 19, max: 19 } }).success,
    ).toBe(true);
  });

  it('never returns a number for an order id beyond 2^53', () => {
    const result = parseEvidenceFileName('9999999999999999999+物流延迟.png');
    expect(result.success && result.data.orderId).toBe('9999999999999999999');
  });
});

describe('isPortableFileName and utf8ByteLength', () => {
  it.each([
    'CON',
    'con.txt',
    'NUL.tar.gz',
    'COM1.jpg',
    'lpt9',
    'a<b.jpg',
    'a:b.jpg',
    'a"b',
    'a/b',
    'a\\b',
    'a|b',
    'a?b',
    'a*b',
    'tab\there',
    'name.',
    'name ',
    '',
    '.',
    '..',
    'photo\u202egpj.exe',
    'a\u2066b',
    'x\u200ey',
    'x\u061cy',
    `${'订'.repeat(85)}.jpg`,
  ])('refuses %j', (name) => {
    expect(isPortableFileName(name)).toBe(false);
  });

  it('accepts ordinary names up to 255 bytes', () => {
    expect(isPortableFileName('CONSOLE.txt')).toBe(true);
    expect(isPortableFileName(`${'订'.repeat(83)}.jpg`)).toBe(true); // 249 + 4 bytes
  });

  it('counts UTF-8 bytes like an encoder', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('订')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800')).toBe(3);
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 })
          .map((units) => String.fromCharCode(...units)),
        (text) => {
          expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
        },
      ),
    );
  });
});

describe('issueTypeFromLabel', () => {
  it('knows every label in every locale and every id', () => {
    for (const id of ISSUE_TYPES) {
      expect(issueTypeFromLabel(id)).toBe(id);
      for (const label of Object.values(ISSUE_TYPE_LABELS[id])) expect(issueTypeFromLabel(label)).toBe(id);
      expect(issueTypeFromLabel(ISSUE_TYPE_LABELS[id].en.toUpperCase())).toBe(id);
    }
    expect(issueTypeFromLabel('weather')).toBeUndefined();
  });
});
