// Schema round trips: every value the library itself produces is accepted by the schema that
// describes it (and comes back unchanged), and values outside the schema are rejected with issues in
// zod's shape (a `code`, a `message` for people, a `path`). The area schemas join this file as the
// areas land.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHANNEL_TABLE, GUIDE_RESPONSE_TARGETS } from '../../src/channels/data/contact.js';
import {
  ISSUE_TYPE_OWNERS,
  SERVICE_MODULE_IDS,
  SERVICE_MODULES,
  serviceModuleFor,
} from '../../src/channels/data/service-modules.js';
import { ServiceModuleIdSchema } from '../../src/channels/schemas.js';
import { CHANNEL_IDS, ISSUE_TYPE_LABELS, ISSUE_TYPES, LOCALES } from '../../src/shared/index.js';
import {
  ChannelIdSchema,
  IssueTypeSchema,
  LocaleSchema,
  LocalizedTextSchema,
  OrderIdSchema,
} from '../../src/shared/schemas.js';
import { jsonSchemas, type SchemaName } from '../../src/schemas/json-schemas.js';
import { VALID, zodSchema } from './requests.js';

/** What every schema in the library must do with a value: accept it and give it back. */
function expectAccepted(schema: { safeParse(value: unknown): unknown }, value: unknown): void {
  const result = schema.safeParse(value) as { success: boolean; data?: unknown; error?: unknown };
  expect(result.success, `rejected ${JSON.stringify(value)}`).toBe(true);
  expect(result.data).toEqual(value);
}

/** A rejection in zod's shape; returns the issues for further checks. */
function expectRejected(
  schema: { safeParse(value: unknown): unknown },
  value: unknown,
): { code: string; message: string; path: PropertyKey[] }[] {
  const result = schema.safeParse(value) as {
    success: boolean;
    error?: { issues: { code: string; message: string; path: PropertyKey[] }[] };
  };
  expect(result.success, `accepted ${String(value)}`).toBe(false);
  const issues = result.error?.issues ?? [];
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.code).toBe('string');
    expect(issue.code.length).toBeGreaterThan(0);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim().length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
  }
  return issues;
}

/** Anything at all, as a hostile caller could send it: JSON values, odd numbers, symbols, dates. */
const anything = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    10n ** 19n,
    Symbol('x'),
    new Date(Number.NaN),
    () => 1,
  ),
);

/** Strings close to the valid ids: case, spaces, separators and look-alike characters changed. */
function nearMisses(ids: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...ids),
      fc.constantFrom(
        (id: string) => id.toUpperCase(),
        (id: string) => ` ${id}`,
        (id: string) => `${id} `,
        (id: string) => `${id}\u0000`,
        (id: string) => id.replaceAll('-', '_'),
        (id: string) => id.replaceAll('-', '\u2010'), // Unicode hyphen
        (id: string) => id.slice(0, -1),
        (id: string) => `${id}s`,
        (id: string) => id.normalize('NFD').replace('e', 'e\u0301'),
      ),
    )
    .map(([id, change]) => change(id))
    .filter((value) => !ids.includes(value));
}

describe('LocaleSchema', () => {
  it('accepts every locale of LOCALES, unchanged', () => {
    for (const locale of LOCALES) expectAccepted(LocaleSchema, locale);
  });

  it('rejects any other value with an issue that names the locales', () => {
    fc.assert(
      fc.property(
        fc.oneof(anything, nearMisses(LOCALES), fc.constantFrom('zh', 'zh-TW', 'en-US', 'ES')),
        (value) => {
          fc.pre(!(LOCALES as readonly unknown[]).includes(value));
          const [issue] = expectRejected(LocaleSchema, value);
          expect(issue?.path).toEqual([]);
          expect(issue?.message).toContain('zh-CN');
        },
      ),
    );
  });
});

