// The runtime half of the template language: a parser that turns a template into parts once, and a
// renderer that concatenates those parts with the values. Values are never parsed, scanned or
// passed to `String.prototype.replace`: a value cannot become template, whatever it contains.
import { timeOfDate } from '../shared/date-value.js';
import { TiantianError } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { formatDuration, formattersFor, formatWithin, formatYuan } from './format.js';

/**
 * The formatters a simple placeholder may name after a colon (`{amount:yuan}`); `text` is a bare
 * `{name}`.
 *
 * @example
 * SCRIPT_FORMATS.includes('yuan'); //=> true
 */
export const SCRIPT_FORMATS = [
  'text',
  'yuan',
  'date',
  'time',
  'datetime',
  'duration',
  'within',
  'list',
] as const;

/**
 * How a placeholder formats its value: one of `SCRIPT_FORMATS`, or a `plural` / `select` block.
 *
 * @example
 * const kind: VariableKind = 'plural';
 */
export type VariableKind = (typeof SCRIPT_FORMATS)[number] | 'plural' | 'select';

type FormatName = (typeof SCRIPT_FORMATS)[number];

/** Text of a template, kept both as written and escaped for HTML. */
interface TextPart {
  readonly type: 'text';
  readonly text: string;
  readonly html: string;
}
/** `#` inside a plural branch: the count. */
interface CountPart {
  readonly type: 'count';
}
type BranchPart = TextPart | CountPart;
interface VarPart {
  readonly type: 'var';
  readonly name: string;
  readonly format: FormatName;
}
interface PluralPart {
  readonly type: 'plural';
  readonly name: string;
  readonly branches: ReadonlyMap<string, readonly BranchPart[]>;
}
interface SelectPart {
  readonly type: 'select';
  readonly name: string;
  readonly branches: ReadonlyMap<string, readonly BranchPart[]>;
}
type Part = TextPart | VarPart | PluralPart | SelectPart;

/** A template parsed once: its parts and the kinds each variable is used with. */
export interface ParsedTemplate {
  readonly parts: readonly Part[];
  readonly variables: ReadonlyMap<string, readonly VariableKind[]>;
}

// Everything Object.prototype has is never a variable (prototype pollution, `{{constructor}}`).
const RESERVED: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  '__proto__',
]);
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const PLURAL_KEY = /^(?:zero|one|two|few|many|other|=\d+)$/;
const SELECT_KEY = /^[A-Za-z0-9_-]+$/;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) can make text read in another
// order than it is stored (“Trojan Source”); in HTML output they are removed from values.
const HTML_UNSAFE = /[&<>"'\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes a value for HTML text or a quoted attribute: `& < > " '` become entities, bidi controls
 * (U+202A–202E, U+2066–2069) are removed.
 *
 * @param value - any text
 * @returns the text, safe to put in HTML
 * @example
 * escapeHtml('<b>"Tom" & Jerry</b>'); //=> '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(HTML_UNSAFE, (c) => HTML_ESCAPES[c] ?? '');
}

function configError(where: string, message: string): TiantianError<'invalid_configuration'> {
  return new TiantianError('invalid_configuration', `${where}: ${message}`);
}

function textPart(text: string): TextPart {
  return { type: 'text', text, html: escapeHtml(text) };
}

function checkName(name: string, where: string): string {
  if (!NAME.test(name)) {
    throw configError(where, `"${name}" is not a variable name (a letter, then letters, digits or _)`);
  }
  if (RESERVED.has(name)) {
    throw configError(where, `"${name}" is reserved (it is a property of every object), choose another name`);
  }
  return name;
}

function parseBranchText(text: string, plural: boolean): BranchPart[] {
  if (!plural) return text === '' ? [] : [textPart(text)];
  const parts: BranchPart[] = [];
  let start = 0;
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', start)) {
    if (i > start) parts.push(textPart(text.slice(start, i)));
    parts.push({ type: 'count' });
    start = i + 1;
  }
  if (start < text.length) parts.push(textPart(text.slice(start)));
  return parts;
}

/**
 * Parses a template into parts. Syntax: `{name}`, `{name:format}`, and
 * `{name, plural|select, key {text} … }` whose branch texts hold no braces (`#` is the count).
 *
 * @param template - the template text
 * @param where - what the template is, for error messages
 * @returns the parsed template
 * @throws {TiantianError} `'invalid_configuration'` for a malformed template
 */
