// Fake customer service (冒充客服) and its cousins in a message or a conversation: deterministic
// signals, each with its weight and the words that showed it: the learned wording model
// (wording.ts), the family words beside it, links and phone numbers.
import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import {
  CALL_WORDS,
  OFFICIAL_NUMBERS,
  PLATFORM_DOMAINS,
  SCAM_LEVEL_THRESHOLDS,
  SCAM_RULES,
  SIGNAL_WEIGHTS,
} from './data.js';
import { SCAM_WORDING_MODEL } from './generated/scam-model.js';
import { findLinks } from './links.js';
import { makesNoDemand, negationScopes, type ScamWordingModel, scoreWording } from './wording.js';

/**
 * How likely a message is a scam: `'none'` (no signal), `'low'`, `'medium'` (warn the customer) or `'high'`.
 *
 * @example
 * const level: ScamLevel = 'medium';
 */
export type ScamLevel = 'none' | 'low' | 'medium' | 'high';

/**
 * One reason for the level: the signal's id (`'scam-wording'`, a family of `SCAM_RULES`, a link
 * signal such as `'link-lookalike'`, `'phone-not-hotline'` or `'agent-off-platform'`), its weight
 * (in tenths: the wording signal's is its logit's), and the words
 * that showed it (from the text, lower-cased and NFKC-normalized).
 *
 * @example
 * const signal: ScamSignal = { id: 'verification-code-request', weight: 1, evidence: '验证码' };
 */
export interface ScamSignal {
  readonly id: string;
  readonly weight: number;
  readonly evidence: string;
}

/**
 * The result of {@link assessScamRisk}. `score` is the sum of the weights of the distinct signals;
 * from `'medium'` on, `reply` names the reply script to send (`'phishing-warning'`); add
 * `ANTI_FRAUD_ADVICE` (96110, 110) to it, which is kept out of this result to keep the bundle small.
 *
 * @example
 * const assessment: ScamAssessment = { level: 'none', score: 0, signals: [] };
 */
export interface ScamAssessment {
  readonly level: ScamLevel;
  readonly score: number;
  readonly signals: readonly ScamSignal[];
  readonly reply?: 'phishing-warning';
}

/**
 * One message of a conversation: who wrote it (the customer, an agent or a bot) and its text.
 *
 * @example
 * const message: ConversationMessage = { from: 'agent', text: '加我QQ处理退款' };
 */
export interface ConversationMessage {
  readonly from: 'customer' | 'agent' | 'bot';
  readonly text: string;
}

/**
 * Options of {@link assessScamRisk}.
 *
 * @example
 * const options: AssessScamRiskOptions = { allowedDomains: [...PLATFORM_DOMAINS, 'example-shop.com'] };
 */
export interface AssessScamRiskOptions {
  /**
   * The registrable domains whose links are the platform's (a subdomain counts as its domain).
   * @default PLATFORM_DOMAINS
   */
  readonly allowedDomains?: readonly string[];
}

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

const isLatinLetter = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/**
 * The form of a text the scam rules read (and their evidence quotes): NFKC without accents
 * (código → codigo, as many type it), lower case, runs of white space as one space, and no space
 * next to a Han character that stands alone between spaces (“验 证 码” is written to slip past word
 * lists); a space between two longer runs of Han stays, and ends a clause as a comma does.
 * Traditional characters stay: the wording model is trained on each message in both scripts (see
 * `TRADITIONAL_TO_SIMPLIFIED`).
 *
 * @param text - any string
 * @returns the normalized text
 * @example
 * normalizeScamText('請把驗證碼  告 訴 我'); //=> '請把驗證碼告訴我'
 */
export function normalizeScamText(text: string): string {
  return dropSpacesBetweenHan(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/\s+/g, ' '),
  );
}

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * “验 证 码 发 我” → “验证码发我”: a space next to a Han character standing alone between spaces
 * separates nothing; one between two runs of Han (“诈骗案 不要告诉家人 按我说的”) ends a clause.
 */
