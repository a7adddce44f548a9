// The FAQ resolver: BM25 over one "document" per intent (all its examples, its titles and its
// keywords), with a calibrated confidence = query coverage × lead over the runner-up.
import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { type FeatureSink, FeatureSpace, type FeatureSpaceData, UNKNOWN_WORD } from './analyze.js';
import { type ClauseBounds, clauseBounds, questionClause } from './clauses.js';
import { CHIT_CHAT_EXAMPLES } from './data/chit-chat.js';
import { DEFAULT_FAQ_INDEX } from './generated/default-index.js';
import { defaultFaqEntries } from './knowledge-base.js';
import { CJK_START, DEFAULT_MAX_QUERY_LENGTH, normalizeFaqText, normalizeInto } from './normalize.js';
import { isOffTopic } from './off-topic.js';
import { unpackFaqIndex } from './packed-index.js';
import { CJK_TERM, LATIN_WORD, validateEntries } from './validate.js';
import type {
  CustomFaqEntry,
  FaqEntry,
  FaqMatch,
  FaqResolution,
  FaqResolver,
  FaqResolverOptions,
} from './types.js';

/**
 * The defaults of `FaqResolverOptions`: `minScore` 0.2, `ambiguityMargin` 0.06, `maxCandidates` 5,
 * `maxQueryLength` 512.
 *
 * @example
 * resolveFaq('券用不了', { minScore: DEFAULT_FAQ_RESOLVER_OPTIONS.minScore + 0.1 });
 */
export const DEFAULT_FAQ_RESOLVER_OPTIONS = {
  minScore: 0.2,
  ambiguityMargin: 0.06,
  maxCandidates: 5,
  maxQueryLength: DEFAULT_MAX_QUERY_LENGTH,
} as const satisfies Required<FaqResolverOptions>;

const K1 = 1.2;
const B = 0.5;
/** A keyword counts as this many example questions. */
const KEYWORD_BOOST = 3;
/** A negative cue multiplies the intent's raw score by this. */
const NEGATIVE_CUE_FACTOR = 0.25;
/** The most explanation a query needs for full coverage (about 12 characters of text). */
const COVERAGE_CAP = 30;
/** A feature seen this many times in an entry counts half as explained (a one-off mention counts less). */
const PRESENCE_HALF = 0.5;
/** The explained weight of about one specific two-character word. */
const MIN_EVIDENCE = 1.5;
/**
 * An English or Spanish word the knowledge base never uses counts this much of an unknown
 * character pair: such messages name their things ("the kettle", "la licuadora") in words no
 * answer needs, where a Chinese one shares characters with the examples.
 */
const UNKNOWN_WORD_SHARE = 0.5;
/** In a message of several clauses, the question clause's features count this much more in the ranking. */
const QUESTION_BOOST = 1;
/**
 * In a message of several clauses, the best intent's coverage is also judged clause by clause (the
 * issue stated in one sentence of three, the rest context): the best clause counts this much.
 */
const CLAUSE_COVERAGE_SHARE = 0.85;
/** A clause judged alone needs this much explained weight (more than a whole message's MIN_EVIDENCE). */
const CLAUSE_MIN_EVIDENCE = 2;
/** At most this many clauses are judged one by one. */
const MAX_CLAUSES = 16;
/**
 * A clause longer than this (normalized characters; Chinese, then Latin text) is also judged in
 * windows of that length, half overlapping: a voice-input run-on states its issue somewhere in it.
 */
const WINDOW_CJK = 20;
const WINDOW_LATIN = 48;

/** Small numbers in `FaqIndexData` strings are stored from '0' up, printable in a source file. */
const CODE_OFFSET = 0x30;

/**
 * A knowledge base's index in a compact form: the vocabulary (see `FeatureSpaceData`), per
 * feature its document count (one UTF-16 unit each, from `CODE_OFFSET`), the postings grouped by
 * feature (entry index and term frequency, two units each, from `CODE_OFFSET`), every document's length, and the negative cues.
 */
