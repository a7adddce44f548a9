// The compact validator of the case log and the zod schemas it stands in for must never drift: on
// the same input they agree on success, on the parsed value (key order included) and on every
// issue's code, path and message. Both let an exception of a hostile value through, and the
// case-log functions turn it into an issue or a fault.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CASE_STATES,
  CaseEventJsonSchema,
  CaseEventSchema,
  MESSAGE_AUTHORS,
} from '../../src/cases/events.js';
import { CASE_LOG_FORMAT } from '../../src/cases/log-shape.js';
import { createCaseLog, safeAppendCaseEvent } from '../../src/cases/log.js';
import { CaseLogJsonSchema, parseCaseLog } from '../../src/cases/parse.js';
import { validateCaseEvent, validateCaseEventJson, validateCaseLogJson } from '../../src/cases/validate.js';
import { verifyCaseLog } from '../../src/cases/verify.js';
import { CHANNEL_IDS } from '../../src/shared/channel-ids.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import type { SafeResult } from '../../src/shared/result.js';
import { issuesFromZod } from '../../src/shared/zod-issues.js';
import { jsonOf, logOf, SAMPLE_EVENTS } from './sample-log.js';

interface ZodLike {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: Parameters<typeof issuesFromZod>[0] } | undefined;
  };
}

type Outcome =
  | { readonly threw: true }
  | { readonly success: true; readonly data: unknown; readonly keys: unknown }
  | { readonly success: false; readonly issues: unknown };

