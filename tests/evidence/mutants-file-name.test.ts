import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORDER_ID_LENGTH,
  formatEvidenceFileName,
  isPortableFileName,
  issueTypeFromLabel,
  MAX_EVIDENCE_SEQUENCE,
  parseEvidenceFileName,
  safeFormatEvidenceFileName,
  utf8ByteLength,
} from '../../src/evidence/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { errorOf } from '../helpers/error-of.js';

// 文件命名格式为“订单号+问题类型”
const ORDER = '1550672064762308113';
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
  it('accepts a space inside a name (0x20 is not a control character) but refuses DEL (0x7f)', () => {
    expect(isPortableFileName('a b.jpg')).toBe(true);
    expect(isPortableFileName('a\u001fb.jpg')).toBe(false);
    expect(isPortableFileName('a\u007fb.jpg')).toBe(false);
    expect(isPortableFileName('a\u0080b.jpg')).toBe(true);
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
      const error = errorOf(call);
      expect(error.code).toBe('invalid_configuration');
      expect(error).toMatchObject({
        path: ['orderIdLength'],
        message: `orderIdLength must be whole numbers with 1 <= min <= max <= 64, got ${got}`,
      });
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
    const error = errorOf(() => formatEvidenceFileName(parts as never));
    expect(error.code).toBe('invalid_argument');
    expect(error).toMatchObject({
      path: ['orderId'],
      message:
        'orderId must be 6 to 32 ASCII digits, got "x"; ' +
        'issueType must be an issue type id such as "quality-dispute", got "y"',
    });
  });

  it('points at the whole argument (path []) when it is not an object', () => {
    const error = errorOf(() => formatEvidenceFileName(null as never));
    expect(error).toMatchObject({
      code: 'invalid_argument',
      path: [],
      message: 'Expected { orderId, issueType, extension }, got null',
    });
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
