// Hand-off detection (转人工): does a customer's message to a bot ask for a person?
//
// Linear in the text: one normalization pass (NFKC, lower case, Traditional → Simplified for the
// few characters the phrases use, separators dropped, repeated characters collapsed), then a
// fixed number of `indexOf` scans. No regular expression with a nested quantifier.
import { TiantianError } from '../shared/errors.js';
import { describeValue } from '../shared/assert.js';
import type { SafeResult } from '../shared/result.js';
import { resultOf } from '../shared/safe-call.js';
import { CUSTOMER_TEXT_SCAN_LENGTH, headOf, tailOf } from '../shared/text-limit.js';

/**
 * The result of {@link detectHandoff}: whether the text asks for a person and, when it does, the
 * canonical phrase that showed it (e.g. `'转人工'` for “轉 人 工！！”).
 *
 * @example
 * const result: HandoffDetection = { handoff: true, phrase: '转人工' };
 */
export interface HandoffDetection {
  readonly handoff: boolean;
  /** The canonical phrase that matched; absent when `handoff` is false. */
  readonly phrase?: string;
}

/**
 * One phrase that asks for a person: its canonical form and the variants that count as it.
 * `standalone` phrases (such as a bare “人工”) count only when they are the whole message,
 * possibly repeated (“人工人工”), because as part of a sentence they usually mean something else
 * (“人工费太贵”).
 *
 * @example
 * const phrase: HandoffPhrase = { phrase: '转人工', variants: ['转人工', '转接人工'] };
 */
export interface HandoffPhrase {
  readonly phrase: string;
  readonly variants: readonly string[];
  readonly standalone?: boolean;
}

/**
 * The phrases {@link detectHandoff} recognizes, in the order they are tried. The guide's own are
 * first: “若需转接人工服务,请在对话框内输入“转人工”或“人工客服”” (一、1. APP内在线客服).
 * Variants are written as a person types them; they are normalized like the text before matching.
 *
 * @example
 * HANDOFF_PHRASES.map((p) => p.phrase).slice(0, 2); //=> ['转人工', '人工客服']
 */
export const HANDOFF_PHRASES: readonly HandoffPhrase[] = [
  {
    phrase: '转人工',
    variants: [
      '转人工',
      '转接人工',
      '转到人工',
      '转为人工',
      '转个人工',
      '转下人工',
      '转一下人工',
      '切换人工',
    ],
  },
  { phrase: '人工客服', variants: ['人工客服', '人工坐席', '人工座席'] },
  { phrase: '人工服务', variants: ['人工服务'] },
  { phrase: '真人客服', variants: ['真人客服', '真人服务'] },
  { phrase: '找真人', variants: ['找真人', '找个真人', '找一个真人', '要真人', '真人对话'] },
  { phrase: '我要人工', variants: ['我要人工', '要人工', '请人工', '需要人工'] },
  {
    phrase: '找人工',
    variants: ['找人工', '找个人工', '叫人工', '呼叫人工', '接人工', '联系人工', '换人工'],
  },
  {
    phrase: 'human agent',
    variants: [
      'human agent',
      'live agent',
      'human operator',
      'need a human',
      'want a human',
      'get me a human',
    ],
  },
  { phrase: 'human please', variants: ['human please', 'human pls', 'humans please'] },
  { phrase: 'real person', variants: ['real person', 'real human', 'live person', 'actual person'] },
  {
    phrase: 'talk to a human',
    variants: [
      'talk to a human',
      'speak to a human',
      'speak with a human',
      'talk with a human',
      'chat with a human',
    ],
  },
  {
    phrase: 'speak to a person',
    variants: [
      'speak to a person',
      'talk to a person',
      'speak with a person',
      'talk with a person',
      'speak to someone',
      'talk to someone',
    ],
  },
  {
    phrase: 'speak to a manager',
    variants: [
      'speak to a manager',
      'talk to a manager',
      'speak with a manager',
      'talk with a manager',
      'speak to your manager',
      'talk to your manager',
      'speak to a supervisor',
      'talk to a supervisor',
      'get me a manager',
      'i want a manager',
    ],
  },
  { phrase: 'agente humano', variants: ['agente humano', 'agente real', 'operador humano', 'persona real'] },
  {
    phrase: 'hablar con una persona',
    variants: [
      'hablar con una persona',
      'hablar con un humano',
      'hablar con alguien',
      'hablar con un agente',
      'hablar con una persona real',
      'hablar con un supervisor',
      'hablar con el encargado',
      'quiero un agente',
      'pásame con un agente',
      'pásame con una persona',
      'pasame con un agente',
      'pasame con una persona',
    ],
  },
  // A bare request, the whole message: “人工”, “人工！！”, “人工人工”, “真人”, “human”.
  { phrase: '人工', variants: ['人工'], standalone: true },
  { phrase: '真人', variants: ['真人'], standalone: true },
  {
    phrase: 'human',
    variants: ['human', 'agent', 'operator', 'representative', 'humano', 'agente', 'operador'],
    standalone: true,
  },
];