export function parseTemplate(template: string, where = 'template'): ParsedTemplate {
  const parts: Part[] = [];
  const variables = new Map<string, VariableKind[]>();
  const use = (name: string, kind: VariableKind) => {
    const kinds = variables.get(name);
    if (kinds === undefined) variables.set(name, [kind]);
    else if (!kinds.includes(kind)) kinds.push(kind);
  };
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    const stray = template.indexOf('}', i);
    if (stray !== -1 && (open === -1 || stray < open)) {
      throw configError(where, `unmatched "}" at ${stray}`);
    }
    if (open === -1) {
      parts.push(textPart(template.slice(i)));
      break;
    }
    if (open > i) parts.push(textPart(template.slice(i, open)));
    const close = template.indexOf('}', open + 1);
    const nested = template.indexOf('{', open + 1);
    if (close === -1) throw configError(where, `unclosed "{" at ${open}`);
    if (nested === -1 || close < nested) {
      const body = template.slice(open + 1, close);
      const colon = body.indexOf(':');
      const name = checkName((colon === -1 ? body : body.slice(0, colon)).trim(), where);
      const format = colon === -1 ? 'text' : body.slice(colon + 1).trim();
      if (!(SCRIPT_FORMATS as readonly string[]).includes(format)) {
        throw configError(
          where,
          `unknown format "${format}" for {${name}}; expected ${SCRIPT_FORMATS.join(', ')}`,
        );
      }
      parts.push({ type: 'var', name, format: format as FormatName });
      use(name, format as FormatName);
      i = close + 1;
      continue;
    }
    // {name, plural|select, key {text} key {text} … }
    const header = template.slice(open + 1, nested).split(',');
    if (header.length !== 3)
      throw configError(where, `expected {name, plural|select, key {text} …} at ${open}`);
    const name = checkName((header[0] ?? '').trim(), where);
    const kind = (header[1] ?? '').trim();
    if (kind !== 'plural' && kind !== 'select') {
      throw configError(where, `unknown block "${kind}" for {${name}, …}; expected plural or select`);
    }
    const branches = new Map<string, BranchPart[]>();
    let key = (header[2] ?? '').trim();
    let at = nested;
    for (;;) {
      if (!(kind === 'plural' ? PLURAL_KEY : SELECT_KEY).test(key)) {
        throw configError(where, `bad ${kind} key "${key}" in {${name}, ${kind}, …}`);
      }
      if (branches.has(key)) throw configError(where, `duplicate key "${key}" in {${name}, ${kind}, …}`);
      const end = template.indexOf('}', at + 1);
      const inner = template.indexOf('{', at + 1);
      if (end === -1 || (inner !== -1 && inner < end)) {
        throw configError(where, `a branch of {${name}, ${kind}, …} must be closed and hold no braces`);
      }
      branches.set(key, parseBranchText(template.slice(at + 1, end), kind === 'plural'));
      const next = template.slice(end + 1).search(/\S/);
      if (next === -1) throw configError(where, `unclosed {${name}, ${kind}, …}`);
      const from = end + 1 + next;
      if (template[from] === '}') {
        i = from + 1;
        break;
      }
      at = template.indexOf('{', from);
      const stop = template.indexOf('}', from);
      if (at === -1 || (stop !== -1 && stop < at)) throw configError(where, `unclosed {${name}, ${kind}, …}`);
      key = template.slice(from, at).trim();
    }
    if (kind === 'plural' && !branches.has('other')) {
      throw configError(where, `{${name}, plural, …} needs an "other" branch`);
    }
    parts.push({ type: kind, name, branches });
    use(name, kind);
  }
  return { parts, variables };
}

/** What went wrong with one variable while rendering. */
export interface VariableProblem {
  readonly code: 'missing_variable' | 'invalid_variable';
  readonly name: string;
  readonly message: string;
}

const EXPECTED: Readonly<Record<VariableKind, string>> = {
  text: 'a non-empty string or a finite number',
  yuan: 'a finite, non-negative number of yuan',
  date: 'a valid Date',
  time: 'a valid Date',
  datetime: 'a valid Date',
  duration: 'a finite, non-negative number of minutes',
  within: 'a finite, non-negative number of minutes',
  list: 'a non-empty array of non-empty strings',
  plural: 'a finite, non-negative number or an array',
  select: 'one of the keys of its select block',
};

/**
 * What a variable of each kind takes, in words (for messages and the CLI).
 *
 * @param kind - a variable kind
 * @returns e.g. `'a valid Date'`
 */
export function expectedValue(kind: VariableKind): string {
  return EXPECTED[kind];
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    return Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER / 100
      ? `the number ${value}, too large to be written exactly (beyond 2^53 digits are lost: pass an order or case number as a string of digits)`
      : `the number ${value}`;
  }
  if (value instanceof Date) return Number.isNaN(timeOfDate(value)) ? 'Invalid Date' : 'a Date';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// Numbers beyond 2^53 have lost digits (an order number 1550672064762308113 reads back …308000) and
// 1e308 yuan is ¥∞ once in fen: they are refused, not written wrong. `+ 0` turns -0 into 0.
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
const isAmount = (value: unknown): value is number =>
  isCount(value) && Math.round(value * 100) <= Number.MAX_SAFE_INTEGER;
