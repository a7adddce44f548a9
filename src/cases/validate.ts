// Internal (not exported by the entry point): the compact validator of case events and of the
// stored log form that the case-log functions use, so that a browser bundle of them carries no zod
// (zod/mini was two thirds of it). It gives what `CaseEventSchema`, `CaseEventJsonSchema` and
// `CaseLogJsonSchema` give for the same input, issue for issue (code, path, message) and value for
// value; tests/cases/validate.test.ts holds the two to each other. Like zod, it lets an exception
// of a hostile value (a throwing getter or Proxy trap) through: its callers catch it.
import { describeValue } from '../shared/assert.js';
import { CHANNEL_IDS } from '../shared/channel-ids.js';
import { isRealDate, timeOfDate } from '../shared/date-value.js';
import { ISSUE_TYPES } from '../shared/issue-types.js';
import { ORDER_ID_PATTERN } from '../shared/order-id.js';
import type { Issue, IssueCode, IssuePath, SafeResult } from '../shared/result.js';
import {
  CASE_EVENT_TYPES,
  CASE_STATES,
  type CaseEvent,
  MAX_MESSAGE_LENGTH,
  MESSAGE_AUTHORS,
} from './events.js';
import { CASE_LOG_FORMAT, type CaseLog, MAX_CASE_LOG_ENTRIES } from './log-shape.js';

/** Reads one value at `path`, adding what is wrong to `issues`; gives the parsed value. */
type Rule = (value: unknown, path: IssuePath, issues: Issue[]) => unknown;

const HEX64 = /^[0-9a-f]{64}$/;
const ITEM_ID = /^[a-z][a-z0-9-]{0,63}$/;
// zod's `iso.datetime({ offset: true })`: RFC 3339 with seconds, a real calendar day, `Z` or ±hh:mm.
const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

const add = (issues: Issue[], code: IssueCode, message: string, path: IssuePath): void => {
  issues.push({ code, message, path: [...path] });
};

const quoted = (values: readonly unknown[]): string =>
  values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ');

// What came, as the library's zod messages say it.
const got = (value: unknown): string =>
  value === undefined
    ? 'nothing (the field is missing)'
    : typeof value === 'number'
      ? Number.isNaN(value)
        ? 'NaN'
        : `the number ${value}`
      : describeValue(value);

// Code points, not UTF-16 units: a surrogate pair is one character, as zod counts.
const characters = (text: string): number => text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;

const sized = (value: unknown): value is { length: unknown } =>
  value != null && (value as { length?: unknown }).length !== undefined;

const lengthOf = (value: { length: unknown }): unknown =>
  typeof value === 'string' ? characters(value) : value.length;

/** A string; `check` runs on a string only. */
const string =
  (typeMessage: string, check?: Rule): Rule =>
  (value, path, issues) => {
    if (typeof value !== 'string') add(issues, 'invalid_type', typeMessage, path);
    else check?.(value, path, issues);
    return value;
  };

/** A string matching `pattern`. */
const patterned = (typeMessage: string, pattern: RegExp, message: string): Rule =>
  string(typeMessage, (value, path, issues) => {
    if (!pattern.test(value as string)) add(issues, 'invalid_format', message, path);
  });

/**
 * A non-empty text of at most `max` characters. As in zod, the length is checked on anything that
 * has one, even after the type was refused.
 */
const text = (name: string, max: number): Rule => {
  const type = string(`${name} must be a string`);
  return (value, path, issues) => {
    type(value, path, issues);
    if (sized(value)) {
      if (!((lengthOf(value) as number) >= 1)) add(issues, 'too_small', `${name} is empty`, path);
      if (!((lengthOf(value) as number) <= max))
        add(issues, 'too_big', `${name} is longer than ${max} characters`, path);
    }
    return value;
  };
};

/** One of `values`; the message lists them when its own sentence does not. */
const oneOf = (values: readonly unknown[], message: string): Rule => {
  const full = values.every((value) => message.includes(String(value)))
    ? message
    : `${message}: one of ${quoted(values)}`;
  return (value, path, issues) => {
    if (!values.includes(value)) add(issues, 'invalid_value', full, path);
    return value;
  };
};

/**
 * An array of at most `max` items, each read by `item`. A longer array is refused by its length
 * alone, before any item is read; a value that is no array still has its length checked.
 */