// What may follow “人工” in a phrase ending with it (转人工, 我要人工, 找人工) and turns it into
// another word: 人工智能 (AI), 人工合成 (synthetic), 人工费 (labour cost), …
const NOT_A_PERSON_AFTER_RENGONG = [
  '智',
  '合成',
  '费',
  '成本',
  '湖',
  '降雨',
  '增雨',
  '呼吸',
  '授精',
  '草',
  '繁殖',
  '养殖',
  '种植',
  '岛',
  '林',
  '心脏',
  '关节',
  '晶',
  '耳蜗',
  '皮',
  '材',
  '染',
  '色素',
  '甜',
  '香料',
  '添加',
  '制',
  '培育',
  '干预',
  '标注',
  '费用',
  '造',
];

// Traditional (and variant) characters of the phrases, mapped to the Simplified ones.
const TRADITIONAL: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries({
    轉: '转',
    務: '务',
    眞: '真',
    個: '个',
    聯: '联',
    繫: '系',
    請: '请',
    換: '换',
    對: '对',
    話: '话',
    與: '与',
    員: '员',
    這: '这',
    幫: '帮',
    給: '给',
    讓: '让',
    際: '际',
    接: '接',
    座: '座',
    席: '席',
  }),
);

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

// Fast paths for ASCII and the CJK Unified Ideographs block; the regular expressions decide the rest.
// Only normalized (lower-cased) text reaches these, so ASCII upper case needs no range.
function isWord(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return WORD.test(ch);
}

function isIdeographic(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return IDEOGRAPHIC.test(ch);
}

/**
 * The normal form matched against: NFKC, lower case, Simplified, separators removed between
 * ideographs and turned into one space between words of spaced scripts, and runs of the same
 * character collapsed to one (“转转人工” → “转人工”, “humaaan” → “human”).
 */
function normalize(text: string): string {
  // normalize('NFKC') throws only for an unknown form name, never for the text (lone surrogates included).
  const folded = text.normalize('NFKC').toLowerCase();
  let out = '';
  let previous = '';
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let ch: string;
    if (code < 0x80) {
      ch = folded[i] as string;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length) {
      const next = folded.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ch = folded.slice(i, i + 2);
        i++;
      } else {
        ch = folded[i] as string;
      }
    } else {
      const raw = folded[i] as string;
      ch = TRADITIONAL.get(raw) ?? raw;
    }
    if (!isWord(ch)) {
      pendingSpace = true;
      continue;
    }
    if (ch === previous && !pendingSpace) continue;
    if (pendingSpace) {
      if (previous !== '' && !isIdeographic(previous) && !isIdeographic(ch)) {
        out += ' ';
      } else if (ch === previous) {
        // “转 转人工”: a repeat across a separator is still a repeat.
        pendingSpace = false;
        continue;
      }
      pendingSpace = false;
    }
    out += ch;
    previous = ch;
  }
  return out;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && isWord(ch);

interface CompiledPhrase {
  readonly phrase: string;
  readonly variants: readonly string[];
  readonly standalone: boolean;
}

const COMPILED: readonly CompiledPhrase[] = /* @__PURE__ */ HANDOFF_PHRASES.map((p) => ({
  phrase: p.phrase,
  variants: p.variants.map(normalize),
  standalone: p.standalone === true,
}));

/**
 * Whether `whole` is `unit` repeated one or more times (“人工人工”), optionally with spaces.
 * `whole` must hold a character other than a space (the caller returns early on empty text).
 */
function isRepetitionOf(whole: string, unit: string): boolean {
  const compact = whole.replaceAll(' ', '');
  for (let i = 0; i < compact.length; i += unit.length) {
    if (!compact.startsWith(unit, i)) return false;
  }
  return true;
}

/** Whether the occurrence of `variant` at `index` of `text` stands as a request for a person. */
function occurrenceCounts(text: string, variant: string, index: number): boolean {
  const last = variant.at(-1);
  if (last !== undefined && isWord(last) && !isIdeographic(last)) {
    // A word phrase must start and end on word boundaries (“human agents” counts: plural s).
    if (isWordChar(text[index - 1]) && !isIdeographic(text[index - 1] ?? '')) return false;
    const after = text[index + variant.length];
    if (isWordChar(after) && !isIdeographic(after ?? '')) {
      return after === 's' && !isWordChar(text[index + variant.length + 1]);
    }
    return true;
  }
  if (variant.endsWith('人工')) {
    const rest = text.slice(index + variant.length, index + variant.length + 3);
    return !NOT_A_PERSON_AFTER_RENGONG.some((word) => rest.startsWith(word));
  }
  return true;
}