export interface FaqIndexData {
  readonly features: FeatureSpaceData;
  readonly df: string;
  readonly postings: string;
  readonly lengths: readonly number[];
  readonly cues: readonly (readonly [number, readonly number[]])[];
}

/**
 * Builds the index data of a knowledge base (the ids of its features, their postings and the
 * entries' lengths): at run time for a shop's own entries, at build time for the built-in ones
 * (tools/build-faq-index.ts packs it with `packFaqIndex` into faq/generated/default-index.ts).
 *
 * @param entries - the checked entries
 * @returns the data `FaqIndex` is made from
 */
export function buildFaqIndexData(entries: readonly CustomFaqEntry[]): FaqIndexData {
  // One document per entry, then the chit-chat document (index `entries.length`).
  const n = entries.length + 1;
  const space = new FeatureSpace();
  for (const entry of entries) {
    for (const keyword of entry.keywords ?? []) {
      const normalized = normalizeFaqText(keyword);
      if (CJK_TERM.test(normalized)) space.addTerm(normalized);
    }
  }
  const cueIntents = new Map<number, number[]>();
  entries.forEach((entry, i) => {
    for (const cue of entry.negativeCues ?? []) {
      const id = cueId(space, cue);
      if (id === undefined) continue;
      const list = cueIntents.get(id) ?? [];
      list.push(i);
      cueIntents.set(id, list);
    }
  });
  const buf = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);
  // Pass 1: give every feature an id and record, per text, its distinct features (typed arrays,
  // no map per entry: the default index must build in a few milliseconds).
  const lengths = new Float64Array(n);
  let seenAt = new Int32Array(4096);
  let recorded = new Int32Array(16384);
  let recordedBoost = new Uint8Array(16384);
  let count = 0;
  const entryEnd = new Uint32Array(n);
  let stamp = 0;
  let boost = 1;
  let length = 0;
  const collect: FeatureSink = (id, weight, negated) => {
    if (negated || id < 0) return;
    if (id >= seenAt.length) {
      const grown = new Int32Array(seenAt.length * 2);
      grown.set(seenAt);
      seenAt = grown;
    }
    if (seenAt[id] === stamp) return;
    seenAt[id] = stamp;
    if (count === recorded.length) {
      const ids = new Int32Array(count * 2);
      ids.set(recorded);
      recorded = ids;
      const boosts = new Uint8Array(count * 2);
      boosts.set(recordedBoost);
      recordedBoost = boosts;
    }
    recorded[count] = id;
    recordedBoost[count] = boost;
    count++;
    length += boost * weight;
  };
  const addText = (text: string, textBoost: number): void => {
    stamp++;
    boost = textBoost;
    space.visit(buf, normalizeInto(text, DEFAULT_MAX_QUERY_LENGTH, buf), collect);
  };
  entries.forEach((entry, i) => {
    length = 0;
    for (const example of entry.examples) addText(example, 1);
    if (entry.title !== undefined) {
      addText(entry.title['zh-CN'], 1);
      addText(entry.title.en, 1);
      addText(entry.title.es, 1);
    }
    for (const keyword of entry.keywords ?? []) addText(keyword, KEYWORD_BOOST);
    lengths[i] = length;
    entryEnd[i] = count;
  });
  length = 0;
  for (const example of CHIT_CHAT_EXAMPLES) addText(example, 1);
  lengths[n - 1] = length;
  entryEnd[n - 1] = count;
  space.growing = false;
  const size = space.size;
  // Pass 2: term frequencies per entry, and document frequencies.
  const acc = new Float64Array(size);
  const pairId = new Int32Array(count);
  const pairTf = new Float64Array(count);
  const pairEnd = new Uint32Array(n);
  const df = new Uint32Array(size);
  let pairs = 0;
  for (let i = 0, r = 0; i < n; i++) {
    const first = pairs;
    for (const end = entryEnd[i] as number; r < end; r++) {
      const id = recorded[r] as number;
      if (acc[id] === 0) pairId[pairs++] = id;
      acc[id] = (acc[id] as number) + (recordedBoost[r] as number);
    }
    for (let p = first; p < pairs; p++) {
      const id = pairId[p] as number;
      pairTf[p] = acc[id] as number;
      acc[id] = 0;
      df[id] = (df[id] as number) + 1;
    }
    pairEnd[i] = pairs;
  }
  // Renumber the features in the compact vocabulary's order, then group the postings by feature
  // id, in entry order within a feature.
  const compacted = space.compact();
  const { data: features, moved } = sortWords(compacted.data);
  const renumber = compacted.renumber.map((id) => moved[id] as number);
  const counts = new Uint32Array(size);
  for (let id = 0; id < size; id++) counts[renumber[id] as number] = df[id] as number;
  const offsets = new Uint32Array(size + 1);
  for (let id = 0; id < size; id++) offsets[id + 1] = (offsets[id] as number) + (counts[id] as number);
  const fill = offsets.slice(0, size);
  const grouped = new Uint16Array(pairs * 2);
  for (let i = 0, p = 0; i < n; i++) {
    for (const end = pairEnd[i] as number; p < end; p++) {
      const id = renumber[pairId[p] as number] as number;
      const at = fill[id] as number;
      fill[id] = at + 1;
      grouped[2 * at] = i + CODE_OFFSET;
      grouped[2 * at + 1] = (pairTf[p] as number) + CODE_OFFSET;
    }
  }
  let postings = '';
  for (let k = 0; k < grouped.length; k += 1024) {
    postings += String.fromCharCode(...grouped.subarray(k, Math.min(grouped.length, k + 1024)));
  }
  let documents = '';
  for (let id = 0; id < size; id++) documents += String.fromCharCode((counts[id] as number) + CODE_OFFSET);
  return {
    features,
    df: documents,
    postings,
    lengths: Array.from(lengths),
    cues: [...cueIntents].map(([id, intents]) => [renumber[id] as number, intents] as const),
  };
}

