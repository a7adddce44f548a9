// Finding personal data (个人信息) in free text: one linear pass over a folded copy of the text
// (full-width forms to ASCII, same length, so offsets are the original's), digit runs joined by
// single spaces or hyphens, each candidate confirmed by its validator. No regular expression.
import {
  ADDRESS_LABELS,
  CARD_CONTEXT_WORDS,
  GLUED_LABELS,
  NAME_LABELS,
  ORDER_CONTEXT_AFTER,
  ORDER_CONTEXT_WORDS,
} from './data.js';
import {
  cardIssuer,
  isMainlandMobile,
  isValidIdCardNumber,
  isValidLegacyIdCardNumber,
  luhnValid,
} from './validators.js';

/**
 * A kind of personal data `redactPii` finds: a mainland mobile number (手机号), a 居民身份证 number,
 * a bank card number (银行卡号), an email address, and, only when asked for, a name (收货人) or an
 * address (收货地址) after its label.
 *
 * @example
 * const kind: PiiKind = 'id-card';
 */
export type PiiKind = 'phone' | 'id-card' | 'bank-card' | 'email' | 'name' | 'address';

/**
 * Every {@link PiiKind}, the default ones first.
 *
 * @example
 * PII_KINDS.slice(0, 4); //=> ['phone', 'id-card', 'bank-card', 'email']
 */
export const PII_KINDS: readonly PiiKind[] = ['phone', 'id-card', 'bank-card', 'email', 'name', 'address'];

/**
 * What confirmed a finding: the mobile block list, the ID check digit (with province and birth
 * date), the legacy ID's birth date, a card issuer range (with the Luhn checksum when it passes),
 * the email syntax, or only the label before it (names and addresses).
 *
 * @example
 * const validator: PiiValidator = 'id-card-check-digit';
 */
export type PiiValidator =
  | 'mobile-prefix'
  | 'id-card-check-digit'
  | 'legacy-id-card-date'
  | 'card-issuer'
  | 'card-issuer+luhn'
  | 'email-syntax'
  | 'label';

/** A finding before a policy turns it into a replacement. @internal */
export interface RawFinding {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly validator: PiiValidator;
  /** The canonical value (digits of the national number, upper-case ID, lower-case email). */
  readonly value: string;
  /** Written before the value and kept by the mask (“+86 ”). */
  readonly prefix: string;
}

/** @internal */
export interface ScanConfig {
  readonly kinds: ReadonlySet<PiiKind>;
  readonly legacyIdCards: boolean;
  readonly now: Date | undefined;
}

/** Full-width ASCII forms, ideographic and no-break spaces and dashes to ASCII, one unit for one. */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0) continue;
    let ascii = -1;
    if (code >= 0xff01 && code <= 0xff5e) ascii = code - 0xfee0;
    else if (code === 0x3000 || code === 0xa0) ascii = 0x20;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) ascii = 0x2d;
    if (ascii === -1) continue;
    out += text.slice(from, i) + String.fromCharCode(ascii);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isAlnum = (code: number): boolean => isDigit(code) || isAsciiLetter(code);
const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Characters between a label and its value: spaces and punctuation, 是/为. */
const FILLER = ' \t:#=.(（[【「"\'是为為：';

// Short slices only (a context window): toLowerCase may change the length of a few characters,
// which does not matter to includes/endsWith over words written in lower case.
function lowerAscii(text: string): string {
  return text.toLowerCase();
}

/** Whether `words` holds one that ends `text` (on a word boundary for Latin words). */
function endsWithWord(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (!text.endsWith(word)) continue;
    const first = word.charCodeAt(0);
    if (!isAsciiLetter(first)) return true;
    const before = text.charCodeAt(text.length - word.length - 1);
    if (Number.isNaN(before) || !isAsciiLetter(before)) return true;
  }
  return false;
}

/** Whether an order or tracking word comes just before `start` or just after `end`. */
function inOrderContext(folded: string, start: number, end: number): boolean {
  let i = start;
  for (let skipped = 0; i > 0 && skipped < 6 && FILLER.includes(folded[i - 1] as string); skipped++) i--;
  let before = lowerAscii(folded.slice(Math.max(0, i - 28), i));
  // “my ticket number is 2024…”, “mi número de caso es 2024…”: the verb stands between label and value.
  if (before.endsWith(' is') || before.endsWith(' es')) before = before.slice(0, -3);
  if (endsWithWord(before, ORDER_CONTEXT_WORDS)) return true;
  // Only a space or 是 may come between: after a comma (“13812345678，订单号…”) a new item starts.
  let j = end;
  while (j < folded.length && j - end < 3 && ' 是(（'.includes(folded[j] as string)) j++;
  const after = lowerAscii(folded.slice(j, j + 8));
  return ORDER_CONTEXT_AFTER.some((word) => after.startsWith(word));
}

function hasCardContext(folded: string, start: number): boolean {
  const before = lowerAscii(folded.slice(Math.max(0, start - 14), start));
  return CARD_CONTEXT_WORDS.some((word) => before.includes(word));
}

interface Group {
  readonly start: number;
  readonly end: number;
}

