// The JSON Schemas of tiantian-support/schemas say what the zod schemas say: made from them (no
// drift), and Ajv (draft 2020-12) gives the same verdict as zod on hand-written and fuzzed JSON. The
// one licensed difference is a check JSON Schema cannot express (a real calendar date, a known time
// zone): there Ajv may accept what zod refuses, zod's issues are then all `custom`, and the JSON
// Schema names the check in a `$comment`.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonSchema, jsonSchemas, type SchemaName } from '../../src/schemas/json-schemas.js';
import { clientJsonSchemas, isZodSchema } from '../../src/schemas/to-json-schema.js';
import * as zodSchemas from '../../src/schemas/zod.js';
import { INVALID, VALID, zodSchema } from './requests.js';

const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const NAMES = Object.keys(jsonSchemas).sort() as SchemaName[];

const validators = new Map(NAMES.map((name) => [name, ajv.compile(jsonSchemas[name] as object)]));

/** Whether the JSON Schema names a check of zod's that it cannot express. */
function hasComment(schema: unknown): boolean {
  return JSON.stringify(schema).includes('Also checked by tiantian-support');
}

/** `FooSchema` → `FooJsonSchema`: the JSON form of an in-memory schema. */
const twinOf = (name: SchemaName): SchemaName => name.replace(/Schema$/, 'JsonSchema') as SchemaName;

/** Same verdict, or the licensed difference (a custom check that JSON Schema names but cannot do). */
function expectSameVerdict(name: SchemaName, value: unknown): void {
  const zod = zodSchema(name).safeParse(value);
  const ajvOk = validators.get(name)!(value);
  if (zod.success) {
    expect(ajvOk, `${name}: zod accepts ${JSON.stringify(value)}, Ajv refuses`).toBe(true);
    return;
  }
  if (!ajvOk) return;
  const codes = zod.error!.issues.map((issue) => issue.code);
  expect(
    { codes: [...new Set(codes)], commented: hasComment(jsonSchemas[name]) },
    `${name}: Ajv accepts ${JSON.stringify(value)}, zod refuses`,
  ).toEqual({ codes: ['custom'], commented: true });
}

describe('jsonSchemas', () => {
  it('has one JSON Schema for every zod schema that tiantian-support/schemas exports, under the same name', () => {
    const zodNames = Object.keys(zodSchemas)
      .filter((name) => isZodSchema((zodSchemas as Record<string, unknown>)[name]))
      .sort();
    expect(NAMES).toEqual(zodNames);
  });

  it('is what the zod schemas give today (run `npm run build` after changing a schema)', () => {
    expect(clientJsonSchemas(zodSchemas)).toEqual(jsonSchemas);
  });

  it('are draft 2020-12 documents that Ajv compiles in strict mode', () => {
    for (const name of NAMES) {
      expect((jsonSchemas[name] as JsonSchema).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(validators.get(name)).toBeTypeOf('function');
    }
  });

  it('has a hand-written valid request for every schema', () => {
    expect(Object.keys(VALID).sort()).toEqual(NAMES);
  });

  it.each(NAMES.filter((name) => VALID[name].length === 0))(
    '%s accepts no JSON (its instants are Dates) and has a JSON form that gives what it accepts',
    (name) => {
      const twin = twinOf(name);
      expect(NAMES).toContain(twin);
      expect(VALID[twin].length).toBeGreaterThan(0);
      for (const value of VALID[twin]) {
        expect(zodSchema(name).safeParse(value).success, JSON.stringify(value)).toBe(false);
        expect(validators.get(name)!(value), JSON.stringify(value)).toBe(false);
        const parsed = zodSchema(twin).safeParse(value) as { success: boolean; data?: unknown };
        expect(zodSchema(name).safeParse(parsed.data).success, JSON.stringify(value)).toBe(true);
      }
    },
  );

  it.each(NAMES)('%s: zod and Ajv both accept the hand-written valid requests', (name) => {
    for (const value of VALID[name]) {
      expect(zodSchema(name).safeParse(value).success, JSON.stringify(value)).toBe(true);
      expect(validators.get(name)!(value), JSON.stringify(validators.get(name)!.errors)).toBe(true);
    }
  });

  it.each(Object.keys(INVALID) as SchemaName[])(
    '%s: zod and Ajv both refuse the hand-written invalid requests',
    (name) => {
      for (const value of INVALID[name] ?? []) {
        expect(zodSchema(name).safeParse(value).success, JSON.stringify(value)).toBe(false);
        expect(validators.get(name)!(value), JSON.stringify(value)).toBe(false);
      }
    },
  );

  it('refuses a Date object or bytes where JSON carries a string (a JSON body has neither)', () => {
    expect(validators.get('InstantSchema')!({})).toBe(false);
    expect(validators.get('EvidenceFileSchema')!({ name: 'a.jpg', bytes: [1, 2] })).toBe(false);
  });

  it.each(NAMES)('%s: zod and Ajv give the same verdict on fuzzed JSON', (name) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSameVerdict(name, value);
      }),
      { numRuns: 60 },
    );
  });

  it.each(NAMES.filter((name) => VALID[name].length > 0))(
    '%s: zod and Ajv give the same verdict on mutated valid requests',
    (name) => {
      const mutated = fc
        .tuple(fc.constantFrom(...VALID[name]), fc.string(), fc.jsonValue(), fc.nat())
        .map(([base, key, value, pick]) => mutate(base, key, value, pick));
      fc.assert(
        fc.property(mutated, (value) => {
          expectSameVerdict(name, value);
        }),
        { numRuns: 100 },
      );
    },
  );
});

/** One change to a JSON value, somewhere inside it: a key added, removed or replaced, an item replaced. */
function mutate(base: unknown, key: string, value: unknown, pick: number): unknown {
  const copy = structuredClone(base) as unknown;
  const containers: (Record<string, unknown> | unknown[])[] = [];
  (function walk(node: unknown): void {
    if (node && typeof node === 'object') {
      containers.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) walk(child);
    }
  })(copy);
  if (containers.length === 0) return value;
  const target = containers[pick % containers.length]!;
  if (Array.isArray(target)) {
    if (target.length === 0) target.push(value);
    else target[pick % target.length] = value;
    return copy;
  }
  const keys = Object.keys(target);
  switch (pick % 3) {
    case 0:
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      break;
    case 1:
      if (keys.length > 0) delete target[keys[pick % keys.length]!];
      break;
    default:
      if (keys.length > 0) target[keys[pick % keys.length]!] = value;
  }
  return copy;
}