function dropSpacesBetweenHan(text: string): string {
  let out = '';
  let from = 0;
  const single = (at: number): boolean =>
    isHan(text.charCodeAt(at)) && !isHan(text.charCodeAt(at - 1)) && !isHan(text.charCodeAt(at + 1));
  for (let i = text.indexOf(' ', 1); i !== -1 && i < text.length - 1; i = text.indexOf(' ', i + 1)) {
    if (!isHan(text.charCodeAt(i - 1)) || !isHan(text.charCodeAt(i + 1))) continue;
    if (!single(i - 1) && !single(i + 1)) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The first of `words` in `text` (a Latin word on word boundaries; a stem ending in `*` at the
 * start of a word), or undefined.
 */
function findWord(
  text: string,
  words: readonly string[],
  from = 0,
  to = text.length,
  skip?: Uint8Array,
): string | undefined {
  // Searched up to `to` only: a search of the whole text from each digit run made 128 kB take
  // 380 ms (quadratic); the word boundaries are still read in the whole text.
  const within = to < text.length ? text.slice(0, to) : text;
  for (const word of words) {
    const stem = word.endsWith('*');
    const body = stem ? word.slice(0, -1) : word;
    for (let at = within.indexOf(body, from); at !== -1; at = within.indexOf(body, at + 1)) {
      const end = at + body.length;
      if (skip?.[at] === 1) continue;
      if (isLatinLetter(body.charCodeAt(0)) && isLatinLetter(text.charCodeAt(at - 1))) continue;
      if (!stem && isLatinLetter(body.charCodeAt(body.length - 1)) && isLatinLetter(text.charCodeAt(end)))
        continue;
      return word;
    }
  }
  return undefined;
}

/** A number presented as one to call that is not an official one (the hotline, 96110, 110). */
function strangePhone(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || isDigitCode(text.charCodeAt(i - 1))) continue;
    const start = text[i - 1] === '+' ? i - 1 : i;
    let count = 0;
    let end = i;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (isDigitCode(code)) count++;
      else if (!((code === 0x2d || code === 0x20) && isDigitCode(text.charCodeAt(end + 1)))) break;
      end++;
    }
    const from = i;
    i = end;
    if (count < 5 || count > 15) continue;
    if (findWord(text, CALL_WORDS, Math.max(0, start - 12), start) === undefined) continue;
    const digits = text.slice(from, end).replace(/[ -]/g, '');
    const national = digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
    if (OFFICIAL_NUMBERS.includes(national)) continue;
    return text.slice(start, end);
  }
  return undefined;
}

/** How many normalized UTF-16 units `assessScamRisk` reads from each end of a message. */
const READ_UNITS = 65_536;
const CHUNK = 1_024;

/** The length of the start (or end) of `text` whose decomposed form reaches `READ_UNITS` units. */
function rawReach(text: string, fromEnd: boolean): number {
  let raw = 0;
  let normalized = 0;
  while (raw < text.length && normalized < READ_UNITS) {
    const piece = fromEnd
      ? text.slice(Math.max(0, text.length - raw - CHUNK), text.length - raw)
      : text.slice(raw, raw + CHUNK);
    normalized += piece.normalize('NFKD').length;
    raw += piece.length;
  }
  return raw;
}

/**
 * The normalized text the rules read: the whole of it, or of a long message (over 3,640 units, the
 * most that cannot decompose past `READ_UNITS`) only its start and its end up to about `READ_UNITS`
 * normalized units each, joined by a line break, so that NFKC (U+FDFA is 18 units long) cannot make
 * the work grow without bound. What lies in between is not read.
 */
function readPart(text: string): string {
  if (text.length <= READ_UNITS / 18) return normalizeScamText(text);
  const head = rawReach(text, false);
  const tail = rawReach(text, true);
  if (head + tail >= text.length) return normalizeScamText(text);
  return `${normalizeScamText(text.slice(0, head))}\n${normalizeScamText(text.slice(text.length - tail))}`;
}

/** The wording model's logit at which its signal alone weighs `SCAM_LEVEL_THRESHOLDS.medium`. */
const WORDING_MEDIUM_LOGIT = 1;

