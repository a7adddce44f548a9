// The built-in index as the bundle carries it: `FaqIndexData` re-encoded as printable ASCII that
// gzips well. A bundler writes a CJK character of a string literal as a six-byte `\uXXXX` escape
// (esbuild's default charset), so the vocabulary's characters are stored once, sorted, as small
// gaps between code points, and every feature names them by their rank in that list. Postings are
// grouped by feature with their document count implied (each posting says whether it is its
// feature's last); term frequencies go in a stream of their own, so that each stream repeats
// itself for gzip. Decoding is a few linear passes (well under a millisecond).
import type { FeatureSpaceData } from './analyze.js';
import type { FaqIndexData } from './resolver.js';

/** `FaqIndexData` in its bundled form (see `packFaqIndex`); each string is a run of `DIGITS` numbers. */
export interface PackedFaqIndex {
  /** Every CJK character of the vocabulary, ascending: the gaps between code points. */
  readonly chars: string;
  /** The unigrams: the gaps between their ranks in `chars`. */
  readonly unigrams: string;
  /** Per first character (ascending): its rank gap, the group's size − 1, then its second characters' rank gaps. */
  readonly bigrams: string;
  /** Per domain term: its length − 2, then its characters' ranks. */
  readonly terms: string;
  /** The stemmed Latin words, each as one `MORE` digit (the letters it shares with the one before) and the rest. */
  readonly words: string;
  /**
   * Per feature id, its postings: 2 × (entry − the one before, or entry + 1 for the first), + 1 for
   * its last one (0 for a feature with none).
   */
  readonly postings: string;
  /** Per posting, its term frequency − 1. */
  readonly tfs: string;
  readonly lengths: readonly number[];
  readonly cues: readonly (readonly [number, readonly number[]])[];
}

const CJK_START = 0x3400;
/** `FaqIndexData`'s small-number offset (see resolver.ts). */
const CODE_OFFSET = 0x30;

/**
 * A number is written as continuation digits (bijective base 25, most significant first) and one
 * final digit (base 64): below 64 it takes one character. No quote, backslash or `$`, so a bundler
 * copies the strings as they are.
 */
const FINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
const MORE = '!#%&()*,-.:;<=>?@[]^_{|}~';
const BASE_FINAL = FINAL.length;
const BASE_MORE = MORE.length;

/** Per character code below 128: its final digit + 1, or its continuation digit's −(value + 1). */
const DIGIT_OF = /* @__PURE__ */ (() => {
  const table = new Int8Array(128);
  for (let k = 0; k < BASE_FINAL; k++) table[FINAL.charCodeAt(k)] = k + 1;
  for (let k = 0; k < BASE_MORE; k++) table[MORE.charCodeAt(k)] = -(k + 1);
  return table;
})();

/** The value of a continuation digit, or -1 for any other character. */
function moreDigit(code: number): number {
  return code < 128 && (DIGIT_OF[code] as number) < 0 ? -(DIGIT_OF[code] as number) - 1 : -1;
}

function writeNumber(out: string[], value: number): void {
  let rest = Math.floor(value / BASE_FINAL);
  let digits = FINAL[value % BASE_FINAL] as string;
  while (rest > 0) {
    digits = (MORE[(rest - 1) % BASE_MORE] as string) + digits;
    rest = Math.floor((rest - 1) / BASE_MORE);
  }
  out.push(digits);
}

/** Reads the numbers of one packed string, in order. */
class NumberReader {
  private at = 0;
  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  next(): number {
    let value = 0;
    for (;;) {
      const digit = DIGIT_OF[this.text.charCodeAt(this.at++)] as number;
      if (digit > 0) return value * BASE_FINAL + digit - 1;
      if (digit === 0) throw new Error('packed FAQ index: unexpected character');
      value = value * BASE_MORE - digit;
    }
  }
}

/**
 * Packs an index (as `buildFaqIndexData` makes it) into its bundled form; `unpackFaqIndex`
 * gives it back unchanged.
 *
 * @param data - the index
 * @returns the packed index
 * @example
 * unpackFaqIndex(packFaqIndex(buildFaqIndexData(entries))); // equal to buildFaqIndexData(entries)
 */