/** Every object's keys in order, depth first: toStrictEqual does not look at key order. */
function keysOf(value: unknown): unknown {
  if (value instanceof Date || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.map(keysOf);
  return Object.entries(value).map(([key, field]) => [key, keysOf(field)]);
}

/** What callers saw from the zod schema: `issuesFromZod` of its issues, or its data. */
function viaZod(schema: ZodLike, value: unknown): Outcome {
  try {
    const result = schema.safeParse(value);
    return result.success
      ? { success: true, data: result.data, keys: keysOf(result.data) }
      : { success: false, issues: issuesFromZod(result.error!.issues) };
  } catch {
    return { threw: true };
  }
}

function viaCompact(validate: (value: unknown) => SafeResult<unknown>, value: unknown): Outcome {
  try {
    const result = validate(value);
    return result.success
      ? { success: true, data: result.data, keys: keysOf(result.data) }
      : { success: false, issues: result.error.issues };
  } catch {
    return { threw: true };
  }
}

const FORMS = [
  ['CaseEventSchema', CaseEventSchema, validateCaseEvent],
  ['CaseEventJsonSchema', CaseEventJsonSchema, validateCaseEventJson],
  ['CaseLogJsonSchema', CaseLogJsonSchema, validateCaseLogJson],
] as const;

const boom = (): never => {
  throw new Error('hostile');
};

/**
 * Values a getter or a Proxy trap of which throws, and Date look-alikes that must not be trusted.
 * fast-check itself looks into the values it makes, so it makes a token and {@link materialize}
 * puts the hostile value in its place inside the property.
 */
class Hostile {
  constructor(readonly make: () => unknown) {}
}

const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => Object.defineProperty({}, 'type', { get: boom, enumerable: true }),
  () => Object.defineProperty({ type: 'signed-for' }, 'at', { get: boom, enumerable: true }),
  () =>
    new Proxy(
      {},
      { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
    ),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => new Proxy(['a'], { get: (target, key) => (key === 'length' ? boom() : Reflect.get(target, key)) }),
  () => Object.defineProperty([], '0', { get: boom, enumerable: true }),
  () => Object.create(Date.prototype),
  () => new Proxy(new Date(), {}),
  () => new Proxy(new Date(), { getPrototypeOf: boom }),
];

const hostile = fc.constantFrom(...HOSTILE_VALUES.map((make) => new Hostile(make)));

/** A copy of a generated value with each {@link Hostile} token made real; holes, inherited fields and own `__proto__` keys kept. */
function materialize(value: unknown): unknown {
  if (value instanceof Hostile) return value.make();
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (const index in value) copy[index as never] = materialize(value[index as never]);
    return copy;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof String)
    return value;
  const prototype = Object.getPrototypeOf(value);
  const copy = Object.create(
    prototype === Object.prototype || prototype === null ? prototype : materialize(prototype),
  );
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: materialize((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', [], {}),
  fc.constantFrom({ length: 'x' }, { length: 101 }, { length: null }, new String(''), () => 1, 10n),
  fc.jsonValue({ maxDepth: 2 }),
  hostile,
);

const text = (max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.constantFrom(
      '',
      'a'.repeat(max),
      'a'.repeat(max + 1),
      // Code points, not UTF-16 units: twice as many units as the limit still fits.
      '😀'.repeat(max),
      '😀'.repeat(max + 1),
      `${'a'.repeat(max - 1)}😀`,
      '\uD800'.repeat(max + 1),
      'Cafe\u0301',
    ),
    junk,
  );

const hex = fc.oneof(
  fc.constantFrom('a'.repeat(64), 'A'.repeat(64), 'a'.repeat(63), `${'0'.repeat(63)}g`, 'e3b0'),
  fc.stringMatching(/^[0-9a-f]{64}$/),
  junk,
);

const itemIds = fc.oneof(
  fc.array(
    fc.oneof(fc.constantFrom('order-screenshot', 'a', 'A', '1x', 'a'.repeat(64), 'a'.repeat(65)), junk),
    {
      maxLength: 4,
    },
  ),
  fc.constantFrom(
    Array.from({ length: 100 }, () => 'ok'),
    Array.from({ length: 101 }, () => 'ok'),
    Array.from({ length: 101 }, () => 1),
    Object.assign(new Array(2), { 1: 'ok' }),
    'x'.repeat(101),
  ),
  junk,
);

const orderId = fc.oneof(
  fc.constantFrom('1550672064762308113', '12345', '123456', '1'.repeat(32), '1'.repeat(33), '１２３４５６'),
  fc.stringMatching(/^[0-9]{1,40}$/),
  fc.constantFrom(1550672064, 155067206476230811n),
  junk,
);

/** Every field of every event type, each with values that pass and values that do not. */
const FIELDS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  issueType: fc.oneof(fc.constantFrom(...ISSUE_TYPES), fc.constantFrom('refund', 'Feedback'), junk),
  channel: fc.oneof(fc.constantFrom(...CHANNEL_IDS), fc.constant('phone'), junk),
  orderId,
  from: fc.oneof(fc.constantFrom(...MESSAGE_AUTHORS), fc.constant('boss'), junk),
  text: text(20_000),
  fileName: text(255),
  sha256: hex,
  complete: fc.oneof(fc.boolean(), fc.constant('true'), junk),
  satisfied: itemIds,
  missing: itemIds,
  to: fc.oneof(fc.constantFrom(...CASE_STATES), text(200)),
  reason: text(2000),
  note: junk,
};

const FIELDS_OF: Readonly<Record<string, readonly string[]>> = {
  opened: ['issueType', 'channel', 'orderId'],
  message: ['from', 'text'],
  evidence: ['fileName', 'sha256'],
  'evidence-checked': ['issueType', 'orderId', 'complete', 'satisfied', 'missing'],
  status: ['to'],
  escalated: ['to', 'reason'],
  'signed-for': [],
  'return-received': [],
};

const memoryAt = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') }),
  fc.constantFrom(
    new Date(Number.NaN),
    new (class Later extends Date {})(0),
    '2026-10-01T02:00:00Z',
    1_795_000_000_000,
  ),
  junk,
);

/** Date-times near the RFC 3339 form: a real or made-up day, seconds or not, an offset or not. */
const isoText = fc
  .tuple(
    fc.constantFrom('2026', '2024', '1900', '2000', '0000', '9999', '26'),
    fc.constantFrom('01', '02', '04', '12', '13', '00'),
    fc.constantFrom('01', '28', '29', '30', '31', '32'),
    fc.constantFrom('T', ' ', 't'),
    fc.constantFrom('00:00', '23:59', '24:00', '12:60'),
    fc.constantFrom(':00', ':59', ':60', '', ':00.5', ':00.123456789'),
    fc.constantFrom('Z', '+08:00', '-05:30', '+23:59', '+24:00', '', 'z', '+0800', '+08'),
  )
  .map((parts) => `${parts[0]}-${parts[1]}-${parts[2]}${parts[3]}${parts[4]}${parts[5]}${parts[6]}`);

