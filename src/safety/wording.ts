// The learned part of assessScamRisk: a logistic regression over the character unigrams and
// bigrams and the Latin words of the normalized text, hashed into 2^bits buckets, trained by tools/build-scam-model.ts
// on the labelled corpora of tests/safety and stored as one level −4…4 per bucket, two buckets to a
// character of a string, in generated/scam-model.ts. Word lists catch the wordings their authors thought of;
// n-grams weighed on every labelled message carry the families (代…理赔, 刷单返利, 安全账户) into
// wordings nobody listed.

import { NEGATIONS, NO_DEMAND_CUES, OFFICIAL_NUMBERS } from './data.js';
import { findLinks } from './links.js';

/**
 * Whether a normalized text holds a no-demand cue (`NO_DEMAND_CUES`; a Latin cue at the start of a
 * word): such a message gives no wording signal.
 *
 * @param text - a text in the form `normalizeScamText` gives
 * @returns true when it holds one
 * @example
 * makesNoDemand('验证码收不到怎么办'); //=> true
 */
export function makesNoDemand(text: string): boolean {
  for (const cue of NO_DEMAND_CUES) {
    const at = text.indexOf(cue);
    if (at !== -1 && !(isLatin(cue.charCodeAt(0)) && isLatin(text.charCodeAt(at - 1)))) return true;
  }
  return false;
}

/**
 * A quantized wording model: each bucket's weight is a level −4…4 times `scale`, two buckets to a
 * character of `weights` (see {@link bucketLevel}); the logit of a text is `bias` plus the sum of
 * the weights of its distinct features divided by the square root of their number.
 *
 * @example
 * const model: ScamWordingModel = { bits: 1, scale: 0.5, bias: -1, weights: 'e' };
 */
export interface ScamWordingModel {
  readonly bits: number;
  readonly scale: number;
  readonly bias: number;
  readonly weights: string;
}

/**
 * The 81 characters of `weights`: the one at `9 * (odd bucket's level + 4) + (even bucket's level
 * + 4)` holds that pair. The commonest pairs (both 0, then one ±1) get the characters minified
 * JavaScript uses most (e, u, t, n, o), so that in a bundle gzip codes the weights with the code's
 * own short codes: the same model, 226 bytes less in the gzipped assessScamRisk bundle than 81
 * characters in code order (measured on 2026-12-03). No quote, backslash, `$` or `<`.
 */
const LEVEL_PAIRS = 'VIOv{wSRZT?FAf&:/*jB| ).m3q[pciu,s6]}h=tenl8-y25ro(17b_D40adg+zPM!9;E>NUJ^WkCxLKG';

/**
 * The level (−4…4) of a bucket, read from character `bucket >> 1` of `weights`; 0 past the end
 * (and for a character that holds no pair).
 *
 * @param weights - a model's `weights`
 * @param bucket - a bucket number
 * @returns the level
 * @example
 * bucketLevel('e', 0); //=> 0
 */
export function bucketLevel(weights: string, bucket: number): number {
  const unit = weights[bucket >> 1];
  const pair = unit === undefined ? -1 : LEVEL_PAIRS.indexOf(unit);
  if (pair < 0) return 0;
  return ((bucket & 1) === 1 ? Math.floor(pair / 9) : pair % 9) - 4;
}

/** The character that holds two levels (−4…4): the inverse of {@link bucketLevel}. */
export function levelPair(even: number, odd: number): string {
  return LEVEL_PAIRS[9 * (odd + 4) + even + 4] as string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The units the corpora are written in (ASCII, Han, CJK and full-width punctuation): the model
 * knows no other script, and an unknown unit's bucket holds only the weight of whatever shares it.
 */
const isKnown = (code: number): boolean =>
  (code >= 0x20 && code < 0x7f) ||
  code === 0x0a ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3000 && code <= 0x303f) ||
  (code >= 0xff00 && code <= 0xffef) ||
  (code >= 0x2010 && code <= 0x2027);

const isLatin = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * The distinct features of a normalized text as buckets below `2 ** bits` (an FNV-1a hash), each
 * with where it first occurs (`start * 256 + length`): its character unigrams and bigrams (digits
 * read as 0, so that every amount and number is one feature) and its Latin words (English and
 * Spanish carry little in two letters).
 *
 * @param text - a text in the form `normalizeScamText` gives
 * @param bits - the model's bucket count, as a power of two
 * @returns bucket → first occurrence
 * @example
 * ngramBuckets('', 4).size; //=> 0
 */
