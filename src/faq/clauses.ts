// Long messages put context first and the question later ("I sent the boots back two weeks ago and
// the seller has them, so where is my refund?"): the resolver weights the question clause above
// the rest. A clause ends at sentence punctuation (a full stop before a space), a comma, or a space beside a Chinese character
// (customers separate clauses with spaces; voice input with nothing, which stays one clause).
import { QUESTION_CUES } from './data/lexicon.js';
import { CJK_END, CJK_START } from './normalize.js';

const BREAKS = new Set([...'。？！?!；;，,、…\n\r\t¿¡~～'].map((c) => c.charCodeAt(0)));
const QUESTION_MARKS = new Set([...'?？¿'].map((c) => c.charCodeAt(0)));
const CJK_CUES = QUESTION_CUES.filter((cue) => !/^[a-z]/.test(cue));
const LATIN_CUES = new Set(QUESTION_CUES.filter((cue) => /^[a-z]/.test(cue)));

function isCjk(code: number): boolean {
  return code >= CJK_START && code <= CJK_END;
}

function isQuestion(clause: string, marked: boolean): boolean {
  if (marked) return true;
  for (const cue of CJK_CUES) if (clause.includes(cue)) return true;
  if (!/[A-Za-z]/.test(clause)) return false;
  for (const word of clause.toLowerCase().split(/[^a-z\u00e0-\u00ff]+/)) {
    if (LATIN_CUES.has(word)) return true;
    if (
      /[\u00e0-\u00ff]/.test(word) &&
      LATIN_CUES.has(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    ) {
      return true;
    }
  }
  return false;
}

/** The clauses of a message: where each starts and ends, and whether a question mark closes (or ¿ opens) it. */
export interface ClauseBounds {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly marked: readonly boolean[];
}

/**
 * Splits a raw message into clauses (empty ones dropped).
 *
 * @param text - the raw message (already cut to the analyzed length)
 * @returns the clauses' bounds, in order
 */
export function clauseBounds(text: string): ClauseBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  const marked: boolean[] = [];
  let start = 0;
  let mark = false;
  const close = (end: number): void => {
    if (text.slice(start, end).trim() !== '') {
      starts.push(start);
      ends.push(end);
      marked.push(mark);
    }
    mark = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x3000;
    // A full stop ends a sentence when a space or the end follows (not 9.9 or a.b.c).
    const stop = c === 0x2e && (i + 1 === text.length || text.charCodeAt(i + 1) === 0x20);
    if (
      stop ||
      BREAKS.has(c) ||
      (space && (isCjk(text.charCodeAt(i - 1)) || isCjk(text.charCodeAt(i + 1))))
    ) {
      // A question mark belongs to the clause before it; ¿ to the one after.
      if (QUESTION_MARKS.has(c) && c !== 0xbf) mark = true;
      close(i);
      start = i + 1;
      if (c === 0xbf) mark = true;
    }
  }
  close(text.length);
  return { starts, ends, marked };
}

/**
 * The last clause of a message of several that asks something (a question mark, or a word of
 * `QUESTION_CUES`), or undefined for a single clause or no question.
 *
 * @param text - the raw message (already cut to the analyzed length)
 * @param bounds - its clauses (`clauseBounds(text)`)
 * @returns the question clause, raw
 */
export function questionClause(text: string, bounds: ClauseBounds = clauseBounds(text)): string | undefined {
  const { starts, ends, marked } = bounds;
  if (starts.length < 2) return undefined;
  for (let k = starts.length - 1; k >= 0; k--) {
    const clause = text.slice(starts[k], ends[k]);
    if (isQuestion(clause, marked[k] as boolean)) return clause;
  }
  return undefined;
}