describe('IssueTypeSchema', () => {
  it('accepts every id the library produces: ISSUE_TYPES, the keys of ISSUE_TYPE_LABELS and ISSUE_TYPE_OWNERS, the guide’s table', () => {
    const produced = new Set<string>([
      ...ISSUE_TYPES,
      ...Object.keys(ISSUE_TYPE_LABELS),
      ...Object.keys(ISSUE_TYPE_OWNERS),
      ...GUIDE_CHANNEL_TABLE.map((row) => row.issueType),
    ]);
    expect(produced.size).toBe(21);
    for (const id of produced) expectAccepted(IssueTypeSchema, id);
  });

  it('rejects near misses and anything else at the root path', () => {
    fc.assert(
      fc.property(fc.oneof(nearMisses(ISSUE_TYPES), anything, fc.string()), (value) => {
        fc.pre(!(ISSUE_TYPES as readonly unknown[]).includes(value));
        const [issue] = expectRejected(IssueTypeSchema, value);
        expect(issue?.path).toEqual([]);
      }),
    );
  });
});

describe('ChannelIdSchema', () => {
  it('accepts every channel id the library produces: CHANNEL_IDS, the guide’s table and response targets', () => {
    const produced = new Set<string>([
      ...CHANNEL_IDS,
      ...GUIDE_CHANNEL_TABLE.flatMap((row) => row.channels),
      ...Object.keys(GUIDE_RESPONSE_TARGETS),
    ]);
    expect(produced.size).toBe(CHANNEL_IDS.length);
    for (const id of produced) expectAccepted(ChannelIdSchema, id);
  });

  it('rejects anything else, naming the channels', () => {
    fc.assert(
      fc.property(
        fc.oneof(nearMisses(CHANNEL_IDS), anything, fc.constantFrom('phone', 'weibo', 'wechat', 'fax')),
        (value) => {
          fc.pre(!(CHANNEL_IDS as readonly unknown[]).includes(value));
          const [issue] = expectRejected(ChannelIdSchema, value);
          expect(issue?.message).toContain('online-chat');
        },
      ),
    );
  });
});

describe('ServiceModuleIdSchema', () => {
  it('accepts every module id the library produces', () => {
    const produced = new Set<string>([
      ...SERVICE_MODULE_IDS,
      ...SERVICE_MODULES.map((module) => module.id),
      ...Object.values(ISSUE_TYPE_OWNERS).map((owner) => owner.module),
      ...ISSUE_TYPES.map((type) => serviceModuleFor(type).module.id),
    ]);
    for (const id of produced) expectAccepted(ServiceModuleIdSchema, id);
  });

  it('rejects anything else', () => {
    fc.assert(
      fc.property(fc.oneof(nearMisses(SERVICE_MODULE_IDS), anything), (value) => {
        fc.pre(!(SERVICE_MODULE_IDS as readonly unknown[]).includes(value));
        expectRejected(ServiceModuleIdSchema, value);
      }),
    );
  });
});

describe('LocalizedTextSchema', () => {
  /** Every LocalizedText the shared vocabulary holds. */
  const produced = [
    ...Object.values(ISSUE_TYPE_LABELS),
    ...SERVICE_MODULES.flatMap((module) => [
      module.name,
      ...module.duties.flatMap((duty) => [duty.name, duty.description]),
    ]),
    ...Object.values(GUIDE_RESPONSE_TARGETS).flatMap((targets) =>
      Object.values(targets).map((target) => target.label),
    ),
    ...GUIDE_CHANNEL_TABLE.map((row) => row.response.label),
  ];

  it('accepts every localized text of the vocabulary, unchanged', () => {
    expect(produced.length).toBeGreaterThan(21 + 4 + 16 * 2);
    for (const text of produced) expectAccepted(LocalizedTextSchema, text);
  });

  it('round-trips any non-empty text in every locale', () => {
    const text = fc.string({ minLength: 1, unit: 'binary' });
    fc.assert(
      fc.property(fc.record({ 'zh-CN': text, en: text, es: text }), (value) => {
        expectAccepted(LocalizedTextSchema, value);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a missing or empty locale with the path of that locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...produced),
        fc.constantFrom(...LOCALES),
        fc.constantFrom('', undefined, null, 0, ['text']),
        (text, locale, bad) => {
          const value: Record<string, unknown> = { ...text, [locale]: bad };
          if (bad === undefined) delete value[locale];
          const issues = expectRejected(LocalizedTextSchema, value);
          expect(issues.map((issue) => issue.path)).toEqual([[locale]]);
        },
      ),
    );
  });

  it('rejects values that are not objects at the root path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string())), (value) => {
        const [issue] = expectRejected(LocalizedTextSchema, value);
        expect(issue?.path).toEqual([]);
      }),
    );
  });
});