export function ngramBuckets(normalized: string, bits: number): Map<number, number> {
  const text = blankLinks(normalized);
  const size = 1 << bits;
  const mask = size - 1;
  const buckets = new Map<number, number>();
  // Inside a negation's clause (客服不会索要验证码, never share the code) a feature weighs nothing
  // (its bucket is numbered from 2^bits on, past the weights) but still counts in the text's length:
  // “验证码告诉” under 请勿 is not the scammer's.
  const scope = negationScopes(text);
  const put = (hash: number, start: number, length: number): void => {
    const bucket = ((hash >>> 0) & mask) | (scope[start] === 1 ? size : 0);
    if (!buckets.has(bucket)) buckets.set(bucket, start * 256 + Math.min(length, 255));
  };
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLatin(code)) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      // A word's hash starts from another basis than an n-gram's: “qq” the word is not “qq” the bigram.
      let hash = FNV_PRIME;
      for (let k = wordStart; k < i; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
      put(hash, wordStart, i - wordStart);
      wordStart = -1;
    }
    let hash = FNV_OFFSET;
    for (let n = 0; n < 2 && i + n < text.length; n++) {
      const unit = text.charCodeAt(i + n);
      if (!isKnown(unit)) break;
      hash = Math.imul(hash ^ (isDigit(unit) ? 0x30 : unit), FNV_PRIME);
      put(hash, i, n + 1);
    }
  }
  return buckets;
}

const NO_DOMAINS: ReadonlySet<string> = new Set();

/**
 * The text with each link's characters as spaces (the same length, so offsets hold): links are
 * judged by their domain (links.ts), and their letters would teach the wording model that any URL,
 * the platform's own included, reads as a scam.
 */
function blankLinks(text: string): string {
  let out = '';
  let from = 0;
  // findLinks gives the links in text order: each is found after the one before it.
  for (const { link } of findLinks(text, NO_DOMAINS)) {
    const at = text.indexOf(link, from);
    if (at < 0) continue;
    out += text.slice(from, at) + ' '.repeat(link.length);
    from = at + link.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

// A Chinese negation reaches to the end of its clause, a Latin one to the end of its sentence
// (“will never ask for your password, your code or…”).
const SENTENCE_END = /[.!?。！？;；\n]/;
const CLAUSE_END = /[.!?。！？;；,， \n]/;

/**
 * 1 at each offset after a negation cue and before the end of its clause (of its sentence for a
 * Latin cue: “will never ask for your password, your code or…”), and throughout a sentence
 * that gives an official number (the hotline, 96110, 110: “被骗请拨打110” is advice, not a lure).
 */
export function negationScopes(text: string): Uint8Array {
  const scope = new Uint8Array(text.length + 1);
  const mark = (from: number, end: RegExp): void => {
    for (let i = from; i < text.length && !end.test(text[i] as string); i++) scope[i] = 1;
  };
  for (const cue of NEGATIONS) {
    const latin = isLatin(cue.charCodeAt(0));
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) {
      if (latin) {
        if (!isLatin(text.charCodeAt(at - 1))) mark(at + cue.length, SENTENCE_END);
        continue;
      }
      // A Chinese clause also ends at a space (normalizeScamText keeps one only between runs of
      // Han: “不要告诉家人 按我说的转账” is two clauses), but not at one just after the cue.
      let from = at + cue.length;
      while (text[from] === ' ') from++;
      mark(from, CLAUSE_END);
    }
  }
  for (const number of OFFICIAL_NUMBERS) {
    for (let at = text.indexOf(number); at !== -1; at = text.indexOf(number, at + 1)) {
      const end = at + number.length;
      if (isDigit(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(end))) continue;
      let start = at;
      while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
      mark(start, SENTENCE_END);
    }
  }
  return scope;
}

/**
 * Whether a feature's span makes evidence: a Han bigram, or a whole Latin word; a single character,
 * two letters inside a word or a comma say nothing.
 */
function readable(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !/^[\p{L}\p{N}]+$/u.test(text.slice(start, end))) return false;
  return (
    !isLatin(text.charCodeAt(start)) ||
    !(isLatin(text.charCodeAt(start - 1)) || isLatin(text.charCodeAt(end)))
  );
}

/**
 * The model's logit for a normalized text, and the substrings whose features pushed it up most
 * (at most four bigrams or words of letters and digits, overlapping ones merged, in text order,
 * joined by `…`).
 *
 * @param text - a text in the form `normalizeScamText` gives
 * @param model - the quantized model
 * @returns `{ logit, evidence }`
 * @example
 * scoreWording('', { bits: 1, scale: 1, bias: -2, weights: 'e' }); //=> { logit: -2, evidence: '' }
 */
export function scoreWording(text: string, model: ScamWordingModel): { logit: number; evidence: string } {
  const buckets = ngramBuckets(text, model.bits);
  let sum = 0;
  const top: [weight: number, at: number][] = [];
  for (const [bucket, at] of buckets) {
    // Past the weights (a feature under a negation): 0.
    const weight = bucketLevel(model.weights, bucket);
    sum += weight;
    if (weight > 0 && readable(text, at >> 8, (at >> 8) + (at & 255))) top.push([weight, at]);
  }
  const logit = buckets.size === 0 ? model.bias : model.bias + (sum * model.scale) / Math.sqrt(buckets.size);
  top.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const spans = top
    .slice(0, 4)
    .map(([, at]) => [at >> 8, (at >> 8) + (at & 255)] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let end = -1;
  for (const [from, to] of spans) {
    if (from <= end) {
      if (to > end) parts[parts.length - 1] += text.slice(end, to);
    } else parts.push(text.slice(from, to));
    end = Math.max(end, to);
  }
  return { logit, evidence: parts.join('…') };
}