/**
 * The vocabulary with its words in sorted order (neighbours then share their first letters, which
 * the packed index stores once), and for every compact id its new one.
 */
function sortWords(data: FeatureSpaceData): { data: FeatureSpaceData; moved: Int32Array } {
  let first = data.unigrams.length;
  for (const group of data.bigrams === '' ? [] : data.bigrams.split(' ')) first += group.length - 1;
  if (data.terms !== '') first += data.terms.split(' ').length;
  const words = data.words === '' ? [] : data.words.split(' ');
  const moved = new Int32Array(first + words.length);
  for (let id = 0; id < first; id++) moved[id] = id;
  const order = words.map((_, k) => k).sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
  order.forEach((k, rank) => {
    moved[first + k] = first + rank;
  });
  return { data: { ...data, words: order.map((k) => words[k]).join(' ') }, moved };
}

/** The scoring tables of one knowledge base, plus the per-query scratch state (resolve is synchronous). */
class FaqIndex<E extends CustomFaqEntry> {
  readonly entries: readonly E[];
  private readonly space: FeatureSpace;
  private readonly idf: Float64Array;
  private readonly offsets: Uint32Array;
  private readonly postIntent: Uint16Array;
  private readonly postWeight: Float64Array;
  private readonly postCover: Float64Array;
  private readonly unknownIdf: number;
  /** For a feature id that is a negative cue: the intents it argues against. */
  private readonly cueIntents: ReadonlyMap<number, readonly number[]>;
  private readonly isCue: Uint8Array;
  private buf = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);
  private readonly scores: Float64Array;
  private readonly cover: Float64Array;
  private readonly penalized: Uint8Array;
  private total = 0;
  /** Per feature id, the last query that counted it: a repeated word counts once. */
  private readonly seenIn: Uint32Array;
  private query = 0;
  private readonly sink: FeatureSink;
  private readonly boostSink: FeatureSink;
  /** Per feature id, the last query whose question clause counted it. */
  private readonly boostedIn: Uint32Array;
  private clauseBuf = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);
  /** The intent whose coverage one clause is judged for, and that clause's running sums. */
  private target = 0;
  private clauseTotal = 0;
  private clauseCover = 0;
  private readonly clauseSeen: Uint32Array;
  private clauseStamp = 0;
  private readonly clauseSink: FeatureSink;
  private windowBuf = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);

  constructor(entries: readonly E[], data: FaqIndexData) {
    this.entries = entries;
    // One document per entry, then the chit-chat document (index `entries.length`).
    const n = entries.length + 1;
    const space = FeatureSpace.load(data.features);
    this.space = space;
    const size = space.size;
    const { df, postings, lengths } = data;
    const pairs = postings.length / 2;
    const offsets = new Uint32Array(size + 1);
    const idf = new Float64Array(size);
    for (let id = 0; id < size; id++) {
      const docs = df.charCodeAt(id) - CODE_OFFSET;
      offsets[id + 1] = (offsets[id] as number) + docs;
      idf[id] = Math.log(1 + (n - docs + 0.5) / (docs + 0.5));
    }
    let avgLength = 0;
    for (let i = 0; i < n; i++) avgLength += (lengths[i] as number) / n;
    const norms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      norms[i] = K1 * (1 - B + (B * (lengths[i] as number)) / Math.max(avgLength, 1e-9));
    }
    // BM25 postings, grouped by feature id.
    const postIntent = new Uint16Array(pairs);
    const postWeight = new Float64Array(pairs);
    const postCover = new Float64Array(pairs);
    for (let id = 0, at = 0; id < size; id++) {
      const w = idf[id] as number;
      for (const end = offsets[id + 1] as number; at < end; at++) {
        const i = postings.charCodeAt(2 * at) - CODE_OFFSET;
        const tf = postings.charCodeAt(2 * at + 1) - CODE_OFFSET;
        postIntent[at] = i;
        postWeight[at] = (w * tf * (K1 + 1)) / (tf + (norms[i] as number));
        postCover[at] = (w * tf) / (tf + PRESENCE_HALF);
      }
    }
    this.idf = idf;
    this.offsets = offsets;
    this.postIntent = postIntent;
    this.postWeight = postWeight;
    this.postCover = postCover;
    this.unknownIdf = Math.log(1 + (n - 0.5) / 1.5);
    const cueIntents = new Map(data.cues);
    this.cueIntents = cueIntents;
    this.isCue = new Uint8Array(size);
    for (const id of cueIntents.keys()) this.isCue[id] = 1;
    this.seenIn = new Uint32Array(size);
    this.scores = new Float64Array(n);
    this.cover = new Float64Array(n);
    this.penalized = new Uint8Array(n);
    this.sink = (id, weight, negated) => this.accumulate(id, weight, negated);
    this.boostedIn = new Uint32Array(size);
    this.boostSink = (id, weight, negated) => this.boost(id, weight, negated);
    this.clauseSeen = new Uint32Array(size);
    this.clauseSink = (id, weight, negated) => this.clauseFeature(id, weight, negated);
  }

  /** One clause's total weight, and how much of it the target intent explains (as `accumulate`). */
  private clauseFeature(id: number, weight: number, negated: boolean): void {
    if (id < 0) {
      this.clauseTotal += weight * this.unknownIdf * (id === UNKNOWN_WORD ? UNKNOWN_WORD_SHARE : 1);
      return;
    }
    if (this.clauseSeen[id] === this.clauseStamp) return;
    this.clauseSeen[id] = this.clauseStamp;
    this.clauseTotal += weight * (this.idf[id] as number);
    if (negated) return;
    const end = this.offsets[id + 1] as number;
    for (let j = this.offsets[id] as number; j < end; j++) {
      if (this.postIntent[j] !== this.target) continue;
      this.clauseCover += weight * (this.postCover[j] as number);
      break;
    }
  }

  /** How much of the normalized codes `buf[from..to)` the target intent explains (0 below CLAUSE_MIN_EVIDENCE). */
  private spanCoverage(buf: Uint16Array, from: number, to: number): number {
    this.clauseStamp = (this.clauseStamp + 1) >>> 0 || 1;
    this.clauseTotal = 0;
    this.clauseCover = 0;
    const span = this.windowBuf;
    for (let i = from; i < to; i++) span[i - from] = buf[i] as number;
    this.space.visit(span, to - from, this.clauseSink);
    if (this.clauseCover < CLAUSE_MIN_EVIDENCE) return 0;
    return Math.min(1, this.clauseCover / Math.min(this.clauseTotal, COVERAGE_CAP));
  }

  /**
   * The best coverage, by the intent `target`, of one clause of a message of several, or of one
   * window of a long clause.
   */
  private bestClauseCoverage(text: string, bounds: ClauseBounds, target: number, maxLength: number): number {
    const { starts, ends } = bounds;
    const count = Math.min(starts.length, MAX_CLAUSES);
    if (this.windowBuf.length < maxLength) this.windowBuf = new Uint16Array(maxLength);
    this.target = target;
    const buf = this.clauseBuf;
    let best = 0;
    for (let k = 0; k < count; k++) {
      const n = normalizeInto(text.slice(starts[k], ends[k]), maxLength, buf);
      if (count >= 2) best = Math.max(best, this.spanCoverage(buf, 0, n));
      let cjk = 0;
      for (let i = 0; i < n; i++) if ((buf[i] as number) >= CJK_START) cjk++;
      const size = 2 * cjk >= n ? WINDOW_CJK : WINDOW_LATIN;
      if (n <= size) continue;
      for (let start = 0; start < n; start += size / 2) {
        const from = wordStart(buf, start, n);
        const to = wordStart(buf, Math.min(n, start + size), n);
        if (to > from) best = Math.max(best, this.spanCoverage(buf, from, to));
        if (start + size >= n) break;
      }
    }
    return best;
  }

  /** Ranking only: the question clause's features add to the scores, not to coverage. */
  private boost(id: number, weight: number, negated: boolean): void {
    if (id < 0 || negated || this.boostedIn[id] === this.query) return;
    this.boostedIn[id] = this.query;
    const { scores, postIntent, postWeight } = this;
    const end = this.offsets[id + 1] as number;
    for (let j = this.offsets[id] as number; j < end; j++) {
      const i = postIntent[j] as number;
      scores[i] = (scores[i] as number) + QUESTION_BOOST * weight * (postWeight[j] as number);
    }
  }

  private accumulate(id: number, weight: number, negated: boolean): void {
    if (id < 0) {
      this.total += weight * this.unknownIdf * (id === UNKNOWN_WORD ? UNKNOWN_WORD_SHARE : 1);
      return;
    }
    if (this.seenIn[id] === this.query) return;
    this.seenIn[id] = this.query;
    this.total += weight * (this.idf[id] as number);
    if (this.isCue[id] === 1) for (const i of this.cueIntents.get(id) ?? []) this.penalized[i] = 1;
    if (negated) return;
    const { scores, cover, postIntent, postWeight, postCover } = this;
    const end = this.offsets[id + 1] as number;
    for (let j = this.offsets[id] as number; j < end; j++) {
      const i = postIntent[j] as number;
      scores[i] = (scores[i] as number) + weight * (postWeight[j] as number);
      cover[i] = (cover[i] as number) + weight * (postCover[j] as number);
    }
  }

  resolve(query: string, options: Required<FaqResolverOptions>): FaqResolution<E> {
    const { entries, scores, cover, penalized } = this;
    const n = entries.length + 1;
    const chitChat = n - 1;
    scores.fill(0);
    cover.fill(0);
    penalized.fill(0);
    this.total = 0;
    this.query = (this.query + 1) >>> 0 || 1;
    if (this.buf.length < options.maxQueryLength) this.buf = new Uint16Array(options.maxQueryLength);
    const length = normalizeInto(query, options.maxQueryLength, this.buf);
    this.space.visit(this.buf, length, this.sink);
    const text = query.slice(0, options.maxQueryLength * 4);
    const bounds = clauseBounds(text);
    if (this.clauseBuf.length < options.maxQueryLength)
      this.clauseBuf = new Uint16Array(options.maxQueryLength);
    const clause = questionClause(text, bounds);
    if (clause !== undefined) {
      this.space.visit(
        this.clauseBuf,
        normalizeInto(clause, options.maxQueryLength, this.clauseBuf),
        this.boostSink,
      );
    }
    let normalized = '';
    for (let i = 0; i < length; i += 1024) {
      normalized += String.fromCharCode(...this.buf.subarray(i, Math.min(length, i + 1024)));
    }
    const offTopic = isOffTopic(normalized);
    let first = -1;
    let second = -1;
    for (let i = 0; i < n; i++) {
      if (penalized[i] === 1) {
        scores[i] = (scores[i] as number) * NEGATIVE_CUE_FACTOR;
        cover[i] = (cover[i] as number) * NEGATIVE_CUE_FACTOR;
      }
      const s = scores[i] as number;
      if (s <= 0) continue;
      if (first < 0 || s > (scores[first] as number)) {
        second = first;
        first = i;
      } else if (second < 0 || s > (scores[second] as number)) second = i;
    }
    if (first < 0) return { status: 'no-match', best: null, candidates: [] };
    // Chatter wins: nothing to answer, but the entries it beat are still candidates.
    const chatter = first === chitChat;
    const top = scores[first] as number;
    const runnerUp = second < 0 ? 0 : (scores[second] as number);
    // Coverage of a long message is judged against a short question's worth of text, so that a
    // story around the issue does not drown it (the rest of the story is context, not noise).
    const needed = Math.min(this.total, COVERAGE_CAP);
    let coverage = needed > 0 ? Math.min(1, (cover[first] as number) / needed) : 0;
    if (!chatter && coverage < 1) {
      const byClause =
        CLAUSE_COVERAGE_SHARE *
        this.bestClauseCoverage(text, bounds, first, options.maxQueryLength) *
        (penalized[first] === 1 ? NEGATIVE_CUE_FACTOR : 1);
      coverage = Math.max(coverage, byClause);
    }
    const margin = 1 - runnerUp / top;
    // A query of one weak character ("好") explains all of itself and still says nothing: below
    // MIN_EVIDENCE of explained weight (about one specific two-character word) the score shrinks.
    const evidence = Math.min(1, (cover[first] as number) / MIN_EVIDENCE);
    const confidence = coverage * evidence * (0.7 + 0.3 * margin);
    const order: number[] = [];
    for (let i = 0; i < chitChat; i++) if ((scores[i] as number) > 0) order.push(i);
    order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    const count = Math.min(order.length, options.maxCandidates);
    const candidates: FaqMatch<E>[] = [];
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const entry = entries[i] as E;
      const score = Math.round(confidence * ((scores[i] as number) / top) * 1e4) / 1e4;
      candidates.push({ id: entry.id, score, entry });
    }
    const best = candidates[0];
    if (chatter || offTopic || best === undefined || best.score < options.minScore) {
      return { status: 'no-match', best: null, candidates };
    }
    // Ambiguous between two answers; chatter close behind only lowers the confidence.
    const rival = order[1] === undefined ? 0 : (scores[order[1]] as number);
    return { status: 1 - rival / top < options.ambiguityMargin ? 'ambiguous' : 'matched', best, candidates };
  }
}