const jsonAt = fc.oneof(
  isoText,
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
    .map((d) => d.toISOString()),
  junk,
);

/** An event-like value: a type (mostly a known one), some of its fields, maybe some of another's. */
const eventLike = (at: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...CASE_EVENT_TYPES) },
        { weight: 1, arbitrary: fc.constantFrom('deleted', 'Opened', '', 'constructor', 'toString') },
        { weight: 1, arbitrary: junk },
      ),
      at,
      fc.record(FIELDS, { requiredKeys: [] }),
      // Now and then fields of other types too.
      fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      fc.constantFrom('plain', 'plain', 'plain', 'no-at', 'no-type', 'inherited', '__proto__'),
    )
    .map(([type, atValue, all, foreign, shape]) => {
      const own: Record<string, unknown> = {};
      if (shape !== 'no-type') own.type = type;
      if (shape !== 'no-at') own.at = atValue;
      const names = typeof type === 'string' && Object.hasOwn(FIELDS_OF, type) ? FIELDS_OF[type]! : [];
      for (const [name, value] of Object.entries(all)) if (foreign || names.includes(name)) own[name] = value;
      if (shape === 'inherited') return Object.create(own);
      if (shape === '__proto__') return Object.assign(JSON.parse('{"__proto__":{"polluted":true}}'), own);
      return own;
    });

/** Valid events of every type, so that the fuzzer reaches success as often as failure. */
const validEvent = (form: 'memory' | 'json'): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.constantFrom(...SAMPLE_EVENTS, {
        type: 'evidence-checked' as const,
        at: new Date('2026-09-30T12:45:00Z'),
        issueType: 'quality-dispute' as const,
        orderId: '1550672064762308113',
        complete: false,
        satisfied: ['order-screenshot'],
        missing: [],
      }),
      fc.constantFrom(undefined, 'note', 'orderId', 'reason'),
    )
    .map(([event, extra]) => {
      const copy: Record<string, unknown> = { ...event };
      if (form === 'json') copy.at = event.at.toISOString();
      if (extra) copy[extra] = undefined;
      return copy;
    });

const entryLike = fc.oneof(
  fc.record(
    { event: fc.oneof(validEvent('json'), eventLike(jsonAt)), leafHash: hex, root: hex, extra: junk },
    { requiredKeys: ['event', 'leafHash', 'root'] },
  ),
  junk,
);

