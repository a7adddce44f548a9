// Rules that make a message off-topic whatever the scores say (lexicons in data/off-topic.ts):
// another platform's order or service, an instruction to the assistant, unrelated work, a dream,
// a simile about one's life. BM25 alone answers these with the entry whose words they borrow.
import {
  INSTRUCTION_CUES,
  LIFE_WORDS,
  OTHER_PLATFORMS,
  OUR_PLATFORM,
  SIMILE_MARKERS,
  SIMILE_SUBJECTS,
  UNRELATED_TASK_CUES,
} from './data/off-topic.js';
import { normalizeFaqText } from './normalize.js';

/** A normalized cue; `word` when it is Latin, so that it matches whole words only ("uber", not "tuber"). */
interface Cue {
  readonly text: string;
  readonly word: boolean;
}

function cues(list: readonly string[]): readonly Cue[] {
  return list.map((cue) => {
    const text = normalizeFaqText(cue);
    return { text, word: /^[a-z0-9]/.test(text) };
  });
}

function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** The cues of one rule, by their first UTF-16 code: one pass over the message finds them all. */
type CueTable = ReadonlyMap<number, readonly Cue[]>;

function table(list: readonly string[]): CueTable {
  const byFirst = new Map<number, Cue[]>();
  for (const cue of cues(list)) {
    const first = cue.text.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), cue]);
  }
  return byFirst;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether `text` holds a cue of the table; with `notBeforeNumber`, a cue followed by a number does
 * not count ("my cart is like 130": "like" before a number means "about", not a simile).
 */
function has(text: string, cueTable: CueTable, notBeforeNumber = false): boolean {
  for (let at = 0; at < text.length; at++) {
    const candidates = cueTable.get(text.charCodeAt(at));
    if (candidates === undefined) continue;
    for (const cue of candidates) {
      if (!text.startsWith(cue.text, at)) continue;
      const after = at + cue.text.length;
      if (cue.word && (isAlnum(text.charCodeAt(at - 1)) || isAlnum(text.charCodeAt(after)))) continue;
      if (notBeforeNumber && isDigit(text.charCodeAt(text.charCodeAt(after) === 0x20 ? after + 1 : after))) {
        continue;
      }
      return true;
    }
  }
  return false;
}

let tables:
  | {
      platforms: CueTable;
      ours: CueTable;
      always: CueTable;
      similes: CueTable;
      life: CueTable;
    }
  | undefined;

/** * Whether a normalized message (`normalizeFaqText`'s output) is off-topic for this shop's customer
 * service by rule: it names another platform and nothing of ours, instructs the assistant, asks for
 * unrelated work or tells a dream, or compares one's life to something.
 *
 * @param normalized - the normalized message
 * @returns true when no FAQ entry should answer it
 */
export function isOffTopic(normalized: string): boolean {
  tables ??= {
    platforms: table(OTHER_PLATFORMS),
    ours: table(OUR_PLATFORM),
    always: table([
      ...INSTRUCTION_CUES,
      ...UNRELATED_TASK_CUES,
      ...SIMILE_SUBJECTS.flatMap((subject) => [`${subject}像`, `${subject}就像`]),
    ]),
    similes: table(SIMILE_MARKERS),
    life: table(LIFE_WORDS),
  };
  if (has(normalized, tables.always)) return true;
  if (has(normalized, tables.platforms) && !has(normalized, tables.ours)) return true;
  return has(normalized, tables.similes, true) && has(normalized, tables.life);
}