function digitGroups(folded: string): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const start = i;
    while (i < folded.length && isDigit(folded.charCodeAt(i))) i++;
    groups.push({ start, end: i });
  }
  return groups;
}

/** Whether two digit groups are one number written with a separator (one or two spaces or hyphens). */
function joined(folded: string, left: Group, right: Group): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > 2) return false;
  for (let i = left.end; i < right.start; i++) {
    const ch = folded[i];
    if (ch !== ' ' && ch !== '-') return false;
  }
  return true;
}

function phoneCandidate(digits: string, folded: string, start: number, end: number): RawFinding | undefined {
  let national = digits;
  if (digits.length === 13 && digits.startsWith('86')) {
    national = digits.slice(2);
  } else if (digits.length === 15 && digits.startsWith('0086')) {
    national = digits.slice(4);
  } else if (digits.length !== 11) {
    return undefined;
  }
  if (!isMainlandMobile(national)) return undefined;
  let from = start;
  let nationalStart = start;
  if (national !== digits) {
    if (folded[start - 1] === '+') from = start - 1;
    // The national number is the span's last 11 digits; what comes before them is the prefix.
    nationalStart = end;
    for (let seen = 0; seen < 11; nationalStart--) if (isDigit(folded.charCodeAt(nationalStart - 1))) seen++;
  }
  return {
    kind: 'phone',
    start: from,
    end,
    confidence: national === digits ? 0.9 : 0.95,
    validator: 'mobile-prefix',
    value: national,
    prefix: folded.slice(from, nationalStart),
  };
}

function cardCandidate(digits: string, folded: string, start: number, end: number): RawFinding | undefined {
  if (digits.length < 16 || digits.length > 19 || cardIssuer(digits) === undefined) return undefined;
  const luhn = luhnValid(digits);
  const context = hasCardContext(folded, start);
  return {
    kind: 'bank-card',
    start,
    end,
    confidence: (luhn ? 0.85 : 0.6) + (context ? 0.1 : 0),
    validator: luhn ? 'card-issuer+luhn' : 'card-issuer',
    value: digits,
    prefix: '',
  };
}

/**
 * The best reading of the digits from group `first` on: an ID card, then a phone, then a bank card
 * (a card word before the number puts the card first). Returns it and the last group it uses.
 */
function readNumber(
  folded: string,
  groups: readonly Group[],
  first: number,
  config: ScanConfig,
): { finding: RawFinding; last: number } | undefined {
  const firstGroup = groups[first] as Group;
  const cardFirst = hasCardContext(folded, firstGroup.start);
  let digits = '';
  let best: { finding: RawFinding; last: number; rank: number } | undefined;
  const consider = (finding: RawFinding | undefined, last: number, rank: number): void => {
    // At equal rank the longer reading wins: a chain of groups is one number.
    if (finding !== undefined && (best === undefined || rank >= best.rank)) best = { finding, last, rank };
  };
  for (let k = first; k < groups.length; k++) {
    const group = groups[k] as Group;
    if (k > first && !joined(folded, groups[k - 1] as Group, group)) break;
    digits += folded.slice(group.start, group.end);
    if (digits.length > 19) break;
    const start = firstGroup.start;
    const end = group.end;
    const after = folded.charCodeAt(end);
    // A decimal (13812345678.00) is an amount, not a number to mask.
    if (after === 0x2e && isDigit(folded.charCodeAt(end + 1))) continue;
    const trailingX = after === 0x58 || after === 0x78;
    const letterAfter = isAsciiLetter(after) && !(trailingX && !isAlnum(folded.charCodeAt(end + 1)));
    if (letterAfter) continue;
    const idAllowed = config.kinds.has('id-card') && firstGroup.end - firstGroup.start >= 6;
    if (idAllowed && digits.length === 17 && trailingX && isValidIdCardNumber(`${digits}X`, config.now)) {
      consider(
        {
          kind: 'id-card',
          start,
          end: end + 1,
          confidence: 0.99,
          validator: 'id-card-check-digit',
          value: `${digits}X`,
          prefix: '',
        },
        k,
        cardFirst ? 2 : 4,
      );
    }
    if (trailingX) continue;
    if (idAllowed && digits.length === 18 && isValidIdCardNumber(digits, config.now)) {
      consider(
        {
          kind: 'id-card',
          start,
          end,
          confidence: 0.99,
          validator: 'id-card-check-digit',
          value: digits,
          prefix: '',
        },
        k,
        cardFirst ? 2 : 4,
      );
    }
    if (idAllowed && config.legacyIdCards && digits.length === 15 && isValidLegacyIdCardNumber(digits)) {
      consider(
        {
          kind: 'id-card',
          start,
          end,
          confidence: 0.7,
          validator: 'legacy-id-card-date',
          value: digits,
          prefix: '',
        },
        k,
        cardFirst ? 1 : 2,
      );
    }
    if (config.kinds.has('phone')) consider(phoneCandidate(digits, folded, start, end), k, 3);
    if (config.kinds.has('bank-card'))
      consider(cardCandidate(digits, folded, start, end), k, cardFirst ? 5 : 1);
  }
  return best;
}

