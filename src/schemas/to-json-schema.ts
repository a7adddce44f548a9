// Internal (not exported by any entry point): turns the library's zod schemas into the JSON Schemas
// (draft 2020-12) of the JSON a client sends. Run at build time by tools/build-json-schemas.ts, and
// by the test that checks the shipped schemas have not drifted from the zod ones.
import * as z from 'zod/mini';

/** A JSON Schema document: plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

type Mutable = Record<string, unknown>;

/**
 * Never valid: what a JSON body cannot carry (a `Date` object, bytes) is not offered to it. The
 * comment points a reader of an in-memory schema to its JSON form.
 */
const NOTHING = {
  not: {},
  $comment:
    'A JavaScript value (a Date, bytes) that no JSON document holds; a schema named …JsonSchema takes instants as ISO 8601 strings',
} as const;

function isNothing(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null || !('not' in schema)) return false;
  const { not, ...rest } = schema as Mutable;
  return (
    typeof not === 'object' &&
    not !== null &&
    Object.keys(not).length === 0 &&
    Object.keys(rest).every((key) => key === '$comment')
  );
}

/**
 * The sentences of the custom checks (`z.refine`, `z.superRefine`) of one zod schema: what zod checks
 * that JSON Schema cannot say (a real calendar date, a known time zone, a non-blank text).
 */
function customChecks(schema: z.core.$ZodType): string[] {
  const checks = (schema._zod.def as { checks?: readonly z.core.$ZodCheck[] }).checks ?? [];
  const notes: string[] = [];
  for (const check of checks) {
    const def = check._zod.def as { check: string; error?: unknown };
    if (def.check !== 'custom') continue;
    const error = def.error;
    let message = 'a further check of the library';
    if (typeof error === 'function') {
      try {
        const result = (error as (issue: unknown) => unknown)({ code: 'custom', input: undefined });
        if (typeof result === 'string') message = result;
        else if (result && typeof (result as { message?: unknown }).message === 'string')
          message = (result as { message: string }).message;
      } catch {
        // keep the generic sentence
      }
    }
    notes.push(message);
  }
  return notes;
}

/**
 * The keys an object schema requires. zod's input mode counts a key optional when its schema accepts
 * `undefined` on the way in, which an instant (a transform, then `z.date`) seems to; the key is
 * required when the parsed value cannot be missing.
 */
function requiredKeys(schema: z.core.$ZodType): string[] {
  const shape = (schema._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
  return Object.keys(shape).filter((key) => shape[key]?._zod.optout === undefined);
}

/** Drops never-valid branches from `anyOf`/`oneOf`, and inlines a single remaining branch. */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (typeof node !== 'object' || node === null) return node;
  const out: Mutable = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = out[key];
    if (!Array.isArray(branches)) continue;
    const kept = branches.filter((branch) => !isNothing(branch));
    if (kept.length === branches.length) continue;
    if (kept.length === 1 && Object.keys(out).length === 1) return kept[0];
    out[key] = kept.length === 0 ? [NOTHING] : kept;
  }
  return out;
}

/**
 * The JSON Schema of the JSON that `schema` accepts: instants as `date-time` strings (a JSON body
 * has no `Date`), bytes refused, unknown keys refused where the zod schema refuses them, and each
 * custom check that JSON Schema cannot express named in a `$comment`.
 *
 * @param schema - a zod schema of the library
 * @returns a draft 2020-12 JSON Schema
 * @example
 * toClientJsonSchema(OrderIdSchema); //=> { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: '^\\d{6,32}$' }
 */
export function toClientJsonSchema(schema: z.core.$ZodType): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    reused: 'inline',
    unrepresentable: ({ zodSchema }) => {
      const type = zodSchema._zod.def.type;
      // `dateSchema` (a transform into z.date) and z.instanceof(Uint8Array) (a custom type): JS values
      // that no JSON document holds.
      if (type === 'transform' || type === 'date' || type === 'custom') return { ...NOTHING };
      return 'throw';
    },
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as Mutable;
      if (zodSchema._zod.def.type === 'object') target.required = requiredKeys(zodSchema);
      if (target.required !== undefined && (target.required as unknown[]).length === 0)
        delete target.required;
      const notes = customChecks(zodSchema);
      if (notes.length > 0) target.$comment = `Also checked by tiantian-support: ${notes.join('; ')}`;
    },
  });
  return simplify(generated) as JsonSchema;
}

/**
 * The client JSON Schema of every zod schema among a module's exports, keyed by export name, in
 * name order.
 *
 * @param exports - a module namespace (`import * as m`)
 * @returns `{ [name]: JsonSchema }` for each export that is a zod schema
 * @example
 * Object.keys(clientJsonSchemas({ OrderIdSchema, LIMIT: 42 })); //=> ['OrderIdSchema']
 */
export function clientJsonSchemas(exports: Readonly<Record<string, unknown>>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const name of Object.keys(exports).sort()) {
    const value = exports[name];
    if (isZodSchema(value)) out[name] = toClientJsonSchema(value);
  }
  return out;
}

/** Whether a value is a zod schema (classic or mini). */
export function isZodSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}
