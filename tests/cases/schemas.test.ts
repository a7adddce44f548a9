// The JSON forms of a case's record: what the library writes is accepted, and what a client may
// get wrong is refused with the path of the faulty field.
import { describe, expect, it } from 'vitest';
import { createEvidenceBundle } from '../../src/cases/bundle.js';
import { createCheckpoint, formatCheckpoint, parseCheckpoint } from '../../src/cases/checkpoint.js';
import { CheckpointSchema, EvidenceBundleJsonSchema } from '../../src/cases/schemas.js';
import { logOf } from './sample-log.js';

const signer = { name: 'shop.example', sign: async () => new Uint8Array([0, 1, 2, 3, 250, 251]) };
const log = await logOf();
const checkpoint = await createCheckpoint(log, { origin: 'shop.example/cases/1', signers: [signer] });
const bundle = JSON.parse(
  JSON.stringify(await createEvidenceBundle(log, { origin: 'shop.example/cases/1', entries: [2, 9] })),
);

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path);

describe('CheckpointSchema', () => {
  it('accepts what createCheckpoint makes and parseCheckpoint reads back', () => {
    const parsed = parseCheckpoint(formatCheckpoint(checkpoint));
    expect(parsed.success).toBe(true);
    expect(CheckpointSchema.safeParse(checkpoint).success).toBe(true);
    expect(CheckpointSchema.safeParse(parsed.success && parsed.data).success).toBe(true);
  });

  it.each([
    [{ origin: '— x' }, ['origin']],
    [{ origin: 'a\nb' }, ['origin']],
    [{ size: 1.5 }, ['size']],
    [{ root: 'A'.repeat(64) }, ['root']],
    [{ signatures: [{ name: 'a+b', signature: 'AAAA' }] }, ['signatures', 0, 'name']],
    // 'AB==' has stray bits in its last character: not the canonical text of its byte.
    [{ signatures: [{ name: 'k', signature: 'AB==' }] }, ['signatures', 0, 'signature']],
    [{ extra: true }, []],
  ])('refuses %o at %o', (change, path) => {
    expect(pathsOf(CheckpointSchema.safeParse({ ...checkpoint, ...change }))).toEqual([path]);
  });
});

describe('EvidenceBundleJsonSchema', () => {
  it('accepts a bundle after its JSON round trip', () => {
    expect(EvidenceBundleJsonSchema.safeParse(bundle).success).toBe(true);
  });

  it.each([
    [{ format: 'tiantian-support/evidence-bundle@2' }, ['format']],
    [{ checkpoint: 'not a note' }, ['checkpoint']],
    [{ proofs: [{ index: 2, proof: ['xyz'] }] }, ['proofs', 0, 'proof', 0]],
    [{ log: { ...bundle.log, size: -1 } }, ['log', 'size']],
  ])('refuses %o at %o', (change, path) => {
    expect(pathsOf(EvidenceBundleJsonSchema.safeParse({ ...bundle, ...change }))).toEqual([path]);
  });
});
