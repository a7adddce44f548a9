// Feature extraction for the FAQ resolver: CJK unigrams and bigrams, domain lexicon terms, and
// stemmed Latin words, each with a weight; features under a volitional negation (不想退款了) are
// flagged so that they count against the match instead of for it. Features are small integers
// (no string per bigram): a unigram is looked up in a typed array, a bigram by a numeric key.
import {
  FILLER_WORDS,
  LATIN_NEGATORS,
  LATIN_WANTS,
  NEGATION_CUES,
  STOP_CHARACTERS,
  STOP_WORDS,
} from './data/lexicon.js';

/** The weight of each kind of feature: a bigram says far more than one character. */
export const FEATURE_WEIGHTS = { unigram: 0.35, bigram: 1, lexicon: 1.5, word: 1 } as const;

// The CJK range of normalize.ts, repeated here as literals: a hot loop should not read another
// module's binding (a getter under some loaders) once per character.
const CJK_START = 0x3400;
const CJK_END = 0x9fff;
const CJK_SPAN = CJK_END - CJK_START + 1;

function code(ch: string): number {
  return ch.charCodeAt(0);
}

function bigramKey(a: number, b: number): number {
  return (a - CJK_START) * CJK_SPAN + (b - CJK_START);
}

function isCjk(c: number): boolean {
  return c >= CJK_START && c <= CJK_END;
}

/** Per-CJK-character flags: STOP (no topic on its own; still used inside bigrams), FILLER_FIRST, NEGATION_FIRST. */
const STOP = 1;
const FILLER_FIRST = 2;
const NEGATION_START = 4;
const CHAR_FLAGS = new Uint8Array(CJK_SPAN);
for (const ch of STOP_CHARACTERS) {
  CHAR_FLAGS[code(ch) - CJK_START] = STOP;
}

function addFlag(c: number, flag: number): void {
  CHAR_FLAGS[c - CJK_START] = (CHAR_FLAGS[c - CJK_START] as number) | flag;
}

function flagsOf(c: number): number {
  return CHAR_FLAGS[c - CJK_START] as number;
}

const FILLER_BIGRAMS = new Set(
  FILLER_WORDS.map((w) => bigramKey(code(w[0] as string), code(w[1] as string))),
);
for (const w of FILLER_WORDS) addFlag(code(w[0] as string), FILLER_FIRST);

const STOP_WORD_SET = new Set(STOP_WORDS);

const NEGATIONS = NEGATION_CUES.map((cue) => [...cue].map(code));
for (const cue of NEGATIONS) addFlag(cue[0] as number, NEGATION_START);
const NEGATION_WINDOW = 4;
const YAO = code('要');
const LE = code('了');
const BUYAO = NEGATIONS[NEGATION_CUES.indexOf('不要')] as number[];
const LATIN_NEGATOR_SET = new Set(LATIN_NEGATORS);
const LATIN_WANT_SET = new Set(LATIN_WANTS);

/** An infinitive's -ar/-er/-ir followed by an attached pronoun (aplicar|lo). */
const SPANISH_CLITIC = /[aei]r(?:lo|la|le|me|te|se|nos)$/;

/** Endings a Spanish word loses, longest first (then a final -e as in English). */
const SPANISH_ENDINGS = [
  'ieron',
  'iendo',
  'aron',
  'ando',
  'ado',
  'ada',
  'ido',
  'ida',
  'an',
  'en',
  'ar',
  'ir',
  'o',
  'a',
];

/**
 * A light stemmer for English and Spanish words: plural, -ing, -ed, a Spanish infinitive's attached
 * pronoun (aplicarlo → aplicar), Spanish verb and noun endings
 * (-an, -en, -ar, -ir, -ado, -ido, -ando, the preterite's -aron and -ieron, -o, -a, keeping at least four letters), final -e, doubled consonant.
 *
 * @param word - a lower-case ASCII word
 * @returns its stem
 * @example
 * stemWord('shipped'); //=> 'ship'
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 3 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // A Spanish infinitive with a pronoun attached (aplicarlo, usarlo, cancelarme) loses the pronoun.
  const clitic = SPANISH_CLITIC.exec(w);
  if (clitic !== null && clitic.index >= 2) w = w.slice(0, clitic.index + 2);
  // Spanish verb and noun endings (reembolsan, reembolsar, reembolsado, reembolso → reembols).
  for (const ending of SPANISH_ENDINGS) {
    if (w.length - ending.length >= 4 && w.endsWith(ending)) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  const last = w[w.length - 1] as string;
  if (w.length > 3 && last === w[w.length - 2] && !'aeiousl'.includes(last)) w = w.slice(0, -1);
  return w;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The id of a Latin word the knowledge base does not know (an unknown CJK feature is -1). */
