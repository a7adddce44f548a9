import type * as zodSchemas from './zod.js';
import generated from './json-schemas.json' with { type: 'json' };

/**
 * The name of a zod schema exported by `tiantian-support/schemas`.
 *
 * @example
 * const name: SchemaName = 'ResponseDeadlineRequestSchema';
 */
export type SchemaName = {
  [K in keyof typeof zodSchemas]: (typeof zodSchemas)[K] extends { readonly _zod: unknown } ? K : never;
}[keyof typeof zodSchemas];

/**
 * A JSON Schema document (draft 2020-12), plain JSON data.
 *
 * @example
 * const schema: JsonSchema = jsonSchemas.OrderIdSchema;
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * For every zod schema of `tiantian-support/schemas`, under the same name, the JSON Schema (draft
 * 2020-12) of the JSON a client sends: instants as `date-time` strings with an offset, amounts and
 * sizes as integers, ids as enums, unknown keys refused wherever the zod schema refuses them. Made
 * from the zod schemas at build time (so the two cannot drift) and also shipped as files:
 * `tiantian-support/schemas/json/<Name>.json`. What zod checks beyond JSON Schema's reach (a real
 * calendar date, a known time zone, a non-blank text) is named in the schema's `$comment`.
 *
 * @example
 * import Ajv2020 from 'ajv/dist/2020';
 * const validate = new Ajv2020().compile(jsonSchemas.ResponseDeadlineRequestSchema);
 * validate({ channel: 'email', submittedAt: '2026-09-30T20:30:00+08:00' }); //=> true
 * validate({ channel: 'fax', submittedAt: '2026-09-30T20:30:00+08:00' }); //=> false
 */
export const jsonSchemas: Readonly<Record<SchemaName, JsonSchema>> = generated;
