import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES, type IssueType, isIssueType } from '../shared/issue-types.js';
import { LOCALES } from '../shared/locale.js';
import { ORDER_ID_LENGTH } from '../shared/order-id.js';
import { type Issue, type SafeResult, fail, failWith, ok } from '../shared/result.js';
import { safely } from '../shared/safe-call.js';

/**
 * The parts of an evidence file name (订单号+问题类型): the order number, the issue type, the
 * extension and, for several files of one case, a sequence number.
 *
 * @example
 * const parts: EvidenceFileName = { orderId: '1550672064762308113', issueType: 'quality-dispute', extension: 'jpg', sequence: 2 };
 */
export interface EvidenceFileName {
  /** The order number: ASCII digits, as a string (Taobao's 19 digits exceed 2^53). */
  readonly orderId: string;
  readonly issueType: IssueType;
  /** Lower-case letters and digits, 1 to 10, without the dot. */
  readonly extension: string;
  /** 1, 2, 3… for several files of one case; absent for a single file. */
  readonly sequence?: number;
}

/**
 * Options of the file-name functions.
 *
 * @example
 * const strict: EvidenceFileNameOptions = { orderIdLength: { min: 19, max: 19 } };
 */
export interface EvidenceFileNameOptions {
  /**
   * The accepted length of an order number, in digits. Taobao order numbers have 19 digits;
   * pass `{ min: 19, max: 19 }` to accept only those.
   *
   * @default { min: 6, max: 32 }
   */
  readonly orderIdLength?: { readonly min: number; readonly max: number };
}

/**
 * The default accepted length of an order number: 6 to 32 digits (the shared `OrderIdSchema`),
 * which includes Taobao's 19.
 *
 * @example
 * DEFAULT_ORDER_ID_LENGTH; //=> { min: 6, max: 32 }
 */
export const DEFAULT_ORDER_ID_LENGTH = ORDER_ID_LENGTH;

/**
 * The largest sequence number a file name carries.
 *
 * @example
 * MAX_EVIDENCE_SEQUENCE; //=> 9999
 */
export const MAX_EVIDENCE_SEQUENCE = 9999;

const MAX_FILE_NAME_BYTES = 255;
const EXTENSION = /^[a-z0-9]{1,10}$/i;
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/;

function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const unit = ch.charCodeAt(0);
    // C0, DEL and C1 (U+0085 is a line break to some systems).
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// Windows ignores spaces before the extension ('CON .txt' is CON) and reserves CONIN$ and CONOUT$.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/** A lone surrogate: no file system stores it as written (UTF-8 has no encoding for it). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The length of a string in UTF-8 bytes (file systems limit names to 255 bytes). Lone surrogates
 * count as the 3 bytes of U+FFFD, as an encoder would write them.
 *
 * @param text - any string
 * @returns the number of bytes its UTF-8 encoding takes
 * @example
 * utf8ByteLength('订单'); //=> 6
 * utf8ByteLength('a😀'); //=> 5
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      // At the end of the text, `next` is NaN: a lone surrogate.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether a file name is safe on Windows, macOS and Linux alike: not empty, no character Windows
 * forbids (`<>:"/\|?*`, C0 and C1 control characters), no reserved device name (CON, PRN, AUX,
 * NUL, CONIN$, CONOUT$, COM0–9, LPT0–9, with or without spaces and an extension: `CON .txt`), no
 * trailing dot or space, no bidirectional control character (which can disguise `exe` as `jpg`),
 * no lone surrogate (it has no UTF-8 form), at most 255 UTF-8 bytes.
 *
 * @param name - a file name (not a path)
 * @returns true when every system accepts it as is
 * @example
 * isPortableFileName('1550672064762308113+商品质量争议.jpg'); //=> true
 * isPortableFileName('NUL.txt'); //=> false
 * isPortableFileName('photo\u202Egpj.exe'); //=> false
 */