/** `at`, or the end of the Latin word it falls inside (a window never cuts a word in two). */
function wordStart(buf: Uint16Array, at: number, n: number): number {
  let i = at;
  while (i > 0 && i < n && isLatin(buf[i - 1] as number) && isLatin(buf[i] as number)) i++;
  return i;
}

function isLatin(code: number): boolean {
  return code !== 0x20 && code < CJK_START;
}

/** The feature id a negative cue is recognized by: a CJK term, or one stemmed Latin word. */
function cueId(space: FeatureSpace, cue: string): number | undefined {
  const normalized = normalizeFaqText(cue);
  if (CJK_TERM.test(normalized)) return space.addTerm(normalized);
  if (LATIN_WORD.test(normalized)) {
    let id: number | undefined;
    const buf = new Uint16Array(normalized.length);
    space.visit(buf, normalizeInto(normalized, normalized.length, buf), (found) => {
      if (found >= 0) id = found;
    });
    return id;
  }
  return undefined;
}

const OPTION_RANGES = {
  minScore: [0, 1, false],
  ambiguityMargin: [0, 1, false],
  maxCandidates: [1, 255, true],
  maxQueryLength: [1, 100_000, true],
} as const;

// Checked by hand rather than with FaqResolverOptionsSchema, so that `resolveFaq` alone does not
// bring zod into a frontend bundle.
function validateOptions(options: unknown): Required<FaqResolverOptions> {
  if (options === undefined) return DEFAULT_FAQ_RESOLVER_OPTIONS;
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError('invalid_configuration', 'FAQ resolver options must be an object', { path: [] });
  }
  const given = options as Record<string, unknown>;
  const resolved: Record<string, number> = { ...DEFAULT_FAQ_RESOLVER_OPTIONS };
  for (const [name, [min, max, integer]] of Object.entries(OPTION_RANGES)) {
    const value = given[name];
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !(value >= min && value <= max) ||
      (integer && !Number.isInteger(value))
    ) {
      throw new TiantianError(
        'invalid_configuration',
        `Invalid FAQ resolver option ${name}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${describeValue(value)}`,
        { path: [name] },
      );
    }
    resolved[name] = value;
  }
  return resolved as Required<FaqResolverOptions>;
}