/** Whether the letters just before `start` are one of {@link GLUED_LABELS} (`tel13812345678`). */
function gluedLabelBefore(folded: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 9 && isAsciiLetter(folded.charCodeAt(i - 1))) i--;
  if (i > 0 && isAsciiLetter(folded.charCodeAt(i - 1))) return false;
  return GLUED_LABELS.includes(lowerAscii(folded.slice(i, start)));
}

function scanNumbers(folded: string, config: ScanConfig, out: RawFinding[]): void {
  const groups = digitGroups(folded);
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k] as Group;
    const before = folded.charCodeAt(group.start - 1);
    if (isAsciiLetter(before) && !gluedLabelBefore(folded, group.start)) continue;
    if (before === 0x2e && isDigit(folded.charCodeAt(group.start - 2))) continue;
    const read = readNumber(folded, groups, k, config);
    if (read === undefined) continue;
    const { finding, last } = read;
    k = last;
    if (inOrderContext(folded, finding.start, finding.end)) continue;
    out.push(finding);
  }
}

const isLocalChar = (code: number): boolean =>
  isAlnum(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
const isDomainChar = (code: number): boolean => isAlnum(code) || code === 0x2d || code === 0x2e;

function scanEmails(folded: string, out: RawFinding[]): void {
  let previousEnd = 0;
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > previousEnd && isLocalChar(folded.charCodeAt(start - 1))) start--;
    while (start < at && folded[start] === '.') start++;
    let end = at + 1;
    while (end < folded.length && isDomainChar(folded.charCodeAt(end))) end++;
    while (end > at + 1 && (folded[end - 1] === '.' || folded[end - 1] === '-')) end--;
    if (start === at) continue;
    const domain = folded.slice(at + 1, end);
    const labels = domain.split('.');
    const tld = labels.at(-1) as string;
    if (labels.length < 2 || labels.some((label) => label === '') || tld.length < 2) continue;
    let alphaTld = true;
    for (let i = 0; i < tld.length; i++) alphaTld &&= isAsciiLetter(tld.charCodeAt(i));
    if (!alphaTld) continue;
    const value = lowerAscii(folded.slice(start, end));
    out.push({ kind: 'email', start, end, confidence: 0.95, validator: 'email-syntax', value, prefix: '' });
    previousEnd = end;
    at = end - 1;
  }
}

function skipFiller(folded: string, from: number): number {
  let i = from;
  for (let skipped = 0; i < folded.length && skipped < 4 && FILLER.includes(folded[i] as string); skipped++)
    i++;
  return i;
}

const ADDRESS_STOP = '\n\r,，。;；!！?？|';

function scanLabelled(folded: string, config: ScanConfig, out: RawFinding[]): void {
  if (config.kinds.has('name')) {
    for (const label of NAME_LABELS) {
      for (let at = folded.indexOf(label); at !== -1; at = folded.indexOf(label, at + 1)) {
        const start = skipFiller(folded, at + label.length);
        let end = start;
        while (
          end < folded.length &&
          end - start < 5 &&
          (isHan(folded.charCodeAt(end)) || folded[end] === '·')
        )
          end++;
        if (end - start < 2 || end - start > 4) continue;
        if (NAME_LABELS.some((other) => folded.startsWith(other, start))) continue;
        out.push({
          kind: 'name',
          start,
          end,
          confidence: 0.5,
          validator: 'label',
          value: folded.slice(start, end),
          prefix: '',
        });
      }
    }
  }
  if (config.kinds.has('address')) {
    for (const label of ADDRESS_LABELS) {
      for (let at = folded.indexOf(label); at !== -1; at = folded.indexOf(label, at + 1)) {
        const start = skipFiller(folded, at + label.length);
        let end = start;
        while (end < folded.length && end - start < 80 && !ADDRESS_STOP.includes(folded[end] as string)) {
          if (isDigit(folded.charCodeAt(end))) {
            let run = end;
            while (run < folded.length && isDigit(folded.charCodeAt(run))) run++;
            if (run - end >= 7) break;
            end = run;
            continue;
          }
          end++;
        }
        while (end > start && folded[end - 1] === ' ') end--;
        if (end - start < 4) continue;
        out.push({
          kind: 'address',
          start,
          end,
          confidence: 0.4,
          validator: 'label',
          value: folded.slice(start, end),
          prefix: '',
        });
      }
    }
  }
}

/**
 * Every finding of the configured kinds in `text`, sorted by start and without overlaps (the
 * earlier one wins; at the same start, the longer one).
 *
 * @internal
 */
export function scanPii(text: string, config: ScanConfig): RawFinding[] {
  const folded = fold(text);
  const found: RawFinding[] = [];
  if (config.kinds.has('email')) scanEmails(folded, found);
  if (config.kinds.has('phone') || config.kinds.has('id-card') || config.kinds.has('bank-card')) {
    scanNumbers(folded, config, found);
  }
  scanLabelled(folded, config, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawFinding[] = [];
  let reached = 0;
  for (const finding of found) {
    if (finding.start < reached) continue;
    kept.push(finding);
    reached = finding.end;
  }
  return kept;
}
