// Text normalization for the FAQ resolver: the same bytes in, the same string out, in every
// JavaScript engine (no Intl.Segmenter, no locale-dependent case mapping).
import {
  CANTONESE_EXPANSIONS,
  CANTONESE_PAIRS,
  JUAN_AFTER,
  JUAN_BEFORE,
  TRADITIONAL_PAIRS,
  TYPO_BIGRAMS,
  TYPO_PAIRS,
} from './data/variants.js';

/** Special table values: 0 = separator; JOIN = dropped inside a word (apostrophe, combining mark); NFKC = needs NFKC first. */
const SEPARATOR = 0;
const JOIN = 1;
const NEEDS_NFKC = 2;
/** A character that becomes two (嘢 → 东西): see CANTONESE_EXPANSIONS. */
const EXPAND = 3;

/** The CJK range the resolver indexes (Extension A and the Unified Ideographs). */
export const CJK_START = 0x3400;
export const CJK_END = 0x9fff;

/**
 * One table for every UTF-16 code unit: what it becomes (lower case, Simplified, typo fixed,
 * accent folded, full width → ASCII), or SEPARATOR. Built once, on first use.
 */
let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = c;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Full-width digits and letters (NFKC would do the same).
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xff10 + 0x30;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xff21 + 0x61;
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xff41 + 0x61;
  for (let c = CJK_START; c <= CJK_END; c++) if (c < 0x4dc0 || c >= 0x4e00) t[c] = c;
  t[0x27] = JOIN;
  t[0x2019] = JOIN;
  for (let c = 0x300; c <= 0x36f; c++) t[c] = JOIN;
  // Compatibility characters NFKC turns into letters, digits or ideographs.
  for (const [from, to] of [
    [0x2460, 0x24ff], // circled numbers and letters
    [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
    [0x3200, 0x33ff], // enclosed CJK, CJK compatibility
    [0xf900, 0xfaff], // CJK compatibility ideographs
    [0xfb00, 0xfb4f], // ligatures (ﬁ)
  ] as const) {
    for (let c = from; c <= to; c++) t[c] = NEEDS_NFKC;
  }
  for (const [letters, base] of [
    ['áàäâãå', 'a'],
    ['éèëê', 'e'],
    ['íìïî', 'i'],
    ['óòöôõ', 'o'],
    ['úùüû', 'u'],
    ['ñ', 'n'],
    ['ç', 'c'],
    ['ýÿ', 'y'],
  ] as const) {
    for (const ch of letters) {
      t[ch.charCodeAt(0)] = base.charCodeAt(0);
      t[ch.toUpperCase().charCodeAt(0)] = base.charCodeAt(0);
    }
  }
  for (const pairs of [TRADITIONAL_PAIRS, CANTONESE_PAIRS, TYPO_PAIRS]) {
    for (const pair of pairs.split(' ')) {
      if (pair.length === 2 && pair[0] !== pair[1]) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
    }
  }
  for (const word of CANTONESE_EXPANSIONS.split(' ')) t[word.charCodeAt(0)] = EXPAND;
  return t;
}

/** Key (first << 16 | wrong second) → the right pair (first << 16 | second). */
const TYPO_FIXES = new Map<number, number>();
/** Per UTF-16 code: 1 when it is the wrong second character of some pair. */
let typoSecond: Uint8Array | undefined;
/** A character that becomes two, by its code. */
const EXPANSIONS = new Map<number, string>();
/** 但系 is Cantonese 但是, but 但系统 is Mandarin. */
const XI = '系'.charCodeAt(0);
const TONG = '统'.charCodeAt(0);

function typoTables(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const pair of TYPO_BIGRAMS.split(' ')) {
    TYPO_FIXES.set(
      (pair.charCodeAt(0) << 16) | pair.charCodeAt(1),
      (pair.charCodeAt(2) << 16) | pair.charCodeAt(3),
    );
    flags[pair.charCodeAt(1)] = 1;
  }
  return flags;
}

const JUAN = '卷'.charCodeAt(0);
const QUAN = '券'.charCodeAt(0);
const JUAN_BEFORE_SET = new Set([...JUAN_BEFORE].map((c) => c.charCodeAt(0)));
const JUAN_AFTER_SET = new Set([...JUAN_AFTER].map((c) => c.charCodeAt(0)));