export function isPortableFileName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    // Every UTF-16 unit takes at least one UTF-8 byte: a longer name is refused before any scan
    // (a 10 MB "name" costs nothing).
    name.length <= MAX_FILE_NAME_BYTES &&
    !WINDOWS_FORBIDDEN.test(name) &&
    !hasControlCharacter(name) &&
    !LONE_SURROGATE.test(name) &&
    !BIDI_CONTROLS.test(name) &&
    !WINDOWS_RESERVED.test(name) &&
    !/[. ]$/.test(name) && // also refuses '.' and '..'
    utf8ByteLength(name) <= MAX_FILE_NAME_BYTES
  );
}

function lengthRange(options: EvidenceFileNameOptions | undefined): { min: number; max: number } {
  const range = options?.orderIdLength ?? DEFAULT_ORDER_ID_LENGTH;
  const { min, max } = range;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > 64 || min > max) {
    throw new TiantianError(
      'invalid_configuration',
      `orderIdLength must be whole numbers with 1 <= min <= max <= 64, got ${describeValue(min)}..${describeValue(max)}`,
      { path: ['orderIdLength'] },
    );
  }
  return { min, max };
}

/** An issue about one part: its path is the part's name (or empty for the whole). */
type PartIssue = Issue & { readonly path: readonly string[] };

function checkParts(input: unknown, options: EvidenceFileNameOptions | undefined): PartIssue[] {
  const { min, max } = lengthRange(options);
  if (typeof input !== 'object' || input === null) {
    return [
      {
        code: 'invalid_type',
        message: `Expected { orderId, issueType, extension }, got ${describeValue(input)}`,
        path: [],
      },
    ];
  }
  const { orderId, issueType, extension, sequence } = input as Record<string, unknown>;
  const issues: PartIssue[] = [];
  if (typeof orderId !== 'string') {
    issues.push({
      code: 'invalid_type',
      message: `orderId must be a string of digits, got ${describeValue(orderId)}${
        typeof orderId === 'number' || typeof orderId === 'bigint'
          ? ' (order numbers exceed 2^53 and lose digits as numbers: pass a string)'
          : ''
      }`,
      path: ['orderId'],
    });
  } else if (!/^[0-9]+$/.test(orderId) || orderId.length < min || orderId.length > max) {
    issues.push({
      code: 'invalid_format',
      message: `orderId must be ${min === max ? min : `${min} to ${max}`} ASCII digits, got ${describeValue(orderId)}`,
      path: ['orderId'],
    });
  }
  if (!isIssueType(issueType)) {
    issues.push({
      code: 'invalid_value',
      message: `issueType must be an issue type id such as "quality-dispute", got ${describeValue(issueType)}`,
      path: ['issueType'],
    });
  }
  if (typeof extension !== 'string' || !EXTENSION.test(extension)) {
    issues.push({
      code: 'invalid_format',
      message: `extension must be 1 to 10 letters or digits without the dot, such as "jpg", got ${describeValue(extension)}`,
      path: ['extension'],
    });
  }
  if (
    sequence !== undefined &&
    (typeof sequence !== 'number' ||
      !Number.isInteger(sequence) ||
      sequence < 1 ||
      sequence > MAX_EVIDENCE_SEQUENCE)
  ) {
    issues.push({
      code: 'invalid_value',
      message: `sequence must be a whole number from 1 to ${MAX_EVIDENCE_SEQUENCE}, got ${describeValue(sequence)}`,
      path: ['sequence'],
    });
  }
  return issues;
}

function build(parts: EvidenceFileName): string {
  const label = ISSUE_TYPE_LABELS[parts.issueType]['zh-CN'];
  const sequence = parts.sequence === undefined ? '' : `-${parts.sequence}`;
  // Portable by construction (digits, a fixed label, a number, [a-z0-9], at most ~110 bytes);
  // tests check every label with the longest parts, so a future unsafe label fails there.
  return `${parts.orderId}+${label}${sequence}.${parts.extension.toLowerCase()}`;
}

