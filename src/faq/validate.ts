// Checks a shop's own knowledge base by hand, without zod: `resolveFaq` and `createFaqResolver`
// must not load a schema library on a bot's first answer. Every error names the entry (index and
// id) and the field.
import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { normalizeFaqText } from './normalize.js';
import type { CustomFaqEntry } from './types.js';

/** A negative cue is two or more CJK characters, or one Latin word, after normalization. */
export const CJK_TERM = /^[\u3400-\u9fff]{2,}$/;
export const LATIN_WORD = /^[a-z0-9]+$/;

/** The most entries one resolver indexes (intent numbers are 16-bit). */
const MAX_ENTRIES = 4096;
const LOCALES = ['zh-CN', 'en', 'es'] as const;

type Path = readonly (string | number)[];

function problem(index: number, id: string, path: Path, what: string, value: unknown): TiantianError {
  const field = path.join('.');
  return new TiantianError(
    'invalid_configuration',
    `FAQ entry ${index} ${id}: ${field === '' ? 'the entry' : field} ${what}, got ${describeValue(value)}`,
    { path: [index, ...path] },
  );
}

function checkStrings(
  value: unknown,
  index: number,
  id: string,
  field: string,
  required: boolean,
): readonly string[] | undefined {
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value)) throw problem(index, id, [field], 'must be an array of strings', value);
  if (required && value.length === 0) {
    throw problem(index, id, [field], 'must hold at least one example question', value);
  }
  value.forEach((item: unknown, k) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw problem(index, id, [field, k], 'must be a non-empty string', item);
    }
  });
  return value as readonly string[];
}

function checkLocalized(value: unknown, index: number, id: string, path: Path): void {
  if (typeof value !== 'object' || value === null) {
    throw problem(index, id, path, "must be a localized text { 'zh-CN', en, es }", value);
  }
  for (const locale of LOCALES) {
    const text = (value as Record<string, unknown>)[locale];
    if (typeof text !== 'string' || text === '') {
      throw problem(index, id, [...path, locale], 'must be a non-empty string', text);
    }
  }
}

function checkEntry(entry: unknown, index: number, seen: Set<string>): void {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw problem(index, '(no id)', [], 'must be an object { id, examples }', entry);
  }
  const e = entry as Record<string, unknown>;
  const rawId = e.id;
  if (typeof rawId !== 'string' || rawId.trim() === '') {
    throw problem(index, '(no id)', ['id'], 'must be a non-empty string (an intent id)', rawId);
  }
  const id = JSON.stringify(rawId);
  if (seen.has(rawId)) {
    throw new TiantianError(
      'invalid_configuration',
      `FAQ entry ${index} ${id}: duplicate id; merge its examples into the first entry with that id`,
      { path: [index, 'id'] },
    );
  }
  seen.add(rawId);
  checkStrings(e.examples, index, id, 'examples', true);
  checkStrings(e.keywords, index, id, 'keywords', false);
  const cues = checkStrings(e.negativeCues, index, id, 'negativeCues', false) ?? [];
  if (e.title !== undefined) checkLocalized(e.title, index, id, ['title']);
  if (e.answer !== undefined) {
    if (!Array.isArray(e.answer))
      throw problem(index, id, ['answer'], 'must be an array of localized texts', e.answer);
    e.answer.forEach((step: unknown, k) => {
      checkLocalized(step, index, id, ['answer', k]);
    });
  }
  cues.forEach((cue, k) => {
    const normalized = normalizeFaqText(cue);
    if (!CJK_TERM.test(normalized) && !LATIN_WORD.test(normalized)) {
      throw problem(
        index,
        id,
        ['negativeCues', k],
        'must be Chinese characters (at least two) or one word',
        cue,
      );
    }
  });
}

/**
 * Checks a knowledge base for `createFaqResolver`: a non-empty array of at most 4096 entries, each
 * `{ id, examples }` with optional `title`, `answer`, `keywords` and `negativeCues`, ids unique.
 *
 * @param entries - the knowledge base as given
 * @returns the same array, typed
 * @throws {TiantianError} `'invalid_configuration'` naming the entry's index, id and field
 * @example
 * validateEntries([{ id: 'invoice', examples: [''] }]);
 * // throws: FAQ entry 0 "invoice": examples.0 must be a non-empty string, got ""
 */
export function validateEntries<E extends CustomFaqEntry>(entries: readonly E[]): readonly E[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new TiantianError(
      'invalid_configuration',
      `FAQ entries must be a non-empty array of { id, examples }, got ${describeValue(entries)}`,
      { path: [] },
    );
  }
  if (entries.length > MAX_ENTRIES) {
    throw new TiantianError(
      'invalid_configuration',
      `At most ${MAX_ENTRIES} FAQ entries, got ${entries.length}`,
      {
        path: [],
      },
    );
  }
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    try {
      checkEntry(entry, index, seen);
    } catch (error) {
      if (error instanceof TiantianError) throw error;
      throw new TiantianError(
        'invalid_configuration',
        `FAQ entry ${index} could not be read: ${String(error)}`,
        {
          path: [index],
        },
      );
    }
  });
  return entries;
}