export function packFaqIndex(data: FaqIndexData): PackedFaqIndex {
  const { unigrams, bigrams, terms, words } = data.features;
  const groups = bigrams === '' ? [] : bigrams.split(' ');
  const termList = terms === '' ? [] : terms.split(' ');
  const used = new Set<number>();
  for (const text of [unigrams, ...groups, ...termList]) {
    for (let k = 0; k < text.length; k++) used.add(text.charCodeAt(k));
  }
  const sorted = [...used].sort((a, b) => a - b);
  const rank = new Map(sorted.map((c, k) => [c, k]));
  const rankOf = (text: string, k: number): number => rank.get(text.charCodeAt(k)) as number;
  const chars: string[] = [];
  sorted.forEach((c, k) => {
    writeNumber(chars, k === 0 ? c - CJK_START : c - (sorted[k - 1] as number) - 1);
  });
  const gaps = (out: string[], ranks: readonly number[], from: number): number => {
    let previous = from;
    for (const r of ranks) {
      writeNumber(out, r - previous - 1);
      previous = r;
    }
    return previous;
  };
  const unigramOut: string[] = [];
  gaps(
    unigramOut,
    [...unigrams].map((_, k) => rankOf(unigrams, k)),
    -1,
  );
  const bigramOut: string[] = [];
  let head = -1;
  for (const group of groups) {
    head = gaps(bigramOut, [rankOf(group, 0)], head);
    writeNumber(bigramOut, group.length - 2);
    gaps(
      bigramOut,
      Array.from(group.slice(1), (_, k) => rankOf(group, k + 1)),
      -1,
    );
  }
  const termOut: string[] = [];
  for (const term of termList) {
    writeNumber(termOut, term.length - 2);
    for (let k = 0; k < term.length; k++) writeNumber(termOut, rankOf(term, k));
  }
  let wordOut = '';
  let before = '';
  for (const word of words === '' ? [] : words.split(' ')) {
    for (const c of word) if (MORE.includes(c)) throw new Error(`packed FAQ index: a word with ${c}`);
    const shared = sharedStart(before, word, BASE_MORE - 1);
    wordOut += (MORE[shared] as string) + word.slice(shared);
    before = word;
  }
  const postings: string[] = [];
  const tfs: string[] = [];
  for (let id = 0, at = 0; id < data.df.length; id++) {
    const docs = data.df.charCodeAt(id) - CODE_OFFSET;
    if (docs === 0) writeNumber(postings, 0);
    for (let k = 0, previous = -1; k < docs; k++, at++) {
      const entry = data.postings.charCodeAt(2 * at) - CODE_OFFSET;
      writeNumber(postings, 2 * (entry - previous) + (k === docs - 1 ? 1 : 0));
      previous = entry;
      writeNumber(tfs, data.postings.charCodeAt(2 * at + 1) - CODE_OFFSET - 1);
    }
  }
  return {
    chars: chars.join(''),
    unigrams: unigramOut.join(''),
    bigrams: bigramOut.join(''),
    terms: termOut.join(''),
    words: wordOut,
    postings: postings.join(''),
    tfs: tfs.join(''),
    lengths: data.lengths,
    cues: data.cues,
  };
}

/** How many first characters (at most `max`) `a` and `b` share. */
function sharedStart(a: string, b: string, max: number): number {
  let k = 0;
  while (k < max && k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** A string from codes, in slices (an argument list has a limit). */
function fromCodes(codes: readonly number[]): string {
  let text = '';
  for (let k = 0; k < codes.length; k += 1024) text += String.fromCharCode(...codes.slice(k, k + 1024));
  return text;
}

/**
 * The index a packed one was made from.
 *
 * @param packed - from `packFaqIndex`
 * @returns the index
 */
export function unpackFaqIndex(packed: PackedFaqIndex): FaqIndexData {
  const chars: number[] = [];
  for (const read = new NumberReader(packed.chars); !read.done; ) {
    chars.push(
      chars.length === 0 ? CJK_START + read.next() : (chars[chars.length - 1] as number) + read.next() + 1,
    );
  }
  const unigrams: number[] = [];
  for (let r = -1, read = new NumberReader(packed.unigrams); !read.done; ) {
    r += read.next() + 1;
    unigrams.push(chars[r] as number);
  }
  const bigrams: number[] = [];
  for (let head = -1, read = new NumberReader(packed.bigrams); !read.done; ) {
    head += read.next() + 1;
    if (bigrams.length > 0) bigrams.push(0x20);
    bigrams.push(chars[head] as number);
    for (let k = read.next() + 1, r = -1; k > 0; k--) {
      r += read.next() + 1;
      bigrams.push(chars[r] as number);
    }
  }
  const terms: number[] = [];
  for (const read = new NumberReader(packed.terms); !read.done; ) {
    if (terms.length > 0) terms.push(0x20);
    for (let k = read.next() + 2; k > 0; k--) terms.push(chars[read.next()] as number);
  }
  const words: string[] = [];
  const text = packed.words;
  for (let k = 0, word = ''; k < text.length; ) {
    const shared = moreDigit(text.charCodeAt(k++));
    if (shared < 0) throw new Error('packed FAQ index: a word without its shared length');
    let end = k;
    while (end < text.length && moreDigit(text.charCodeAt(end)) < 0) end++;
    word = word.slice(0, shared) + text.slice(k, end);
    words.push(word);
    k = end;
  }
  const df: number[] = [];
  const postings: number[] = [];
  const tfs = new NumberReader(packed.tfs);
  for (let docs = 0, entry = -1, read = new NumberReader(packed.postings); !read.done; ) {
    const value = read.next();
    if (value === 0) {
      df.push(CODE_OFFSET);
      continue;
    }
    entry += value >> 1;
    postings.push(entry + CODE_OFFSET, tfs.next() + 1 + CODE_OFFSET);
    docs++;
    if ((value & 1) === 1) {
      df.push(docs + CODE_OFFSET);
      docs = 0;
      entry = -1;
    }
  }
  const features: FeatureSpaceData = {
    unigrams: fromCodes(unigrams),
    bigrams: fromCodes(bigrams),
    terms: fromCodes(terms),
    words: words.join(' '),
  };
  return {
    features,
    df: fromCodes(df),
    postings: fromCodes(postings),
    lengths: packed.lengths,
    cues: packed.cues,
  };
}