function assessText(
  text: string,
  allowed: ReadonlySet<string>,
  model: ScamWordingModel,
): Map<string, ScamSignal> {
  const normalized = readPart(text);
  const signals = new Map<string, ScamSignal>();
  const add = (id: string, weight: number, evidence: string): void => {
    signals.set(id, { id, weight, evidence });
  };
  const wording = scoreWording(normalized, model);
  // In tenths: the weights of a message add up exactly.
  const weight = Math.round((wording.logit - WORDING_MEDIUM_LOGIT + SCAM_LEVEL_THRESHOLDS.medium) * 10) / 10;
  // Below the weight of 'low' the wording says nothing either way.
  if (weight >= SCAM_LEVEL_THRESHOLDS.low && wording.evidence !== '' && !makesNoDemand(normalized)) {
    add('scam-wording', weight, wording.evidence);
    // A family word names the topic of wording that already leans to a scam.
    const scope = negationScopes(normalized);
    for (const rule of SCAM_RULES) {
      const word = findWord(normalized, rule.anchors, 0, normalized.length, scope);
      if (word !== undefined) add(rule.id, rule.weight, word.endsWith('*') ? word.slice(0, -1) : word);
    }
  }
  for (const link of findLinks(normalized, allowed)) {
    for (const id of link.signals) if (!signals.has(id)) add(id, SIGNAL_WEIGHTS[id], link.link);
  }
  const phone = strangePhone(normalized);
  if (phone !== undefined) add('phone-not-hotline', SIGNAL_WEIGHTS['phone-not-hotline'], phone);
  return signals;
}

// What an agent or a bot asking for counts as moving the customer off the platform.
const OFF_PLATFORM_IDS: readonly string[] = [
  'off-platform-contact',
  'screen-sharing',
  'link-ip',
  'link-lookalike',
  'link-mixed-script',
  'link-punycode',
  'link-shortener',
  'link-unlisted-domain',
];

function allowedSet(options: unknown): ReadonlySet<string> {
  if (options === undefined) return new Set(PLATFORM_DOMAINS);
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError('invalid_argument', `options must be an object, got ${describeValue(options)}`, {
      path: ['options'],
    });
  }
  let domains: unknown;
  try {
    domains = (options as AssessScamRiskOptions).allowedDomains;
  } catch (cause) {
    throw new TiantianError('invalid_argument', 'options.allowedDomains could not be read', {
      path: ['allowedDomains'],
      cause,
    });
  }
  if (domains === undefined) return new Set(PLATFORM_DOMAINS);
  if (!Array.isArray(domains) || !domains.every((domain) => typeof domain === 'string')) {
    throw new TiantianError('invalid_argument', 'options.allowedDomains must be an array of domain names', {
      path: ['allowedDomains'],
    });
  }
  return new Set(domains.map((domain: string) => domain.toLowerCase()));
}

function messagesOf(input: unknown): readonly ConversationMessage[] | undefined {
  if (typeof input === 'string') return undefined;
  if (!Array.isArray(input)) {
    throw new TiantianError(
      'invalid_argument',
      `text must be a string or an array of { from, text } messages, got ${describeValue(input)}`,
      { path: ['text'] },
    );
  }
  return input.map((message: unknown, i) => {
    let from: unknown;
    let text: unknown;
    try {
      from = (message as ConversationMessage).from;
      text = (message as ConversationMessage).text;
    } catch (cause) {
      throw new TiantianError('invalid_argument', `message ${i} could not be read`, { path: [i], cause });
    }
    if (typeof text !== 'string') {
      throw new TiantianError(
        'invalid_argument',
        `message ${i}: text must be a string, got ${describeValue(text)}`,
        {
          path: [i, 'text'],
        },
      );
    }
    if (from !== 'customer' && from !== 'agent' && from !== 'bot') {
      throw new TiantianError(
        'invalid_argument',
        `message ${i}: from must be 'customer', 'agent' or 'bot', got ${describeValue(from)}`,
        { path: [i, 'from'] },
      );
    }
    return { from, text };
  });
}

function levelOf(score: number): ScamLevel {
  if (score >= SCAM_LEVEL_THRESHOLDS.high) return 'high';
  if (score >= SCAM_LEVEL_THRESHOLDS.medium) return 'medium';
  return score >= SCAM_LEVEL_THRESHOLDS.low ? 'low' : 'none';
}

