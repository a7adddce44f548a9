// The training of the wording model of assessScamRisk (src/safety/wording.ts): the labelled
// corpora of tests/safety, a deterministic logistic regression (fixed seed and order), the nine-level
// quantization, and a stratified k-fold cross-validation. Used by tools/build-scam-model.ts (which
// writes the shipped model), tools/eval-scam.ts (the figures) and tests/safety/wording.test.ts.
import { FAQ_DATA } from '../src/faq/data/index.js';
import { TRADITIONAL_TO_SIMPLIFIED } from '../src/safety/data.js';
import { normalizeScamText } from '../src/safety/scam.js';
import { levelPair, ngramBuckets, type ScamWordingModel } from '../src/safety/wording.js';
import * as DEV4 from '../tests/safety/dev4-corpus.js';
import * as DEV5 from '../tests/safety/dev5-corpus.js';
import * as DEV7 from '../tests/safety/dev7-corpus.js';
import * as DEV8 from '../tests/safety/dev8-corpus.js';
import * as FROZEN from '../tests/safety/frozen-corpus.js';
import * as DEV from '../tests/safety/scam-corpus.js';

/** One labelled message: its set, whether it is a scam, its text. */
export interface LabelledMessage {
  readonly set: string;
  readonly scam: boolean;
  readonly text: string;
}

/**
 * Every labelled scam and benign message of tests/safety, and the FAQ's example questions (benign;
 * those of security-fraud, which talk about scams, left out), in a fixed order.
 */
export function labelledMessages(): LabelledMessage[] {
  const sets: [string, readonly string[], readonly string[]][] = [
    ['development 1', DEV.SCAM_MESSAGES, DEV.BENIGN_MESSAGES],
    ['development 2', DEV.SCAM_MESSAGES_2, DEV.BENIGN_MESSAGES_2],
    ['tuning probes', DEV.SCAM_PROBES, DEV.BENIGN_PROBES],
    ['frozen 1', FROZEN.FROZEN_SCAM_MESSAGES, FROZEN.FROZEN_BENIGN_MESSAGES],
    ['frozen 2', FROZEN.FROZEN_SCAM_MESSAGES_2, FROZEN.FROZEN_BENIGN_MESSAGES_2],
    ['development 4', DEV4.DEV4_SCAM_MESSAGES, DEV4.DEV4_BENIGN_MESSAGES],
    ['development 4 probes', DEV4.DEV4_SCAM_PROBES, DEV4.DEV4_BENIGN_PROBES],
    ['development 5', DEV5.DEV5_SCAM_MESSAGES, DEV5.DEV5_BENIGN_MESSAGES],
    ['development 7', DEV7.DEV7_SCAM_MESSAGES, DEV7.DEV7_BENIGN_MESSAGES],
    ['development 7 blind', DEV7.DEV7_BLIND_SCAM_MESSAGES, DEV7.DEV7_BLIND_BENIGN_MESSAGES],
    ['development 8', DEV8.DEV8_SCAM_MESSAGES, DEV8.DEV8_BENIGN_MESSAGES],
    ['development 8 blind', DEV8.DEV8_BLIND_SCAM_MESSAGES, DEV8.DEV8_BLIND_BENIGN_MESSAGES],
  ];
  const messages: LabelledMessage[] = [];
  for (const [set, scams, benign] of sets) {
    for (const text of scams) messages.push({ set, scam: true, text });
    for (const text of benign) messages.push({ set, scam: false, text });
  }
  for (const [id, entry] of Object.entries(FAQ_DATA)) {
    if (id === 'security-fraud') continue;
    for (const text of entry.examples) messages.push({ set: 'FAQ examples', scam: false, text });
  }
  return messages;
}

/** The training settings; the defaults are the shipped model's. */
export interface TrainingOptions {
  readonly bits?: number;
  readonly epochs?: number;
  readonly l2?: number;
  readonly seed?: number;
}

export const SHIPPED_OPTIONS: Required<TrainingOptions> = {
  bits: Number((typeof process === 'undefined' ? undefined : process.env.BITS) ?? 12),
  epochs: 30,
  l2: 1e-5,
  seed: 7,
};

/** mulberry32: a small seeded generator, so that training is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

const SIMPLIFIED_TO_TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
    const simplified = TRADITIONAL_TO_SIMPLIFIED[i + 1] as string;
    // 帳 and 賬 are both 账: the first pair names the twin.
    if (!map.has(simplified)) map.set(simplified, TRADITIONAL_TO_SIMPLIFIED[i] as string);
  }
  return map;
})();

/**
 * A text with the Simplified side of `TRADITIONAL_TO_SIMPLIFIED` written in the Traditional one
 * (请把验证码告诉我 → 請把驗證碼告訴我): the Traditional twin a message is also trained as.
 */
export function traditionalTwin(text: string): string {
  let twin = '';
  for (const unit of text) twin += SIMPLIFIED_TO_TRADITIONAL.get(unit) ?? unit;
  return twin;
}

/**
 * Each message, and after it its Traditional twin when that differs (the twin of a Traditional
 * message is itself): what the model is trained on, so that Traditional text needs no table in
 * the bundle. Cross-validation splits the messages before this, so a twin is never judged by a
 * model that saw its original.
 */
