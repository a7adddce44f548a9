import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ORDER_ID_LENGTH,
  type EvidenceFileName,
  formatEvidenceFileName,
  isPortableFileName,
  issueTypeFromLabel,
  MAX_EVIDENCE_SEQUENCE,
  parseEvidenceFileName,
  safeFormatEvidenceFileName,
  utf8ByteLength,
} from '../../src/evidence/index.js';
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
    expect(call).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['orderId'],
        message: expect.stringMatching(/string of digits.*2\^53/),
      }),
    );
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
    ['1550672064762308113+商品质量争议-000003.jpg', 3],
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
    // A sequence has at most six digits, zero-padded or not: a longer run is read as part of the label.
    ['1550672064762308113+商品质量争议-0000003.jpg', 'issueType'],
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
    // Lone surrogates (no UTF-8 form), C1 controls, CONIN$/CONOUT$, COM0, a space before the extension.
    'a\ud800b.jpg',
    'a\udc00.jpg',
    '\udbff',
    'a\u0085b.jpg',
    'a\u0080.jpg',
    'a\u009f.jpg',
    'CONIN$',
    'conout$.txt',
    'COM0.txt',
    'CON .txt',
    'nul  .tar.gz',
  ])('refuses %j', (name) => {
    expect(isPortableFileName(name)).toBe(false);
  });

  it('accepts ordinary names up to 255 bytes', () => {
    expect(isPortableFileName('CONSOLE.txt')).toBe(true);
    expect(isPortableFileName('CONIN.txt')).toBe(true);
    expect(isPortableFileName('CON x.txt')).toBe(true);
    expect(isPortableFileName('a\u00a0b😀.jpg')).toBe(true); // U+00A0 is past the C1 block; a surrogate pair is whole
    expect(isPortableFileName(`${'订'.repeat(83)}.jpg`)).toBe(true); // 249 + 4 bytes
  });

  it('refuses a name longer than 255 UTF-16 units by its length, before any pattern scans it', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(isPortableFileName('a'.repeat(10_000_000))).toBe(false);
      expect(isPortableFileName(`${'😀'.repeat(128)}`)).toBe(false); // 256 units
      expect(test).not.toHaveBeenCalled();
    } finally {
      test.mockRestore();
    }
    expect(isPortableFileName('a'.repeat(255))).toBe(true);
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