const list =
  (typeMessage: string, max: number, maxMessage: string, item: Rule): Rule =>
  (value, path, issues) => {
    if (Array.isArray(value) && value.length > max) {
      add(issues, 'too_big', maxMessage, path);
      return value;
    }
    if (!Array.isArray(value)) {
      add(issues, 'invalid_type', `${typeMessage} (got ${got(value)})`, path);
      if (sized(value) && !((lengthOf(value) as number) <= max)) add(issues, 'too_big', maxMessage, path);
      return value;
    }
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) items[i] = item(value[i], [...path, i], issues);
    return items;
  };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object of exactly these fields, read in their order (`optional` ones may be absent); an
 * unknown field is refused, not dropped. The parsed object has the fields in the shape's order.
 */
function fields(
  value: Record<string, unknown>,
  shape: Readonly<Record<string, Rule>>,
  optional: readonly string[],
  path: IssuePath,
  issues: Issue[],
): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  const keys = Object.keys(shape);
  for (const key of keys) {
    const field = value[key];
    const present = key in value;
    if (!present && optional.includes(key)) continue;
    const read =
      field === undefined && optional.includes(key) ? field : shape[key]!(field, [...path, key], issues);
    if (present) parsed[key] = read;
  }
  const unknown: string[] = [];
  for (const key in value) if (!keys.includes(key)) unknown.push(key);
  if (unknown.length > 0)
    add(
      issues,
      'unrecognized_keys',
      `Unknown key${unknown.length === 1 ? '' : 's'} ${quoted(unknown)} (allowed keys: ${keys.join(', ') || 'none'}): unknown keys are refused, not dropped`,
      path,
    );
  return parsed;
}

/** An object of `shape` (see {@link fields}); "Expected an object, got …" for anything else. */
const object =
  (shape: Readonly<Record<string, Rule>>, optional: readonly string[] = []): Rule =>
  (value, path, issues) => {
    if (isObject(value)) return fields(value, shape, optional, path, issues);
    add(issues, 'invalid_type', `Expected an object, got ${got(value)}`, path);
    return value;
  };

type Fields = readonly [shape: Readonly<Record<string, Rule>>, optional?: readonly string[]];

