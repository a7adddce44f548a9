// The JSON a client sends about a case's record (存证): a checkpoint as an object, and an evidence
// bundle (证据包) as `JSON.stringify(bundle)` wrote it. The functions read their own input; these
// schemas let a backend refuse a malformed body before it reaches them, and give JSON Schemas.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { KEY_NAME, ORIGIN, parseCheckpoint } from './checkpoint.js';
import { BASE64, fromBase64 } from './hex.js';
import { CaseLogJsonSchema } from './parse.js';

const hash = (name: string) =>
  z
    .string({ error: `${name} must be a string` })
    .check(z.regex(/^[0-9a-f]{64}$/, `${name} must be 64 lowercase hexadecimal digits (a SHA-256 hash)`));

const safeCount = (name: string) =>
  z.int({ error: `${name} must be a whole number` }).check(z.gte(0, `${name} must not be negative`));

/**
 * Validates a checkpoint (签名树头) as an object, what `parseCheckpoint` gives and
 * `verifyCheckpointSignature` takes: `{ origin, size, root, signatures: [{ name, signature }] }`,
 * `root` in hexadecimal, each `signature` canonical base64. Unknown keys are refused.
 *
 * @example
 * CheckpointSchema.safeParse({ origin: 'shop.example/cases/1', size: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', signatures: [] }).success; //=> true
 */
export const CheckpointSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      origin: z
        .string({ error: 'origin must be a string' })
        .check(
          z.regex(
            ORIGIN,
            'origin is one line of 1 to 255 characters that does not start with a space or an em dash (—)',
          ),
        ),
      size: safeCount('size'),
      root: hash('root'),
      signatures: z.array(
        z.strictObject({
          name: z
            .string({ error: 'A signature name must be a string' })
            .check(
              z.regex(
                KEY_NAME,
                'A signature name is 1 to 255 characters with no space, no "+" and no em dash (—)',
              ),
            ),
          signature: z.string({ error: 'A signature must be a string' }).check(
            z.minLength(1, 'A signature is not empty'),
            z.regex(BASE64, 'A signature is padded base64 (A–Z, a–z, 0–9, "+", "/", "=")'),
            z.refine(
              (text) => fromBase64(text) !== undefined,
              'A signature is canonical base64 (no stray padding bits)',
            ),
          ),
        }),
        { error: 'signatures must be an array of { name, signature }' },
      ),
    }),
  ))();

/**
 * Validates an evidence bundle as JSON carries it (what `JSON.stringify` of `createEvidenceBundle`'s
 * result writes): the format, the log (`CaseLogJsonSchema`), the checkpoint's text (a C2SP signed
 * note that `parseCheckpoint` reads) and the inclusion proofs. Whether the hashes and proofs hold
 * is `verifyEvidenceBundle`'s job.
 *
 * @example
 * EvidenceBundleJsonSchema.safeParse(JSON.parse(JSON.stringify(bundle))).success; //=> true
 */
export const EvidenceBundleJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      format: z.literal('tiantian-support/evidence-bundle@1', {
        error: 'format must be "tiantian-support/evidence-bundle@1"',
      }),
      log: CaseLogJsonSchema,
      checkpoint: z
        .string({ error: 'checkpoint must be the text of a checkpoint (a C2SP signed note)' })
        .check(
          z.maxLength(100_000, 'A checkpoint is at most 100 000 characters'),
          z.refine(
            (text) => parseCheckpoint(text).success,
            'checkpoint is a C2SP signed note: origin, size and base64 root lines, a blank line, then "— <name> <base64>" lines',
          ),
        ),
      proofs: z.array(
        z.strictObject({
          index: safeCount('index'),
          proof: z.array(hash('A proof hash'), { error: 'proof must be an array of hashes' }),
        }),
        { error: 'proofs must be an array of { index, proof }' },
      ),
    }),
  ))();