const logLike = fc.oneof(
  fc.record(
    {
      format: fc.oneof(
        fc.constant(CASE_LOG_FORMAT),
        fc.constantFrom('x', 'tiantian-support/case-log@2'),
        junk,
      ),
      size: fc.oneof(
        fc.integer({ min: -2, max: 5 }),
        fc.constantFrom(1.5, -1.5, 2 ** 60, -(2 ** 60), 2 ** 53, Number.MAX_SAFE_INTEGER, Number.NaN, '0'),
        junk,
      ),
      root: hex,
      entries: fc.oneof(
        { weight: 6, arbitrary: fc.array(entryLike, { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constantFrom([], new Array(1_000_001), 'x'.repeat(11)) },
        { weight: 1, arbitrary: junk },
      ),
      extra: junk,
    },
    { requiredKeys: ['format', 'size', 'root', 'entries'] },
  ),
  fc.record(
    { format: fc.constant(CASE_LOG_FORMAT), size: fc.constant(0), root: hex, entries: fc.constant([]) },
    { requiredKeys: [] },
  ),
  junk,
);

const INPUTS = {
  CaseEventSchema: fc.oneof(eventLike(memoryAt), validEvent('memory'), junk),
  CaseEventJsonSchema: fc.oneof(eventLike(jsonAt), validEvent('json'), junk),
  CaseLogJsonSchema: logLike,
} as const;

const H = 'a'.repeat(64);
const json = jsonOf(await logOf());

describe('the compact validator and the zod schemas', () => {
  it.each(FORMS)(
    'agree with %s on fuzzed values: success, value, issues (code, path, message)',
    (name, schema, validate) => {
      const seen = { success: 0, failure: 0, threw: 0 };
      fc.assert(
        fc.property(INPUTS[name], (generated) => {
          const value = materialize(generated);
          const expected = viaZod(schema, value);
          expect(viaCompact(validate, value)).toStrictEqual(expected);
          seen['threw' in expected ? 'threw' : expected.success ? 'success' : 'failure']++;
        }),
        { numRuns: 2000 },
      );
      // The fuzzer reaches every outcome, often enough to mean something.
      expect(Math.min(seen.success, seen.failure)).toBeGreaterThan(100);
      expect(seen.threw).toBeGreaterThan(0);
    },
  );

  const longLog = {
    ...json,
    entries: Array.from({ length: 30 }, () => ({ event: {}, leafHash: 'x', root: H })),
  };
  const EXAMPLES: readonly (readonly [
    string,
    'CaseEventSchema' | 'CaseEventJsonSchema' | 'CaseLogJsonSchema',
    unknown,
  ])[] = [
    ...SAMPLE_EVENTS.map((event) => [`the sample ${event.type} event`, 'CaseEventSchema', event] as const),
    ...json.entries.map(
      ({ event }) => [`the stored ${event.type} event`, 'CaseEventJsonSchema', event] as const,
    ),
    ['the sample log as JSON', 'CaseLogJsonSchema', json],
    ['an empty log', 'CaseLogJsonSchema', JSON.parse(JSON.stringify(createCaseLog()))],
    ['a log of 30 bad entries (more than 20 issues)', 'CaseLogJsonSchema', longLog],
    [
      'an instant as an ISO string in memory',
      'CaseEventSchema',
      { type: 'status', at: '2026-10-01T02:00:00Z', to: 'pending' },
    ],
    ['a fake Date', 'CaseEventSchema', { type: 'signed-for', at: Object.create(Date.prototype) }],
    ['an Invalid Date', 'CaseEventSchema', { type: 'signed-for', at: new Date(Number.NaN) }],
    ['a Proxy of a Date', 'CaseEventSchema', { type: 'signed-for', at: new Proxy(new Date(), {}) }],
    ['an unknown status', 'CaseEventSchema', { type: 'status', at: new Date(), to: 'lost' }],
    ['an unknown author', 'CaseEventSchema', { type: 'message', at: new Date(), from: 'boss', text: 'hi' }],
    ['an empty text', 'CaseEventSchema', { type: 'message', at: new Date(), from: 'agent', text: '' }],
    [
      'an empty array for a text',
      'CaseEventSchema',
      { type: 'message', at: new Date(), from: 'agent', text: [] },
    ],
    [
      'an order number as a number',
      'CaseEventSchema',
      { type: 'opened', at: new Date(), issueType: 'feedback', channel: 'email', orderId: 1550672064 },
    ],
    [
      'an undefined optional field',
      'CaseEventSchema',
      { type: 'opened', at: new Date(), issueType: 'feedback', channel: 'email', orderId: undefined },
    ],
    ['an unknown field', 'CaseEventSchema', { type: 'signed-for', at: new Date(), note: 'x' }],
    ['two unknown fields', 'CaseEventSchema', { type: 'signed-for', at: new Date(), note: 'x', by: 1 }],
    ['a field of another type', 'CaseEventSchema', { type: 'status', at: new Date(), to: 'open', text: 'x' }],
    [
      'everything wrong in evidence-checked',
      'CaseEventSchema',
      {
        type: 'evidence-checked',
        at: 5,
        issueType: 'x',
        orderId: 5,
        complete: 'y',
        satisfied: ['A', 3],
        missing: 'x',
        zz: 1,
      },
    ],
    [
      '101 checklist items',
      'CaseEventSchema',
      {
        type: 'evidence-checked',
        at: new Date(),
        issueType: 'feedback',
        orderId: '123456',
        complete: true,
        satisfied: Array(101).fill('a'),
        missing: [],
      },
    ],
    ['an unknown type', 'CaseEventSchema', { type: 'deleted', at: new Date() }],
    ['no type', 'CaseEventSchema', {}],
    ['null', 'CaseEventSchema', null],
    ['an array', 'CaseEventSchema', [1]],
    ['text', 'CaseEventJsonSchema', 'text'],
    ...[
      '2026-11-23T14:00:00',
      '2026-02-30T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-11-23T24:00:00Z',
      '2026-11-23',
      '2026-11-23 14:00:00+08:00',
      '2026-11-23T14:00:00+24:00',
      '2024-02-29T00:00:00Z',
      '2026-11-23T06:00:00.5-05:30',
    ].map((at) => [`the instant ${at}`, 'CaseEventJsonSchema', { type: 'signed-for', at }] as const),
    ['a Date in the JSON form', 'CaseEventJsonSchema', { type: 'signed-for', at: new Date() }],
    ['null for a log', 'CaseLogJsonSchema', null],
    ['another format', 'CaseLogJsonSchema', { ...json, format: 'x' }],
    ['a negative size', 'CaseLogJsonSchema', { ...json, size: -1 }],
    ['a fractional size', 'CaseLogJsonSchema', { ...json, size: 1.5 }],
    ['a negative unsafe size', 'CaseLogJsonSchema', { ...json, size: -(2 ** 60) }],
    ['a size as text', 'CaseLogJsonSchema', { ...json, size: '0' }],
    ['an upper-case root', 'CaseLogJsonSchema', { ...json, root: 'A'.repeat(64) }],
    ['entries that are an object', 'CaseLogJsonSchema', { ...json, entries: {} }],
    ['no entries', 'CaseLogJsonSchema', { format: CASE_LOG_FORMAT, size: 0, root: H }],
    ['an unknown field of the log', 'CaseLogJsonSchema', { ...json, extra: true }],
    [
      'an unknown field of an entry',
      'CaseLogJsonSchema',
      { ...json, entries: [{ ...json.entries[0], extra: 1 }] },
    ],
    ['an entry that is a number', 'CaseLogJsonSchema', { ...json, entries: [1] }],
    [
      'a short leaf hash',
      'CaseLogJsonSchema',
      { ...json, entries: [{ ...json.entries[0], leafHash: 'ab' }] },
    ],
    ['more entries than a log may hold', 'CaseLogJsonSchema', { ...json, entries: new Array(1_000_001) }],
  ];

  const VALID = new Set([
    ...EXAMPLES.slice(0, SAMPLE_EVENTS.length * 2).map(([name]) => name),
    'the sample log as JSON',
    'an empty log',
    'an undefined optional field',
    'the instant 2024-02-29T00:00:00Z',
    'the instant 2026-11-23T06:00:00.5-05:30',
  ]);

  it.each(EXAMPLES)('agree on %s', (name, form, value) => {
    const [, schema, validate] = FORMS.find(([formName]) => formName === form)!;
    const expected = viaZod(schema, value);
    expect('success' in expected && expected.success).toBe(VALID.has(name));
    expect(viaCompact(validate, value)).toStrictEqual(expected);
  });
});

describe('the case-log functions on hostile values', () => {
  // The throwing ones (not the Date look-alikes, which are refused as invalid Dates).
  const hostileValues = fc.constantFrom(...HOSTILE_VALUES.slice(0, 4)).map((make) => new Hostile(make));

  it('safeAppendCaseEvent answers a throwing event with an invalid_type issue at event', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValues, async (token) => {
        const result = await safeAppendCaseEvent(createCaseLog(), materialize(token));
        expect(result).toEqual({
          success: false,
          error: {
            issues: [
              {
                code: 'invalid_type',
                message: expect.stringMatching(/^The event could not be read/),
                path: ['event'],
              },
            ],
          },
        });
      }),
      { numRuns: 20 },
    );
  });

  it('parseCaseLog answers a log whose event throws in the safeParse shape', () => {
    fc.assert(
      fc.property(hostileValues, (token) => {
        const input = {
          ...jsonOf(createCaseLog()),
          size: 1,
          entries: [{ event: materialize(token), leafHash: H, root: H }],
        };
        expect(parseCaseLog(input)).toEqual({
          success: false,
          error: {
            issues: [
              { code: 'invalid_type', message: 'The value could not be read as a case log', path: [] },
            ],
          },
        });
      }),
      { numRuns: 20 },
    );
  });

  it('verifyCaseLog names a throwing entry as malformed', async () => {
    const log = await logOf(SAMPLE_EVENTS.slice(0, 1));
    await fc.assert(
      fc.asyncProperty(hostileValues, async (token) => {
        const event = materialize(token);
        const result = await verifyCaseLog({ ...log, entries: [{ ...log.entries[0]!, event }] } as never);
        expect(result).toMatchObject({ valid: false, index: 0, reason: 'malformed' });
      }),
      { numRuns: 20 },
    );
  });
});