/**
 * Assesses a message, or a whole conversation, for the patterns of fake customer service
 * (冒充客服诈骗) and its cousins: asking for a verification code, a password or a card number,
 * screen sharing or a meeting app, face verification, moving the talk to QQ/WeChat, a refund or
 * claim (理赔) outside the order flow (双倍退款, a lost parcel), cancelling a membership or 百万保障
 * “to avoid charges”, 刷单返利, a loan “to raise the credit”, a “safe account”, police
 * impersonation, investment lures; links whose registrable domain is not the platform's (a
 * lookalike within edit distance 2 of taobao/tmall/alipay, punycode, mixed scripts, shorteners),
 * and a number to call that is not the hotline. In Chinese (Simplified and Traditional), English
 * and Spanish. A request under a negation (“客服不会索要验证码”) or a customer's own question
 * (“验证码收不到”, “会员怎么取消”) does not count.
 *
 * Each distinct signal adds its weight; the score gives the level (`SCAM_LEVEL_THRESHOLDS`). A
 * conversation (an array of `{ from, text }`) is weighed as one, each signal counted once, and a
 * message from an agent or a bot that moves the customer off the platform adds `'agent-off-platform'`.
 *
 * Deterministic; never throws for a string. Of a long message it reads the start and the end,
 * about 65,536 normalized UTF-16 units each (a few thousand characters of text that NFKC expands),
 * and not what lies in between: the work is bounded whatever the length.
 *
 * @param text - a message, or the messages of a conversation in order
 * @param options - `allowedDomains` (default `PLATFORM_DOMAINS`)
 * @returns `{ level, score, signals, reply? }`, signals by weight, heaviest first
 * @throws {TiantianError} `'invalid_argument'` when `text` is neither a string nor an array of
 * `{ from: 'customer' | 'agent' | 'bot', text: string }`, or an option is not as described
 * @example
 * assessScamRisk('我是淘宝客服，请把验证码发给我').level; //=> 'medium'
 * assessScamRisk('验证码收不到怎么办').level; //=> 'none'
 * assessScamRisk([{ from: 'agent', text: '加我微信办理退款' }]).signals[1]?.id; //=> 'agent-off-platform'
 */
export function assessScamRisk(
  text: string | readonly ConversationMessage[],
  options?: AssessScamRiskOptions,
): ScamAssessment {
  return assessScamRiskWith(SCAM_WORDING_MODEL, text, options);
}

/**
 * {@link assessScamRisk} with another wording model: the cross-validation of tools/eval-scam.ts
 * judges each fold with a model trained on the other folds. Internal (not exported by the entry).
 *
 * @param model - a wording model
 * @param text - as for assessScamRisk
 * @param options - as for assessScamRisk
 * @returns as assessScamRisk
 * @example
 * assessScamRiskWith({ bits: 1, scale: 1, bias: -9, weights: 'e' }, '').level; //=> 'none'
 */
export function assessScamRiskWith(
  model: ScamWordingModel,
  text: string | readonly ConversationMessage[],
  options?: AssessScamRiskOptions,
): ScamAssessment {
  const messages = messagesOf(text);
  const allowed = allowedSet(options);
  const signals = new Map<string, ScamSignal>();
  const merge = (found: Map<string, ScamSignal>): void => {
    for (const signal of found.values()) {
      const known = signals.get(signal.id);
      if (known === undefined || known.weight < signal.weight) signals.set(signal.id, signal);
    }
  };
  if (messages === undefined) {
    merge(assessText(text as string, allowed, model));
  } else {
    for (const message of messages) {
      const found = assessText(message.text, allowed, model);
      merge(found);
      if (message.from === 'customer' || signals.has('agent-off-platform')) continue;
      const moved = OFF_PLATFORM_IDS.map((id) => found.get(id)).find((signal) => signal !== undefined);
      if (moved !== undefined) {
        const weight = SIGNAL_WEIGHTS['agent-off-platform'];
        signals.set('agent-off-platform', { id: 'agent-off-platform', weight, evidence: moved.evidence });
      }
    }
  }
  const list = [...signals.values()].sort(
    (a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const score = Math.round(list.reduce((sum, signal) => sum + signal.weight, 0) * 10) / 10;
  const level = levelOf(score);
  if (level === 'medium' || level === 'high') {
    return { level, score, signals: list, reply: 'phishing-warning' };
  }
  return { level, score, signals: list };
}