function withTraditionalTwins(messages: readonly LabelledMessage[]): LabelledMessage[] {
  return messages.flatMap((m) => {
    const twin = traditionalTwin(m.text);
    return twin === m.text ? [m] : [m, { ...m, text: twin }];
  });
}

/**
 * Trains the wording model: logistic regression on the buckets of each normalized message and of
 * its Traditional twin (each present bucket worth 1/√(their number)), AdaGrad, L2, `epochs` passes
 * in a seeded order, then
 * the weights quantized to levels −4…4 of a seventh of the largest weight.
 */
export function trainScamModel(
  messages: readonly LabelledMessage[],
  options: TrainingOptions = {},
): ScamWordingModel {
  const { bits, epochs, l2, seed } = { ...SHIPPED_OPTIONS, ...options };
  const size = 1 << bits;
  const rows = withTraditionalTwins(messages).map((m) => ({
    buckets: [...ngramBuckets(normalizeScamText(m.text), bits).keys()],
    y: m.scam ? 1 : 0,
  }));
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let gBias = 1e-8;
  const rate = 0.5;
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const row = rows[k] as (typeof rows)[number];
      const v = row.buckets.length === 0 ? 0 : 1 / Math.sqrt(row.buckets.length);
      let z = bias;
      for (const b of row.buckets) z += (w[b] ?? 0) * v;
      const g = 1 / (1 + Math.exp(-z)) - row.y;
      for (const b of row.buckets) {
        if (b >= size) continue;
        const grad = g * v + l2 * (w[b] as number);
        g2[b] = (g2[b] as number) + grad * grad;
        w[b] = (w[b] as number) - (rate * grad) / Math.sqrt(g2[b] as number);
      }
      gBias += g * g;
      bias -= (rate * g) / Math.sqrt(gBias);
    }
  }
  let largest = 0;
  for (const x of w) largest = Math.max(largest, Math.abs(x));
  // Levels −4…4 of a seventh of the largest weight: the few heavier ones are clipped (measured: as
  // good in cross-validation as −7…7, and two levels fit one character).
  const scale = Number((largest / 7).toPrecision(4));
  const level = (x: number): number => Math.max(-4, Math.min(4, Math.round(x / scale)));
  let weights = '';
  for (let b = 0; b < size; b += 2) weights += levelPair(level(w[b] as number), level(w[b + 1] as number));
  return { bits, scale, bias: Number(bias.toPrecision(4)), weights };
}

/**
 * Stratified k-fold cross-validation: scams, customer benign messages and FAQ examples each dealt
 * round-robin into `k` folds after a seeded shuffle; each fold is judged by a model trained on the
 * others. Returns, for each message in `messages`' order, what `judge` says of it.
 */
export function crossValidate<T>(
  messages: readonly LabelledMessage[],
  judge: (model: ScamWordingModel, message: LabelledMessage) => T,
  k = 5,
  seed = 42,
  options: TrainingOptions = {},
): T[] {
  const random = seededRandom(seed);
  const fold = new Int32Array(messages.length);
  const strata = [
    (m: LabelledMessage) => m.scam,
    (m: LabelledMessage) => !m.scam && m.set !== 'FAQ examples',
    (m: LabelledMessage) => m.set === 'FAQ examples',
  ];
  for (const inStratum of strata) {
    const members = shuffle(
      messages.flatMap((m, i) => (inStratum(m) ? [i] : [])),
      random,
    );
    members.forEach((i, n) => {
      fold[i] = n % k;
    });
  }
  const results = new Array<T>(messages.length);
  for (let f = 0; f < k; f++) {
    const model = trainScamModel(
      messages.filter((_, i) => fold[i] !== f),
      options,
    );
    messages.forEach((m, i) => {
      if (fold[i] === f) results[i] = judge(model, m);
    });
  }
  return results;
}

/** The text of src/safety/generated/scam-model.ts for a trained model. */
export function scamModelSource(model: ScamWordingModel, count: number): string {
  return `// Generated by tools/build-scam-model.ts from the ${count} labelled messages of tests/safety and the
// FAQ's example questions: do not edit. See src/safety/wording.ts for the format.
import type { ScamWordingModel } from '../wording.js';

/** The shipped wording model of assessScamRisk (internal). */
export const SCAM_WORDING_MODEL: ScamWordingModel = {
  bits: ${model.bits},
  scale: ${model.scale},
  bias: ${model.bias},
  weights: ${JSON.stringify(model.weights)},
};
`;
}

/**
 * Leave one set out: each set (development 5, the FAQ examples, …) is judged by a model trained on
 * all the others, so that no message is judged by a model that saw its author's other messages.
 */
export function crossValidateBySet<T>(
  messages: readonly LabelledMessage[],
  judge: (model: ScamWordingModel, message: LabelledMessage) => T,
  options: TrainingOptions = {},
): T[] {
  const results = new Array<T>(messages.length);
  for (const set of new Set(messages.map((m) => m.set))) {
    const model = trainScamModel(
      messages.filter((m) => m.set !== set),
      options,
    );
    messages.forEach((m, i) => {
      if (m.set === set) results[i] = judge(model, m);
    });
  }
  return results;
}