// 文件命名格式为“订单号+问题类型”
const QD = { orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg' } as const;
/** The error `fn` throws (fails the test when it does not throw). */
const failure = (code: string, message: string, path: readonly PropertyKey[]) => ({
  success: false,
  error: { issues: [{ code, message, path }] },
});

describe('utf8ByteLength at every boundary of the encoding', () => {
  it.each([
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['\ud7ff', 3],
    ['\ud800\udc00', 4], // lowest pair
    ['\udbff\udfff', 4], // highest pair
    ['\ud800\udbff', 6], // a high surrogate then another high one: two lone surrogates
    ['\ud800\ue000', 6], // a high surrogate then U+E000 (not a low surrogate)
    ['\ud800\udbff\udc00', 7], // lone high, then a pair
    ['\udc00\udc00', 6], // two lone low surrogates
    ['\udfff\ud800', 6],
    ['中\udc00', 6], // a BMP character then a lone low surrogate
    ['\ud800', 3], // a lone high surrogate at the end
    ['a\ud800', 4],
    ['\ufffd', 3],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });
});

describe('isPortableFileName: each rule on both sides', () => {
  it('accepts a space inside a name (0x20 is not a control character) but refuses DEL and C1 (0x7f–0x9f)', () => {
    expect(isPortableFileName('a b.jpg')).toBe(true);
    expect(isPortableFileName('a\u001fb.jpg')).toBe(false);
    expect(isPortableFileName('a\u007fb.jpg')).toBe(false);
    expect(isPortableFileName('a\u0080b.jpg')).toBe(false);
    expect(isPortableFileName('a\u009fb.jpg')).toBe(false);
    expect(isPortableFileName('a\u00a0b.jpg')).toBe(true);
  });

  it('accepts exactly 255 UTF-8 bytes and refuses 256', () => {
    const at = (bytes: number) => `${'a'.repeat(bytes - 4)}.jpg`;
    expect(isPortableFileName(at(255))).toBe(true);
    expect(isPortableFileName(at(256))).toBe(false);
    // 84 × 3 + 3 = 255 bytes in 87 characters
    expect(isPortableFileName(`${'订'.repeat(84)}.jp`)).toBe(true);
    expect(isPortableFileName(`${'订'.repeat(84)}.jpg`)).toBe(false);
  });

  it('refuses what is not a string, never throwing', () => {
    for (const value of [undefined, null, 42, ['a.jpg'], { length: 3 }]) {
      expect(isPortableFileName(value as never)).toBe(false);
    }
  });

  it('accepts names that merely start with dots', () => {
    expect(isPortableFileName('.gitignore')).toBe(true);
    expect(isPortableFileName('..a')).toBe(true);
  });
});

describe('orderIdLength: the accepted range 1 <= min <= max <= 64', () => {
  const format = (min: number, max: number) => () =>
    formatEvidenceFileName({ ...QD, orderId: '1234567' }, { orderIdLength: { min, max } });

  it.each([
    [1.5, 10, 'number 1.5..number 10'],
    [1, 10.5, 'number 1..number 10.5'],
    [0, 10, 'number 0..number 10'],
    [1, 65, 'number 1..number 65'],
    [8, 7, 'number 8..number 7'],
    [Number.NaN, 10, 'number NaN..number 10'],
  ])('refuses min %s, max %s as invalid_configuration on path orderIdLength', (min, max, got) => {
    for (const call of [
      format(min, max),
      () => safeFormatEvidenceFileName(QD, { orderIdLength: { min, max } }),
      () => parseEvidenceFileName(`${ORDER}+商品质量争议.jpg`, { orderIdLength: { min, max } }),
    ]) {
      expect(call).toThrowError(
        expect.objectContaining({
          code: 'invalid_configuration',
          path: ['orderIdLength'],
          message: `orderIdLength must be whole numbers with 1 <= min <= max <= 64, got ${got}`,
        }),
      );
    }
  });

  it('accepts the bounds themselves: min 1 and max 64', () => {
    expect(format(1, 64)()).toBe('1234567+商品质量争议.jpg');
    expect(formatEvidenceFileName({ ...QD, orderId: '7' }, { orderIdLength: { min: 1, max: 1 } })).toBe(
      '7+商品质量争议.jpg',
    );
    const long = '9'.repeat(64);
    expect(formatEvidenceFileName({ ...QD, orderId: long }, { orderIdLength: { min: 64, max: 64 } })).toBe(
      `${long}+商品质量争议.jpg`,
    );
  });

  it('defaults to 6 to 32 digits', () => {
    expect(DEFAULT_ORDER_ID_LENGTH).toEqual({ min: 6, max: 32 });
    expect(safeFormatEvidenceFileName({ ...QD, orderId: '9'.repeat(32) }).success).toBe(true);
    expect(safeFormatEvidenceFileName({ ...QD, orderId: '123456' }).success).toBe(true);
  });
});

describe('safeFormatEvidenceFileName: every issue, exactly', () => {
  it('returns the name in safeParse shape for good parts', () => {
    expect(safeFormatEvidenceFileName({ ...QD, sequence: 2 })).toStrictEqual({
      success: true,
      data: `${ORDER}+商品质量争议-2.jpg`,
    });
  });

  it.each([
    [null, 'null'],
    ['x', '"x"'],
    [42, 'number 42'],
    [undefined, 'undefined'],
  ])('refuses %j as a whole with an invalid_type issue on path []', (input, got) => {
    expect(safeFormatEvidenceFileName(input)).toStrictEqual(
      failure('invalid_type', `Expected { orderId, issueType, extension }, got ${got}`, []),
    );
  });

  it('says why a number or a bigint is no order id, and says nothing more for other types', () => {
    const hint = ' (order numbers exceed 2^53 and lose digits as numbers: pass a string)';
    expect(safeFormatEvidenceFileName({ ...QD, orderId: 123456 })).toStrictEqual(
      failure('invalid_type', `orderId must be a string of digits, got number 123456${hint}`, ['orderId']),
    );
    expect(safeFormatEvidenceFileName({ ...QD, orderId: 1550672064762308113n })).toStrictEqual(
      failure('invalid_type', `orderId must be a string of digits, got bigint 1550672064762308113${hint}`, [
        'orderId',
      ]),
    );
    expect(safeFormatEvidenceFileName({ ...QD, orderId: undefined })).toStrictEqual(
      failure('invalid_type', 'orderId must be a string of digits, got undefined', ['orderId']),
    );
    expect(safeFormatEvidenceFileName({ ...QD, orderId: null })).toStrictEqual(
      failure('invalid_type', 'orderId must be a string of digits, got null', ['orderId']),
    );
  });

  it.each([
    ['a1234567', '6 to 32'],
    ['1234567a', '6 to 32'],
    ['12345', '6 to 32'],
    ['9'.repeat(33), '6 to 32'],
    ['１２３４５６７', '6 to 32'], // full-width digits are not ASCII digits
  ])('refuses the order id %j: %s ASCII digits', (orderId, range) => {
    expect(safeFormatEvidenceFileName({ ...QD, orderId })).toStrictEqual(
      failure(
        'invalid_format',
        `orderId must be ${range} ASCII digits, got ${JSON.stringify(orderId.length > 40 ? `${orderId.slice(0, 40)}…` : orderId)}`,
        ['orderId'],
      ),
    );
  });

  it('names a single accepted length as one number', () => {
    expect(
      safeFormatEvidenceFileName({ ...QD, orderId: '123456' }, { orderIdLength: { min: 19, max: 19 } }),
    ).toStrictEqual(failure('invalid_format', 'orderId must be 19 ASCII digits, got "123456"', ['orderId']));
  });

  it('refuses an unknown issue type', () => {
    expect(safeFormatEvidenceFileName({ ...QD, issueType: 'weather' })).toStrictEqual(
      failure(
        'invalid_value',
        'issueType must be an issue type id such as "quality-dispute", got "weather"',
        ['issueType'],
      ),
    );
  });

  it.each([
    [123, 'number 123'],
    ['.jpg', '".jpg"'],
    ['', '""'],
    ['abcdefghijk', '"abcdefghijk"'],
  ])('refuses the extension %j', (extension, got) => {
    expect(safeFormatEvidenceFileName({ ...QD, extension })).toStrictEqual(
      failure(
        'invalid_format',
        `extension must be 1 to 10 letters or digits without the dot, such as "jpg", got ${got}`,
        ['extension'],
      ),
    );
  });

  it('accepts sequences 1 to 9999 and refuses 0, 10000, fractions and strings', () => {
    expect(MAX_EVIDENCE_SEQUENCE).toBe(9999);
    expect(safeFormatEvidenceFileName({ ...QD, sequence: 1 })).toStrictEqual({
      success: true,
      data: `${ORDER}+商品质量争议-1.jpg`,
    });
    expect(safeFormatEvidenceFileName({ ...QD, sequence: 9999 })).toStrictEqual({
      success: true,
      data: `${ORDER}+商品质量争议-9999.jpg`,
    });
    for (const [sequence, got] of [
      [0, 'number 0'],
      [10000, 'number 10000'],
      [1.5, 'number 1.5'],
      ['2', '"2"'],
      [Number.POSITIVE_INFINITY, 'number Infinity'],
    ] as const) {
      expect(safeFormatEvidenceFileName({ ...QD, sequence })).toStrictEqual(
        failure('invalid_value', `sequence must be a whole number from 1 to 9999, got ${got}`, ['sequence']),
      );
    }
  });

  it('reports every bad part, in order', () => {
    const result = safeFormatEvidenceFileName({ orderId: 'x', issueType: 'y', extension: '.z', sequence: 0 });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', ['orderId']],
      ['invalid_value', ['issueType']],
      ['invalid_format', ['extension']],
      ['invalid_value', ['sequence']],
    ]);
  });
});