export const UNKNOWN_WORD = -2;

/** Receives each feature: its id (negative when unknown), its weight, and whether it is negated. */
export type FeatureSink = (id: number, weight: number, negated: boolean) => void;

/**
 * A vocabulary in compact form: the unigrams as one string; the bigrams grouped by their first
 * character (that character, then every second one; groups separated by spaces); the domain terms
 * and the stemmed words separated by spaces. Ids follow that order.
 */
export interface FeatureSpaceData {
  readonly unigrams: string;
  readonly bigrams: string;
  readonly terms: string;
  readonly words: string;
}

interface LexiconTerm {
  /** The term's characters after its first two. */
  readonly rest: readonly number[];
  readonly id: number;
}

/**
 * The feature vocabulary of one knowledge base. While `growing`, unknown features get new ids;
 * afterwards they are reported as -1.
 */
export class FeatureSpace {
  private readonly unigrams = new Int32Array(CJK_SPAN).fill(-1);
  private readonly bigrams = new Map<number, number>();
  private readonly words = new Map<string, number>();
  private readonly lexicon = new Map<number, LexiconTerm[]>();
  private negatedScratch = new Uint8Array(64);
  private fillerScratch = new Uint8Array(64);
  /** How many feature ids exist. */
  size = 0;
  growing = true;

  /**
   * The vocabulary in its compact form, renumbered in the order `FeatureSpace.load` gives ids:
   * unigrams, then bigrams, then domain terms, then words.
   *
   * @returns the data, and for every old id its new one
   */
  compact(): { data: FeatureSpaceData; renumber: Int32Array } {
    const renumber = new Int32Array(this.size).fill(-1);
    let next = 0;
    let unigrams = '';
    this.unigrams.forEach((id, index) => {
      if (id < 0) return;
      unigrams += String.fromCharCode(CJK_START + index);
      renumber[id] = next++;
    });
    const groups: string[] = [];
    let first = -1;
    for (const [key, id] of [...this.bigrams].sort((a, b) => a[0] - b[0])) {
      const head = Math.floor(key / CJK_SPAN);
      if (head !== first) groups.push(String.fromCharCode(CJK_START + head));
      first = head;
      groups[groups.length - 1] += String.fromCharCode(CJK_START + (key % CJK_SPAN));
      renumber[id] = next++;
    }
    const terms: string[] = [];
    for (const [key, list] of this.lexicon) {
      const head = String.fromCharCode(CJK_START + Math.floor(key / CJK_SPAN), CJK_START + (key % CJK_SPAN));
      for (const term of list) {
        terms.push(head + String.fromCharCode(...term.rest));
        renumber[term.id] = next++;
      }
    }
    const words: string[] = [];
    for (const [word, id] of this.words) {
      words.push(word);
      renumber[id] = next++;
    }
    return {
      data: { unigrams, bigrams: groups.join(' '), terms: terms.join(' '), words: words.join(' ') },
      renumber,
    };
  }

  /**
   * A finished (not growing) space from `compact()`'s data, with the same ids.
   *
   * @param data - the compact vocabulary
   * @returns the feature space
   */
  static load(data: FeatureSpaceData): FeatureSpace {
    const space = new FeatureSpace();
    let id = 0;
    for (let k = 0; k < data.unigrams.length; k++) {
      space.unigrams[data.unigrams.charCodeAt(k) - CJK_START] = id++;
    }
    for (const group of data.bigrams.split(' ')) {
      const head = group.charCodeAt(0);
      for (let k = 1; k < group.length; k++) space.bigrams.set(bigramKey(head, group.charCodeAt(k)), id++);
    }
    if (data.terms !== '') for (const term of data.terms.split(' ')) space.addTerm(term, id++);
    if (data.words !== '') for (const word of data.words.split(' ')) space.words.set(word, id++);
    space.size = id;
    space.growing = false;
    return space;
  }

  /** Adds a domain term (normalized, CJK only, at least two characters); returns its id. */
  addTerm(term: string, given?: number): number {
    const codes = [...term].map(code);
    const key = bigramKey(codes[0] as number, codes[1] as number);
    const list = this.lexicon.get(key) ?? [];
    const rest = codes.slice(2);
    const existing = list.find(
      (t) => t.rest.length === rest.length && t.rest.every((c, i) => c === codes[i + 2]),
    );
    if (existing !== undefined) return existing.id;
    const id = given ?? this.size++;
    list.push({ rest, id });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.lexicon.set(key, list);
    return id;
  }

  private unigramId(c: number): number {
    const index = c - CJK_START;
    const id = this.unigrams[index] as number;
    if (id >= 0 || !this.growing) return id;
    this.unigrams[index] = this.size;
    return this.size++;
  }