function assertQuery(query: unknown): asserts query is string {
  if (typeof query !== 'string') {
    throw new TiantianError('invalid_argument', `The FAQ query must be a string, got ${typeof query}`, {
      path: ['query'],
    });
  }
}

/**
 * Builds a resolver over a knowledge base: the built-in `defaultFaqEntries`, a shop's own, or the
 * built-in one extended (`[...defaultFaqEntries, ...mine]`). An entry needs only `{ id, examples }`;
 * its id may be a shop's own intent. Entries are checked by hand (no zod on this path); the index
 * is built once, here.
 *
 * @param entries - one entry per intent (ids unique)
 * @param options - thresholds (see `FaqResolverOptions` for the defaults)
 * @returns a resolver whose `resolve(query)` never throws for a string
 * @throws {TiantianError} `'invalid_configuration'` naming the entry and field, for an invalid entry or option
 * @example
 * const resolver = createFaqResolver(
 *   defaultFaqEntries.map((e) => (e.id === 'stock-restock' ? { ...e, examples: [...e.examples, '这款会返场吗'] } : e)),
 * );
 * resolver.resolve('这款会返场吗').best?.id; //=> 'stock-restock'
 */
export function createFaqResolver<const E extends CustomFaqEntry>(
  entries: readonly E[],
  options?: FaqResolverOptions,
): FaqResolver<E> {
  const checked = validateEntries(entries);
  const resolved = validateOptions(options);
  const index = new FaqIndex(checked, buildFaqIndexData(checked));
  return {
    entries: checked,
    resolve(query: string): FaqResolution<E> {
      assertQuery(query);
      return index.resolve(query, resolved);
    },
  };
}

let defaultIndex: FaqIndex<FaqEntry> | undefined;

/**
 * Resolves a customer's question against the built-in knowledge base (`defaultFaqEntries`). The
 * index is built on the first call (3–4 ms warm; the very first call in a process takes longer), not at import.
 *
 * @param query - the customer's words, any locale, any length (the first 512 normalized characters are analyzed)
 * @param options - thresholds (see `FaqResolverOptions` for the defaults)
 * @returns the status, the best match (null for `'no-match'`) and the candidates, best first
 * @throws {TiantianError} `'invalid_argument'` when `query` is not a string; `'invalid_configuration'` for bad options
 * @example
 * resolveFaq('優惠卷用不了').best?.id; //=> 'coupon-unusable'
 * resolveFaq('今天天气怎么样').status; //=> 'no-match'
 */
export function resolveFaq(query: string, options?: FaqResolverOptions): FaqResolution {
  assertQuery(query);
  const resolved = validateOptions(options);
  defaultIndex ??= new FaqIndex(defaultFaqEntries, unpackFaqIndex(DEFAULT_FAQ_INDEX));
  return defaultIndex.resolve(query, resolved);
}