describe('formatEvidenceFileName throws the same issues', () => {
  it('joins every message with "; " and points at the first bad part', () => {
    const parts = { orderId: 'x', issueType: 'y', extension: 'jpg' };
    expect(() => formatEvidenceFileName(parts as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['orderId'],
        message:
          'orderId must be 6 to 32 ASCII digits, got "x"; ' +
          'issueType must be an issue type id such as "quality-dispute", got "y"',
      }),
    );
  });

  it('points at the whole argument (path []) when it is not an object', () => {
    expect(() => formatEvidenceFileName(null as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: [],
        message: 'Expected { orderId, issueType, extension }, got null',
      }),
    );
  });

  it('gives a portable name for every issue type, even with the longest parts', () => {
    // The guard against a future label with an unsafe character: checked here for every label.
    for (const issueType of ISSUE_TYPES) {
      const name = formatEvidenceFileName(
        { orderId: '9'.repeat(64), issueType, extension: 'ABCDEFGHIJ', sequence: 9999 },
        { orderIdLength: { min: 1, max: 64 } },
      );
      expect(isPortableFileName(name), name).toBe(true);
      expect(name.endsWith('-9999.abcdefghij')).toBe(true);
    }
  });
});

describe('issueTypeFromLabel: what counts as the same label', () => {
  it.each([
    ['  Quality Dispute  ', 'quality-dispute'],
    ['_quality_dispute_', 'quality-dispute'],
    ['quality__dispute', 'quality-dispute'],
    ['Quality - Dispute', 'quality-dispute'],
    ['quality.dispute', 'quality-dispute'],
    ['ＱＵＡＬＩＴＹ　ＤＩＳＰＵＴＥ', 'quality-dispute'],
  ])('%j is %s', (text, id) => {
    expect(issueTypeFromLabel(text)).toBe(id);
  });

  it.each([
    'qualitydispute', // words run together are not separated words
    'quality dıspute', // a dotless ı is not an i
    '商品质量',
    '',
  ])('%j is no issue type', (text) => {
    expect(issueTypeFromLabel(text)).toBeUndefined();
  });

  it('refuses what is not a string, never throwing', () => {
    for (const value of [undefined, null, 42, ['quality-dispute']]) {
      expect(issueTypeFromLabel(value as never)).toBeUndefined();
    }
  });

  it('reads at most 200 characters', () => {
    expect(issueTypeFromLabel(`${' '.repeat(185)}quality dispute`)).toBe('quality-dispute'); // 200
    expect(issueTypeFromLabel(`${' '.repeat(186)}quality dispute`)).toBeUndefined(); // 201
  });
});