/**
 * The evidence file name in the guide's form (文件命名格式为“订单号+问题类型”): the order number,
 * `+`, the issue type's Chinese label, an optional `-sequence`, and the extension in lower case.
 * The result is safe on Windows, macOS and Linux.
 *
 * @param parts - the order number (a string of digits), the issue type, the extension (without
 *   the dot) and an optional sequence number from 1
 * @param options - the accepted order number length
 * @returns the file name
 * @throws {TiantianError} `invalid_argument` for a bad part (a number as order id, an unknown
 *   issue type, an extension with a dot…), `invalid_configuration` for a bad option
 * @example
 * formatEvidenceFileName({ orderId: '1550672064762308113', issueType: 'quality-dispute', extension: 'jpg' });
 * //=> '1550672064762308113+商品质量争议.jpg'
 * formatEvidenceFileName({ orderId: '1550672064762308113', issueType: 'quality-dispute', extension: 'JPG', sequence: 2 });
 * //=> '1550672064762308113+商品质量争议-2.jpg'
 */
export function formatEvidenceFileName(parts: EvidenceFileName, options?: EvidenceFileNameOptions): string {
  const issues = checkParts(parts, options);
  const first = issues[0];
  if (first) {
    throw new TiantianError('invalid_argument', issues.map((issue) => issue.message).join('; '), {
      path: first.path,
    });
  }
  return build(parts);
}

/**
 * `formatEvidenceFileName` for untrusted parts (a request body): the name, or the issues.
 *
 * @param parts - anything
 * @param options - the accepted order number length
 * @returns the file name in safeParse shape
 * @example
 * safeFormatEvidenceFileName({ orderId: 1550672064762308000, issueType: 'quality-dispute', extension: 'jpg' }).success; //=> false
 */
export function safeFormatEvidenceFileName(
  parts: unknown,
  options?: EvidenceFileNameOptions,
): SafeResult<string> {
  return safely(() => {
    const issues = checkParts(parts, options);
    return issues.length > 0 ? fail(issues) : ok(build(parts as EvidenceFileName));
  });
}

/** Lower case, one space for any run of spaces, `_`, `-`, `.`, for forgiving label comparison. */
function labelKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

let labelIndex: Map<string, IssueType> | undefined;

function buildLabelIndex(): Map<string, IssueType> {
  const index = new Map<string, IssueType>();
  for (const id of ISSUE_TYPES) {
    index.set(labelKey(id), id);
    for (const locale of LOCALES) index.set(labelKey(ISSUE_TYPE_LABELS[id][locale].normalize('NFKC')), id);
  }
  return index;
}

/**
 * The issue type named by a label in any locale or by its id, compared forgivingly (case,
 * full-width forms, `_`/`-`/space alike).
 *
 * @param text - what someone typed: `'商品质量争议'`, `'Quality dispute'`, `'quality_dispute'`…
 * @returns the issue type, or `undefined`
 * @example
 * issueTypeFromLabel('disputa de calidad'); //=> 'quality-dispute'
 * issueTypeFromLabel('weather'); //=> undefined
 */
export function issueTypeFromLabel(text: string): IssueType | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  labelIndex ??= buildLabelIndex();
  return labelIndex.get(labelKey(text.normalize('NFKC')));
}

const MAX_PARSE_LENGTH = 1024;

const isSeparator = (ch: string | undefined): boolean =>
  ch === '_' || ch === '-' || (ch !== undefined && ch.trim() === '');
const isDigit = (ch: string | undefined): boolean => /[0-9]/.test(ch ?? '');

/**
 * Splits a trailing sequence number off a label: `label(2)`, `label (2)`, `label-2`, `label_2`,
 * `label 2`. A scan from the end, in linear time (a regular expression for this backtracks
 * quadratically on long separator runs).
 */
function splitSequence(text: string): { label: string; sequence: number } | undefined {
  let end = text.length;
  let parenthesized = false;
  if (text[end - 1] === ')') {
    parenthesized = true;
    end--;
    while (end > 0 && text[end - 1]!.trim() === '') end--;
  }
  let start = end;
  while (isDigit(text[start - 1])) start--;
  const digits = end - start;
  if (digits < 1 || digits > 6) return undefined;
  let labelEnd = start;
  if (parenthesized) {
    while (labelEnd > 0 && text[labelEnd - 1]!.trim() === '') labelEnd--;
    if (text[labelEnd - 1] !== '(') return undefined;
    labelEnd--;
    while (isSeparator(text[labelEnd - 1])) labelEnd--;
  } else {
    if (!isSeparator(text[labelEnd - 1])) return undefined;
    while (isSeparator(text[labelEnd - 1])) labelEnd--;
  }
  return { label: text.slice(0, labelEnd), sequence: Number(text.slice(start, end)) };
}