// A request turned down just before the phrase: 不要转人工, 不需要人工, 别转人工, “I don't need a human
// agent”, “no quiero hablar con una persona”. Chinese cues are looked for in the three characters
// before the phrase and its first two (不需要人工 holds 需要人工); the bare 不 is not one (为什么不给我转人工
// asks for a person). Latin cues in the four words before the phrase; not “can't” or “no puedo”
// (“why can't I talk to a human” asks for one).
const NEGATION_CJK = ['不要', '不用', '不需', '无需', '不想', '没必要', '不必', '别'];
// Written as a person types them and normalized like the text (“no need” becomes “no ned”).
const NEGATION_LATIN = /* @__PURE__ */ [
  "don't",
  'do not',
  'does not',
  "doesn't",
  'never',
  'no need',
  'no quiero',
  'no necesito',
  'no hace falta',
].map((cue) => ` ${normalize(cue)} `);

function negatedAt(text: string, variant: string, index: number): boolean {
  if (isIdeographic(variant[0] ?? '')) {
    const window = text.slice(Math.max(0, index - 3), index + 2);
    return NEGATION_CJK.some((cue) => window.includes(cue));
  }
  const before = ` ${text.slice(0, index).trimEnd().split(' ').slice(-4).join(' ')} `;
  return NEGATION_LATIN.some((cue) => before.includes(cue));
}

/**
 * Whether a customer's message to a bot asks for a person (转人工), and which phrase showed it.
 * It recognizes the guide's “转人工” and “人工客服”, and 人工服务, 找真人, 真人客服, 我要人工,
 * 找人工, their Traditional forms (轉人工, 人工服務), “human agent”, “real person”, “talk to a
 * human”, “speak to a person”, “agente humano”, “hablar con una persona” and close variants, with
 * any spacing, punctuation, full-width characters, case and repeated characters (“转 转人工！！”).
 * A bare “人工”, “真人” or “human” counts only as the whole message. Text that merely mentions
 * people does not fire: “人工费太贵”, “工人”, “人工智能”, “human resources”.
 *
 * A request turned down just before the phrase does not fire either: “不要转人工”, “不需要人工客服”,
 * “别转人工”, “I don't need a human agent”, “no quiero hablar con una persona”.
 *
 * Runs in time linear in the text; any string works (emoji, control characters, lone surrogates).
 * A text longer than 8,192 UTF-16 units is searched in its first and its last 4,096 (cut before
 * normalizing, so that a 10 MB message costs what 8 kB does); a request for a person in the middle
 * of a pasted log is not seen.
 *
 * @param text - the customer's message
 * @returns `{ handoff: true, phrase }` with the canonical phrase, or `{ handoff: false }`
 * @throws {TiantianError} `'invalid_argument'` when `text` is not a string
 * @example
 * detectHandoff('转 人 工！！'); //=> { handoff: true, phrase: '转人工' }
 * detectHandoff('轉人工'); //=> { handoff: true, phrase: '转人工' }
 * detectHandoff('Can I talk to a HUMAN?'); //=> { handoff: true, phrase: 'talk to a human' }
 * detectHandoff('人工费太贵了'); //=> { handoff: false }
 * detectHandoff('不用转人工了，问题解决了'); //=> { handoff: false }
 */
export function detectHandoff(text: string): HandoffDetection {
  if (typeof text !== 'string') {
    throw new TiantianError('invalid_argument', `text must be a string, got ${describeValue(text)}`, {
      path: ['text'],
    });
  }
  // Read before normalizing, so that the cost is bounded whatever the length (NFKC can multiply
  // a text by 18): a long message is searched at its start and at its end.
  if (text.length <= 2 * CUSTOMER_TEXT_SCAN_LENGTH) return findHandoff(text);
  const first = findHandoff(headOf(text));
  return first.handoff ? first : findHandoff(tailOf(text));
}

/**
 * {@link detectHandoff} in safeParse shape, for a bot that passes whatever a JSON body holds: a
 * value that is not a string is an issue (`invalid_argument` at `['text']`), never an exception.
 *
 * @param text - anything
 * @returns `{ success: true, data: { handoff, phrase? } }` or `{ success: false, error: { issues } }`
 * @example
 * safeDetectHandoff('转人工'); //=> { success: true, data: { handoff: true, phrase: '转人工' } }
 * safeDetectHandoff(null).success; //=> false
 */
export function safeDetectHandoff(text: unknown): SafeResult<HandoffDetection> {
  return resultOf(() => detectHandoff(text as string));
}

function findHandoff(text: string): HandoffDetection {
  const normalized = normalize(text);
  if (normalized.length === 0) return { handoff: false };
  for (const { phrase, variants, standalone } of COMPILED) {
    for (const variant of variants) {
      if (standalone) {
        if (isRepetitionOf(normalized, variant)) return { handoff: true, phrase };
        continue;
      }
      for (
        let index = normalized.indexOf(variant);
        index !== -1;
        index = normalized.indexOf(variant, index + 1)
      ) {
        if (occurrenceCounts(normalized, variant, index) && !negatedAt(normalized, variant, index)) {
          return { handoff: true, phrase };
        }
      }
    }
  }
  return { handoff: false };
}