describe('parseEvidenceFileName: refusals, exactly', () => {
  it('refuses a non-string with invalid_type', () => {
    expect(parseEvidenceFileName(42 as never)).toStrictEqual(
      failure('invalid_type', 'Expected a file name as a string, got number 42', []),
    );
  });

  it('reads 1 to 1024 characters', () => {
    const tooLong = failure('invalid_format', 'Expected a file name of 1 to 1024 characters', []);
    expect(parseEvidenceFileName('')).toStrictEqual(tooLong);
    const name = (length: number) => {
      const head = `${ORDER}+quality dispute`;
      const tail = '(2).jpg';
      return `${head}${' '.repeat(length - head.length - tail.length)}${tail}`;
    };
    expect(name(1024)).toHaveLength(1024);
    expect(parseEvidenceFileName(name(1024))).toStrictEqual({ success: true, data: { ...QD, sequence: 2 } });
    expect(parseEvidenceFileName(name(1025))).toStrictEqual(tooLong);
  });

  it.each([
    'jpg',
    '.jpg',
    '  .jpg',
    `${ORDER}+商品质量争议`,
    `${ORDER}+商品质量争议.`,
    `${ORDER}+商品质量争议.j-g`,
    `${ORDER}+商品质量争议.abcdefghijk`,
  ])('refuses %j for its extension', (name) => {
    expect(parseEvidenceFileName(name)).toStrictEqual(
      failure(
        'invalid_format',
        `${JSON.stringify(name)} has no extension of 1 to 10 letters or digits, such as ".jpg"`,
        ['extension'],
      ),
    );
  });

  it.each([
    '商品质量争议.jpg',
    `IMG${ORDER}+商品质量争议.jpg`,
    `${ORDER}.jpg`,
    `${ORDER} .jpg`,
    `${ORDER}商品质量争议.jpg`,
  ])('refuses %j for its head', (name) => {
    expect(parseEvidenceFileName(name)).toStrictEqual(
      failure(
        'invalid_format',
        `${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)} does not start with an order number and "+": expected 订单号+问题类型, such as 1550672064762308113+商品质量争议.jpg`,
        ['orderId'],
      ),
    );
  });

  it('refuses an order number of the wrong length, saying how many digits it has', () => {
    const long = '9'.repeat(33);
    expect(parseEvidenceFileName(`${long}+商品质量争议.jpg`)).toStrictEqual(
      failure(
        'invalid_format',
        `The order number in ${JSON.stringify(`${long}+商品质量争议.jpg`.slice(0, 40))}… has 33 digits; expected 6 to 32`.replace(
          '"…',
          '…"',
        ),
        ['orderId'],
      ),
    );
    expect(
      parseEvidenceFileName('123456+商品质量争议.jpg', { orderIdLength: { min: 19, max: 19 } }),
    ).toStrictEqual(
      failure('invalid_format', 'The order number in "123456+商品质量争议.jpg" has 6 digits; expected 19', [
        'orderId',
      ]),
    );
    expect(parseEvidenceFileName(`${'9'.repeat(32)}+商品质量争议.jpg`).success).toBe(true);
  });

  it.each([
    ['123456+天气.jpg', '天气'],
    ['123456+quality dispute-10000.jpg', 'quality dispute-10000'],
    ['123456+quality dispute-0000001.jpg', 'quality dispute-0000001'],
    ['123456+quality dispute2.jpg', 'quality dispute2'],
    ['123456+quality dispute 2).jpg', 'quality dispute 2)'],
    ['123456+quality dispute_2).jpg', 'quality dispute_2)'],
    ['123456+quality dispute-0.jpg', 'quality dispute-0'],
    ['123456+quality dispute ().jpg', 'quality dispute ()'],
    ['123456+).jpg', ')'],
    ['123456+2).jpg', '2)'],
    ['123456+(2).jpg', '(2)'],
    ['123456+2.jpg', '2'],
  ])('refuses %j: its issue type %j is unknown', (name, rest) => {
    expect(parseEvidenceFileName(name)).toStrictEqual(
      failure(
        'invalid_value',
        `${JSON.stringify(rest)} in ${JSON.stringify(name)} is not an issue type; expected a label such as 商品质量争议 or an id such as quality-dispute`,
        ['issueType'],
      ),
    );
  });
});