/**
 * Reads an evidence file name (订单号+问题类型) back into its parts. It forgives what people
 * type: full-width `＋` and digits, `_`, `-` or a space instead of `+`, the issue type as its
 * Chinese, English or Spanish label (any case) or its id, and a sequence as `-2`, `_2`, ` 2` or
 * `(2)`. Parsing a name from `formatEvidenceFileName` gives back exactly its parts.
 *
 * @param name - a file name (untrusted)
 * @param options - the accepted order number length
 * @returns the parts in safeParse shape; `sequence` is present only when the name has one
 * @example
 * parseEvidenceFileName('1550672064762308113+商品质量争议-2.jpg');
 * //=> { success: true, data: { orderId: '1550672064762308113', issueType: 'quality-dispute', extension: 'jpg', sequence: 2 } }
 * parseEvidenceFileName('１５５０６７２０６４７６２３０８１１３＿Quality Dispute.JPG').success; //=> true
 */
export function parseEvidenceFileName(
  name: string,
  options?: EvidenceFileNameOptions,
): SafeResult<EvidenceFileName> {
  return safely(() => parseName(name, options));
}

function parseName(name: string, options: EvidenceFileNameOptions | undefined): SafeResult<EvidenceFileName> {
  const { min, max } = lengthRange(options);
  if (typeof name !== 'string') {
    return failWith('invalid_type', `Expected a file name as a string, got ${describeValue(name)}`);
  }
  if (name.length === 0 || name.length > MAX_PARSE_LENGTH) {
    return failWith('invalid_format', `Expected a file name of 1 to ${MAX_PARSE_LENGTH} characters`);
  }
  const text = name.normalize('NFKC').trim();
  const dot = text.lastIndexOf('.');
  const extension = dot > 0 ? text.slice(dot + 1).trim() : '';
  if (!EXTENSION.test(extension)) {
    return failWith(
      'invalid_format',
      `${describeValue(name)} has no extension of 1 to 10 letters or digits, such as ".jpg"`,
      ['extension'],
    );
  }
  const stem = text.slice(0, dot).trim();
  const head = /^([0-9]+)[\s+_-]+/.exec(stem);
  if (!head?.[1]) {
    return failWith(
      'invalid_format',
      `${describeValue(name)} does not start with an order number and "+": expected 订单号+问题类型, such as 1550672064762308113+商品质量争议.jpg`,
      ['orderId'],
    );
  }
  const orderId = head[1];
  if (orderId.length < min || orderId.length > max) {
    return failWith(
      'invalid_format',
      `The order number in ${describeValue(name)} has ${orderId.length} digits; expected ${min === max ? min : `${min} to ${max}`}`,
      ['orderId'],
    );
  }
  const rest = stem.slice(head[0].length); // the head took the separators; the stem is trimmed
  const data = (issueType: IssueType, sequence: number | undefined): EvidenceFileName =>
    sequence === undefined
      ? { orderId, issueType, extension: extension.toLowerCase() }
      : { orderId, issueType, extension: extension.toLowerCase(), sequence };
  const whole = issueTypeFromLabel(rest);
  if (whole) return ok(data(whole, undefined));
  const numbered = splitSequence(rest);
  if (numbered) {
    const issueType = issueTypeFromLabel(numbered.label);
    const { sequence } = numbered;
    if (issueType && sequence >= 1 && sequence <= MAX_EVIDENCE_SEQUENCE) return ok(data(issueType, sequence));
  }
  return failWith(
    'invalid_value',
    `${describeValue(rest)} in ${describeValue(name)} is not an issue type; expected a label such as 商品质量争议 or an id such as quality-dispute`,
    ['issueType'],
  );
}