describe('OrderIdSchema', () => {
  it('accepts any string of 6 to 32 ASCII digits, such as Taobao’s 19-digit numbers', () => {
    expectAccepted(OrderIdSchema, '1550672064762308113');
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,32}$/), (orderId) => {
        expectAccepted(OrderIdSchema, orderId);
      }),
    );
  });

  it('rejects a number (19 digits lose precision as a JavaScript number), saying a string is expected', () => {
    expect(String(Number('1550672064762308113'))).not.toBe('1550672064762308113');
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.bigInt()), (value) => {
        const [issue] = expectRejected(OrderIdSchema, value);
        expect(issue?.message).toMatch(/string/);
      }),
    );
  });

  it('rejects strings that are not 6 to 32 ASCII digits', () => {
    const tooShort = fc.stringMatching(/^\d{0,5}$/);
    const tooLong = fc.stringMatching(/^\d{33,40}$/);
    const digits = fc.stringMatching(/^\d{6,32}$/);
    const withJunk = fc
      .tuple(digits, fc.constantFrom(' ', '\n', '-', '#', '０', '١', 'e', '.', '+'), fc.boolean())
      .map(([value, junk, front]) => (front ? `${junk}${value}` : `${value}${junk}`));
    const fullWidth = digits.map((value) =>
      value.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    );
    fc.assert(
      fc.property(fc.oneof(tooShort, tooLong, withJunk, fullWidth), (value) => {
        const [issue] = expectRejected(OrderIdSchema, value);
        expect(issue?.path).toEqual([]);
        expect(issue?.message).toMatch(/6 to 32/);
      }),
    );
  });
});