describe('parseEvidenceFileName: what it forgives', () => {
  it.each([
    [`  ${ORDER}+商品质量争议.jpg  `, undefined],
    [`${ORDER}+商品质量争议. JPG `, undefined],
    [`${ORDER}+商品质量争议 .jpg`, undefined],
    [`${ORDER} + 商品质量争议.jpg`, undefined],
    [`${ORDER}++商品质量争议.jpg`, undefined],
    [`${ORDER}+quality dispute-9999.jpg`, 9999],
    [`${ORDER}+quality dispute-000001.jpg`, 1],
    [`${ORDER}+quality dispute (2 ).jpg`, 2],
    [`${ORDER}+quality dispute ( 2).jpg`, 2],
    [`${ORDER}+quality dispute (  2  ).jpg`, 2],
    [`${ORDER}+quality dispute_(2).jpg`, 2],
    [`${ORDER}+quality dispute - 2.jpg`, 2],
    [`${ORDER}+quality dispute${' '.repeat(300)}(2).jpg`, 2],
    [`${ORDER}+quality dispute${'_'.repeat(300)}2.jpg`, 2],
    [`${ORDER}+quality dispute${'-'.repeat(300)}( 2 ).jpg`, 2],
    [`${ORDER}+quality.dispute.jpg`, undefined],
  ])('%j', (name, sequence) => {
    expect(parseEvidenceFileName(name)).toStrictEqual({
      success: true,
      data: sequence === undefined ? QD : { ...QD, sequence },
    });
  });
});