// Built in one `/* @__PURE__ */` call, so that a bundle that does not validate (the Merkle
// functions alone) drops all of it.
const RULES = /* @__PURE__ */ (() => {
  // The order number of `shared/schemas.ts` (OrderIdSchema).
  const orderId = patterned(
    'An order number must be a string of digits, not a number',
    ORDER_ID_PATTERN,
    'An order number is 6 to 32 ASCII digits',
  );
  // The issue type of `shared/schemas.ts` (IssueTypeSchema).
  const issueType = oneOf(ISSUE_TYPES, 'Expected an issue type id, such as "coupon-unusable"');

  const itemIds = (name: string): Rule =>
    list(
      `${name} must be an array of checklist item ids`,
      100,
      `${name} holds at most 100 items`,
      patterned(
        `${name} holds checklist item ids`,
        ITEM_ID,
        `${name} holds checklist item ids such as "order-screenshot"`,
      ),
    );

  // The fields after `type` and `at` of each event type, and which of them may be absent.
  const EVENT_FIELDS: Readonly<Record<string, Fields>> = {
    opened: [
      { issueType, channel: oneOf(CHANNEL_IDS, `Expected a channel: ${CHANNEL_IDS.join(', ')}`), orderId },
      ['orderId'],
    ],
    message: [
      {
        from: oneOf(MESSAGE_AUTHORS, `from must be one of ${MESSAGE_AUTHORS.join(', ')}`),
        text: text('text', MAX_MESSAGE_LENGTH),
      },
    ],
    evidence: [
      {
        fileName: text('fileName', 255),
        sha256: patterned('sha256 must be a string', HEX64, 'sha256 must be 64 lowercase hexadecimal digits'),
      },
    ],
    'evidence-checked': [
      {
        issueType,
        orderId,
        complete: (value, path, issues) => {
          if (typeof value !== 'boolean') add(issues, 'invalid_type', 'complete must be true or false', path);
          return value;
        },
        satisfied: itemIds('satisfied'),
        missing: itemIds('missing'),
      },
    ],
    status: [{ to: oneOf(CASE_STATES, `to must be one of ${CASE_STATES.join(', ')}`) }],
    escalated: [{ to: text('to', 200), reason: text('reason', 2000) }, ['to', 'reason']],
    'signed-for': [{}],
    'return-received': [{}],
  };

  /** `at` in memory: a valid `Date`, read without running any code of the value; a fresh copy. */
  const date: Rule = (value, path, issues) => {
    let at = value;
    try {
      if (value instanceof Date) at = new Date(isRealDate(value) ? timeOfDate(value) : Number.NaN);
    } catch {
      // A Proxy whose getPrototypeOf trap throws.
      at = new Date(Number.NaN);
    }
    if (at instanceof Date && !Number.isNaN(at.getTime())) return at;
    add(issues, 'invalid_type', 'at must be a valid Date', path);
    return at;
  };

  const ISO_MESSAGE = 'at must be an ISO 8601 date-time with an offset, such as 2026-09-30T12:30:00.000Z';

  /** `at` in JSON: an ISO 8601 date-time with an offset, as a `Date`. */
  const isoInstant: Rule = (value, path, issues) => {
    if (typeof value !== 'string') add(issues, 'invalid_type', ISO_MESSAGE, path);
    else if (!ISO_INSTANT.test(value)) add(issues, 'invalid_format', ISO_MESSAGE, path);
    else return new Date(value);
    return value;
  };

  const typeMessage = `Expected an event with type one of ${CASE_EVENT_TYPES.join(', ')}`;
  const event =
    (at: Rule): Rule =>
    (value, path, issues) => {
      if (!isObject(value)) {
        add(issues, 'invalid_type', `Expected an object, got ${got(value)}`, path);
        return value;
      }
      const type = value.type;
      if (!CASE_EVENT_TYPES.includes(type as never)) {
        add(issues, 'invalid_union', typeMessage, [...path, 'type']);
        return value;
      }
      const [rest, optional] = EVENT_FIELDS[type as string]!;
      return fields(value, { type: (field) => field, at, ...rest }, optional ?? [], path, issues);
    };

  const hash = (name: string): Rule =>
    patterned(`${name} must be a string`, HEX64, `${name} must be 64 lowercase hexadecimal digits`);

  const jsonEvent = event(isoInstant);
  const caseLogJson = object({
    format: oneOf([CASE_LOG_FORMAT], `format must be "${CASE_LOG_FORMAT}"`),
    size: (value, path, issues) => {
      const message = 'size must be a whole number';
      if (typeof value !== 'number' || !Number.isInteger(value)) add(issues, 'invalid_type', message, path);
      else {
        if (!Number.isSafeInteger(value)) add(issues, value > 0 ? 'too_big' : 'too_small', message, path);
        if (value < 0) add(issues, 'too_small', 'size must not be negative', path);
      }
      return value;
    },
    root: hash('root'),
    entries: list(
      'entries must be an array',
      MAX_CASE_LOG_ENTRIES,
      `A case log holds at most ${MAX_CASE_LOG_ENTRIES} entries`,
      object({ event: jsonEvent, leafHash: hash('leafHash'), root: hash('root') }),
    ),
  });

  return { inMemoryEvent: event(date), jsonEvent, caseLogJson };
})();

function result<T>(rule: Rule, value: unknown): SafeResult<T> {
  const issues: Issue[] = [];
  const data = rule(value, [], issues);
  return issues.length === 0 ? { success: true, data: data as T } : { success: false, error: { issues } };
}

/**
 * What `CaseEventSchema.safeParse` gives, as `Issue`s: a case event in memory (`at` a valid `Date`).
 *
 * @param value - anything (a getter or trap that throws is let through)
 * @returns the event (a copy: `at` a fresh `Date`), or the issues
 * @example
 * validateCaseEvent({ type: 'status', at: new Date('2026-10-01T02:00:00Z'), to: 'pending' }).success; //=> true
 */
export function validateCaseEvent(value: unknown): SafeResult<CaseEvent> {
  return result(RULES.inMemoryEvent, value);
}

/**
 * What `CaseEventJsonSchema.safeParse` gives, as `Issue`s: a case event as JSON carries it.
 *
 * @param value - anything (a getter or trap that throws is let through)
 * @returns the event, `at` turned into a `Date`, or the issues
 * @example
 * validateCaseEventJson({ type: 'signed-for', at: '2026-11-23T14:00:00+08:00' }).success; //=> true
 */
export function validateCaseEventJson(value: unknown): SafeResult<CaseEvent> {
  return result(RULES.jsonEvent, value);
}

/**
 * What `CaseLogJsonSchema.safeParse` gives, as `Issue`s: a stored case log, shape only.
 *
 * @param value - the value `JSON.parse` gave (a getter or trap that throws is let through)
 * @returns the log, its instants as `Date`s, or the issues
 * @example
 * validateCaseLogJson(JSON.parse(JSON.stringify(createCaseLog()))).success; //=> true
 */
export function validateCaseLogJson(value: unknown): SafeResult<CaseLog> {
  return result(RULES.caseLogJson, value);
}