/**
 * The default cap on the analyzed text, in characters after normalization. A longer text is
 * analyzed from its beginning (customers state the issue first). The raw input is first cut to
 * four times this length, so a 1 MB string costs no more than a short one.
 *
 * @example
 * resolveFaq(longText, { maxQueryLength: DEFAULT_MAX_QUERY_LENGTH * 2 });
 */
export const DEFAULT_MAX_QUERY_LENGTH = 512;

/**
 * Normalizes `text` into `out` as UTF-16 codes: CJK ideographs and `a-z0-9`, runs of anything else
 * as one space (0x20), no leading or trailing space. Returns the length.
 */
export function normalizeInto(text: string, maxLength: number, out: Uint16Array): number {
  table ??= buildTable();
  const t = table;
  const limit = Math.min(maxLength, out.length);
  let source = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  let n = 0;
  let pendingSpace = false;
  let sawJuan = false;
  let nfkcDone = false;
  for (let i = 0; i < source.length && n < limit; i++) {
    const mapped = t[source.charCodeAt(i)] as number;
    if (mapped > EXPAND) {
      if (pendingSpace && n > 0) out[n++] = 0x20;
      pendingSpace = false;
      if (n < limit) out[n++] = mapped;
      if (mapped === JUAN) sawJuan = true;
    } else if (mapped === SEPARATOR) {
      pendingSpace = true;
    } else if (mapped === NEEDS_NFKC && !nfkcDone) {
      // Rare: restart once on the NFKC form (which has no such characters left, or keeps them as separators).
      nfkcDone = true;
      source = source.normalize('NFKC');
      n = 0;
      pendingSpace = false;
      sawJuan = false;
      i = -1;
    } else if (mapped === NEEDS_NFKC) {
      pendingSpace = true;
    } else if (mapped === EXPAND) {
      if (pendingSpace && n > 0) out[n++] = 0x20;
      pendingSpace = false;
      if (EXPANSIONS.size === 0) {
        for (const word of CANTONESE_EXPANSIONS.split(' ')) EXPANSIONS.set(word.charCodeAt(0), word.slice(1));
      }
      const into = EXPANSIONS.get(source.charCodeAt(i)) as string;
      for (let k = 0; k < into.length && n < limit; k++) out[n++] = into.charCodeAt(k);
    }
  }
  typoSecond ??= typoTables();
  for (let i = 1; i < n; i++) {
    const c = out[i] as number;
    if (typoSecond[c] !== 1) continue;
    const fixed = TYPO_FIXES.get(((out[i - 1] as number) << 16) | c);
    if (fixed === undefined || (c === XI && out[i + 1] === TONG)) continue;
    out[i - 1] = fixed >>> 16;
    out[i] = fixed & 0xffff;
  }
  if (sawJuan) {
    for (let i = 0; i < n; i++) {
      if (out[i] !== JUAN) continue;
      if (JUAN_BEFORE_SET.has(out[i - 1] ?? 0) || JUAN_AFTER_SET.has(out[i + 1] ?? 0)) out[i] = QUAN;
    }
  }
  return n;
}

let scratch = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);

/**
 * Normalizes customer text for matching: lower case, full width → half width, Traditional →
 * Simplified for the domain's characters, Cantonese written forms (冇→没, 咗→了, 唔→不, 哋→们, 嘢→东西, 几多→多少, 呢个→这个, 但系→但是), common typo confusions (卷/劵→券, 欵→款, 帐→账, and by
 * their neighbour 清官→清关, 赔尝→赔偿, 积份→积分, 发贷→发货, 登陆→登录), accents
 * folded, and every other character (punctuation, emoji, controls, lone surrogates) turned into a
 * single space. Compatibility characters (①, ㈱, ﬁ) go through NFKC. Never throws for a string.
 *
 * @param text - any string
 * @param maxLength - the cap on the result's length (default `DEFAULT_MAX_QUERY_LENGTH`, 512)
 * @returns the normalized text: CJK characters, `a-z0-9` words, single spaces
 * @example
 * normalizeFaqText('優惠卷 用不了！！😭'); //=> '优惠券 用不了'
 */
export function normalizeFaqText(text: string, maxLength: number = DEFAULT_MAX_QUERY_LENGTH): string {
  if (scratch.length < maxLength) scratch = new Uint16Array(maxLength);
  const n = normalizeInto(text, maxLength, scratch);
  let result = '';
  for (let i = 0; i < n; i += 1024) {
    result += String.fromCharCode(...scratch.subarray(i, Math.min(n, i + 1024)));
  }
  return result;
}