const isExactNumber = (value: unknown): value is number =>
  typeof value === 'number' && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
const isDate = (value: unknown): value is Date => !Number.isNaN(timeOfDate(value));
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Formats a checked value; `undefined` when the value does not fit the kind. */
function formatValue(format: FormatName, value: unknown, locale: Locale): string | undefined {
  switch (format) {
    case 'text':
      if (isText(value)) return value;
      if (isExactNumber(value)) return formattersFor(locale).plain.format(value + 0);
      if (typeof value === 'bigint') return value.toString();
      return undefined;
    case 'yuan':
      return isAmount(value) ? formatYuan(value + 0, locale) : undefined;
    case 'date':
    case 'time':
    case 'datetime':
      // ICU 72+ puts a narrow no-break space before AM/PM; older ICU (and plain-text channels) a space.
      return isDate(value)
        ? formattersFor(locale)[format].format(value).split('\u202F').join(' ')
        : undefined;
    case 'duration':
      return isCount(value) ? formatDuration(value + 0, locale) : undefined;
    case 'within':
      return isCount(value) ? formatWithin(value + 0, locale) : undefined;
    case 'list':
      if (!Array.isArray(value) || value.length === 0) return undefined;
      for (let k = 0; k < value.length; k++) if (!isText(value[k])) return undefined;
      return formattersFor(locale).list.format(value as string[]);
  }
}

function renderBranch(branch: readonly BranchPart[], count: string, html: boolean): string {
  let out = '';
  for (const part of branch) out += part.type === 'count' ? count : html ? part.html : part.text;
  return out;
}

/**
 * Renders parsed parts with own-property values of `vars`. Every problem is passed to `report`;
 * when `report` returns, that placeholder renders nothing and rendering goes on (so a safe caller
 * can collect every problem), but a result with problems must never be shown.
 *
 * @param parsed - the parsed template
 * @param vars - the values (only own data properties are read)
 * @param locale - the locale of formatters
 * @param html - whether to escape for HTML
 * @param report - called with each problem (may throw)
 * @returns the rendered text
 */
export function renderParsed(
  parsed: ParsedTemplate,
  vars: object,
  locale: Locale,
  html: boolean,
  report: (problem: VariableProblem) => void,
): string {
  let out = '';
  for (const part of parsed.parts) {
    if (part.type === 'text') {
      out += html ? part.html : part.text;
      continue;
    }
    // Own data properties only: nothing inherited, no getters run.
    const descriptor = Object.getOwnPropertyDescriptor(vars, part.name);
    if (descriptor === undefined) {
      report({
        code: 'missing_variable',
        name: part.name,
        message: `Missing variable "${part.name}": expected ${EXPECTED[part.type === 'var' ? part.format : part.type]}`,
      });
      continue;
    }
    if (!('value' in descriptor)) {
      report({
        code: 'invalid_variable',
        name: part.name,
        message: `Variable "${part.name}" is a getter; pass a plain value`,
      });
      continue;
    }
    const value: unknown = descriptor.value;
    if (value === undefined) {
      report({
        code: 'missing_variable',
        name: part.name,
        message: `Missing variable "${part.name}" (it is undefined): expected ${EXPECTED[part.type === 'var' ? part.format : part.type]}`,
      });
      continue;
    }
    if (part.type === 'var') {
      const text = formatValue(part.format, value, locale);
      if (text === undefined) {
        report({
          code: 'invalid_variable',
          name: part.name,
          message: `Variable "${part.name}" must be ${EXPECTED[part.format]}, got ${describe(value)}`,
        });
        continue;
      }
      out += html ? escapeHtml(text) : text;
      continue;
    }
    if (part.type === 'plural') {
      const count = Array.isArray(value) ? value.length : typeof value === 'number' ? value + 0 : value;
      if (!isCount(count)) {
        report({
          code: 'invalid_variable',
          name: part.name,
          message: `Variable "${part.name}" must be ${EXPECTED.plural}, got ${describe(value)}`,
        });
        continue;
      }
      const f = formattersFor(locale);
      const branch =
        part.branches.get(`=${count}`) ??
        part.branches.get(f.plural.select(count)) ??
        part.branches.get('other') ??
        [];
      out += renderBranch(branch, f.number.format(count), html);
      continue;
    }
    const branch =
      typeof value === 'string' && value !== 'other' && part.branches.has(value)
        ? part.branches.get(value)
        : typeof value === 'string'
          ? part.branches.get('other')
          : undefined;
    if (branch === undefined) {
      report({
        code: 'invalid_variable',
        name: part.name,
        message: `Variable "${part.name}" must be one of ${[...part.branches.keys()].map((k) => `"${k}"`).join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describe(value)}`,
      });
      continue;
    }
    out += renderBranch(branch, '', html);
  }
  return out;
}