  private bigramId(key: number): number {
    const id = this.bigrams.get(key);
    if (id !== undefined) return id;
    if (!this.growing) return -1;
    this.bigrams.set(key, this.size);
    return this.size++;
  }

  private wordId(word: string): number {
    const id = this.words.get(word);
    if (id !== undefined) return id;
    if (!this.growing) return UNKNOWN_WORD;
    this.words.set(word, this.size);
    return this.size++;
  }

  /**
   * Visits the features of a normalized text (codes from `normalizeInto`, length `n`).
   *
   * @param buf - the normalized codes
   * @param n - how many of them
   * @param sink - receives each feature
   */
  visit(buf: Uint16Array, n: number, sink: FeatureSink): void {
    let words: string[] | undefined;
    let start = 0;
    while (start < n) {
      const c = buf[start] as number;
      if (c === 0x20) {
        start++;
        continue;
      }
      let end = start + 1;
      if (isCjk(c)) {
        while (end < n && isCjk(buf[end] as number)) end++;
        this.visitCjk(buf, start, end, sink);
      } else {
        while (end < n && buf[end] !== 0x20 && !isCjk(buf[end] as number)) end++;
        words ??= [];
        let word = '';
        for (let k = start; k < end; k++) word += String.fromCharCode(buf[k] as number);
        words.push(word);
        if (end >= n || isCjk(buf[end] as number)) {
          this.visitWords(words, sink);
          words = undefined;
        }
      }
      start = end;
    }
    if (words !== undefined) this.visitWords(words, sink);
  }

  private visitCjk(buf: Uint16Array, start: number, end: number, sink: FeatureSink): void {
    const length = end - start;
    if (this.negatedScratch.length < length) {
      this.negatedScratch = new Uint8Array(length * 2);
      this.fillerScratch = new Uint8Array(length * 2);
    }
    const negated = this.negatedScratch;
    const filler = this.fillerScratch;
    negated.fill(0, 0, length);
    filler.fill(0, 0, length);
    let negatedUntil = -1;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      const flags = flagsOf(c);
      if (
        (flags & FILLER_FIRST) !== 0 &&
        i + 1 < end &&
        FILLER_BIGRAMS.has(bigramKey(c, buf[i + 1] as number))
      ) {
        filler[i - start] = 1;
        filler[i + 1 - start] = 1;
      }
      if (i >= negatedUntil && (flags & NEGATION_START) !== 0) {
        for (const cue of NEGATIONS) {
          if (i + cue.length > end) continue;
          let same = true;
          for (let k = 1; k < cue.length && same; k++) same = buf[i + k] === cue[k];
          if (!same) continue;
          const next = i + cue.length < end ? (buf[i + cue.length] as number) : -1;
          // 不想要 / 不要了 = "I don't want the item": a return cue, not a negation.
          if (next === YAO || (cue === BUYAO && (next === LE || next === -1))) break;
          negatedUntil = i + cue.length + NEGATION_WINDOW;
          break;
        }
      }
      if (i < negatedUntil) negated[i - start] = 1;
    }
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      const neg = negated[i - start] === 1;
      const isFiller = filler[i - start] === 1;
      const stop = (flagsOf(c) & STOP) !== 0;
      if (!isFiller && !stop) sink(this.unigramId(c), FEATURE_WEIGHTS.unigram, neg);
      if (i + 1 >= end) continue;
      const d = buf[i + 1] as number;
      const key = bigramKey(c, d);
      if (!isFiller && filler[i + 1 - start] !== 1 && !(stop && (flagsOf(d) & STOP) !== 0)) {
        sink(this.bigramId(key), FEATURE_WEIGHTS.bigram, neg);
      }
      const terms = this.lexicon.get(key);
      if (terms === undefined) continue;
      for (const term of terms) {
        const { rest } = term;
        if (i + 2 + rest.length > end) continue;
        let same = true;
        for (let k = 0; k < rest.length && same; k++) same = buf[i + 2 + k] === rest[k];
        if (same) sink(term.id, FEATURE_WEIGHTS.lexicon, neg);
      }
    }
  }

  private visitWords(words: readonly string[], sink: FeatureSink): void {
    let negateLeft = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (LATIN_NEGATOR_SET.has(word) && LATIN_WANT_SET.has(words[i + 1] ?? '')) {
        negateLeft = 4;
        continue;
      }
      const neg = negateLeft > 0;
      if (negateLeft > 0) negateLeft--;
      if (STOP_WORD_SET.has(word) || word.length < 2) continue;
      if (isNumber(word)) continue; // a bare number says nothing about the intent
      sink(this.wordId(stemWord(word)), FEATURE_WEIGHTS.word, neg);
    }
  }
}