// Every issue message of every exported schema says what is wrong in words a client developer can
// act on: never zod/mini's bare "Invalid input", never a regular expression. Each kind of wrong
// input is made from the schema's own JSON Schema (its keys, enums, patterns and branches), so the
// tables grow with the schemas.
describe('issue messages of every exported schema', () => {
  type Json = { readonly [keyword: string]: unknown };
  const NAMES = Object.keys(jsonSchemas).sort() as SchemaName[];
  const rootOf = (name: SchemaName): Json => {
    const schema = jsonSchemas[name] as Json;
    const branches = (schema.anyOf as Json[] | undefined) ?? [];
    return branches.length === 1 ? branches[0]! : schema;
  };
  const issuesOf = (name: SchemaName, value: unknown) => zodSchema(name).safeParse(value).error?.issues ?? [];
  const patternsOf = (schema: unknown): string[] =>
    JSON.stringify(schema)
      .match(/"pattern":"(?:[^"\\]|\\.)*"/g)
      ?.map((match) => JSON.parse(match.slice(10)) as string) ?? [];
  const firstValid = (name: SchemaName) =>
    VALID[name][0] ?? VALID[name.replace(/Schema$/, 'JsonSchema') as SchemaName]?.[0];

  /** No message is bare, none holds a pattern of the schema or looks like a regular expression. */
  function expectReadable(name: SchemaName, value: unknown): void {
    const patterns = patternsOf(jsonSchemas[name]);
    for (const { message } of issuesOf(name, value)) {
      expect(message, `${name}: ${JSON.stringify(value)}`).not.toBe('Invalid input');
      expect(message).not.toMatch(/\/\^|\^\(|\(\?:|\\d\{|\[\^/);
      for (const pattern of patterns) expect(message).not.toContain(pattern);
    }
  }

  const objectNames = NAMES.filter((name) => rootOf(name).type === 'object' || rootOf(name).oneOf);
  const strictNames = NAMES.filter((name) => {
    const root = rootOf(name);
    const branches = (root.oneOf as Json[] | undefined) ?? [root];
    return (
      branches.every((branch) => branch.additionalProperties === false) && firstValid(name) !== undefined
    );
  });

  it.each(
    objectNames.flatMap(
      (name) =>
        [
          [name, []],
          [name, 'text'],
          [name, 42],
          [name, null],
        ] as const,
    ),
  )('%s: a body of type %j is told which type was expected and what came', (name, body) => {
    const [issue] = issuesOf(name, body);
    expect(issue?.path).toEqual([]);
    expect(issue?.message).toMatch(/object/i);
    expect(issue?.message).toMatch(/got (an array|"text"|the number 42|null)/);
  });

  it.each(strictNames)('%s: an unknown key is named, with the allowed ones', (name) => {
    const body = { ...(firstValid(name) as object), zzUnknownKey: 1 };
    const issues = issuesOf(name, body).filter((issue) => issue.code === 'unrecognized_keys');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('"zzUnknownKey"');
    expect(issues[0]?.message).toMatch(/allowed keys: \w/);
  });

  /** [name, key or null for the root, allowed values] of every enum at the root or among its keys. */
  const enums = NAMES.flatMap((name): (readonly [SchemaName, string | null, unknown[]])[] => {
    const root = rootOf(name);
    if (Array.isArray(root.enum)) return [[name, null, root.enum as unknown[]] as const];
    const properties = (root.properties as Record<string, Json> | undefined) ?? {};
    return Object.entries(properties)
      .filter(([, property]) => Array.isArray(property.enum) && firstValid(name) !== undefined)
      .map(([key, property]) => [name, key, property.enum as unknown[]] as const);
  });

  it.each(enums)('%s: a value outside the enum at %s lists the allowed values', (name, key, values) => {
    const body = key === null ? 'zz-bogus' : { ...(firstValid(name) as object), [key]: 'zz-bogus' };
    const issue = issuesOf(name, body).find((found) => found.path.join('.') === (key ?? ''));
    for (const value of values) expect(issue?.message).toContain(String(value));
  });

  // Fails every pattern of the library: a leading space, an em dash, a line break, no digit.
  const BAD_TEXT = ' zz —\n!';

  /** [name, key or null for the root] of every pattern at the root or among its keys. */
  const patterned = NAMES.flatMap((name): (readonly [SchemaName, string | null])[] => {
    const root = rootOf(name);
    if (typeof root.pattern === 'string') return [[name, null] as const];
    const properties = (root.properties as Record<string, Json> | undefined) ?? {};
    return Object.entries(properties)
      .filter(([, property]) => typeof property.pattern === 'string' && firstValid(name) !== undefined)
      .map(([key]) => [name, key] as const);
  });

  it.each(patterned)('%s: a text of the wrong form at %s is told the rule in words', (name, key) => {
    const body = key === null ? BAD_TEXT : { ...(firstValid(name) as object), [key]: BAD_TEXT };
    const issue = issuesOf(name, body).find((found) => found.path.join('.') === (key ?? ''));
    expect(issue?.message).toMatch(/\w+ \w+ \w+/);
    expect(issue?.message).not.toBe('The text does not have the form this field takes');
    expectReadable(name, body);
  });

  /** [name, discriminator, its values] of every schema whose branches share a constant key. */
  const discriminated = NAMES.flatMap((name): (readonly [SchemaName, string, unknown[]])[] => {
    const branches = rootOf(name).oneOf as Json[] | undefined;
    if (branches === undefined || firstValid(name) === undefined) return [];
    const constants = (branch: Json) =>
      Object.entries((branch.properties as Record<string, Json>) ?? {}).filter(([, p]) => 'const' in p);
    const [key] = constants(branches[0]!).map(([k]) => k);
    if (key === undefined) return [];
    return [[name, key, branches.map((b) => (b.properties as Record<string, Json>)[key]!.const)] as const];
  });

  it.each(discriminated)('%s: no branch for %s lists the branches', (name, key, values) => {
    const issue = issuesOf(name, { ...(firstValid(name) as object), [key]: 'zz-bogus' })[0];
    expect(issue?.path).toEqual([key]);
    for (const value of values) expect(issue?.message).toContain(String(value));
  });

  it('the tables reach every kind of wrong input', () => {
    expect({
      objects: objectNames.length > 30,
      strict: strictNames.length > 20,
      enums: enums.length > 15,
      patterns: patterned.length > 5,
      branches: discriminated.length >= 5,
    }).toEqual({ objects: true, strict: true, enums: true, patterns: true, branches: true });
  });

  it.each(NAMES)('%s: no message is bare or a pattern, on fuzzed and damaged JSON', (name) => {
    const base = firstValid(name);
    const damaged = fc
      .tuple(fc.string(), fc.jsonValue())
      .map(([key, value]) =>
        base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...base, [key]: value } : value,
      );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), damaged), (value) => {
        expectReadable(name, value);
      }),
      { numRuns: 80 },
    );
  });
});
