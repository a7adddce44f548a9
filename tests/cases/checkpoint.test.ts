import { describe, expect, it } from 'vitest';
import {
  caseLogConsistencyProof,
  createCheckpoint,
  formatCheckpoint,
  parseCheckpoint,
  verifyCheckpointConsistency,
  verifyCheckpointSignature,
} from '../../src/cases/checkpoint.js';
import { createCaseLog } from '../../src/cases/log.js';
import { logOf, SAMPLE_EVENTS } from './sample-log.js';

// A toy signer for the test: 4-byte key id then SHA-256(secret ‖ body). Real users plug in Ed25519.
const secret = new TextEncoder().encode('secret');
async function mac(body: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array([...secret, ...body]);
  return new Uint8Array([1, 2, 3, 4, ...new Uint8Array(await crypto.subtle.digest('SHA-256', data))]);
}
const signer = { name: 'shop.example', sign: mac };
const verifier = {
  name: 'shop.example',
  verify: async (body: Uint8Array, signature: Uint8Array) => (await mac(body)).join() === signature.join(),
};

describe('checkpoints', () => {
  it('are written in the C2SP tlog-checkpoint form and read back', async () => {
    const checkpoint = await createCheckpoint(createCaseLog(), { origin: 'shop.example/cases/1' });
    const text = formatCheckpoint(checkpoint);
    expect({ text, parsed: parseCheckpoint(text) }).toEqual({
      text: 'shop.example/cases/1\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n',
      parsed: { success: true, data: checkpoint },
    });
  });

  it('carry signatures that a verifier checks, and that fail for another body', async () => {
    const checkpoint = await createCheckpoint(await logOf(), {
      origin: 'shop.example/cases/1',
      signers: [signer],
    });
    const parsed = parseCheckpoint(formatCheckpoint(checkpoint));
    const read = parsed.success ? parsed.data : checkpoint;
    expect({
      good: await verifyCheckpointSignature(read, verifier),
      otherSize: await verifyCheckpointSignature({ ...read, size: 9 }, verifier),
      otherKey: await verifyCheckpointSignature(read, { ...verifier, name: 'other' }),
    }).toEqual({ good: true, otherSize: false, otherKey: false });
  });

  it('show with a consistency proof that a log only grew, and refuse a rewritten one', async () => {
    const older = await createCheckpoint(await logOf(SAMPLE_EVENTS.slice(0, 4)), { origin: 'o' });
    const log = await logOf();
    const newer = await createCheckpoint(log, { origin: 'o' });
    const proof = await caseLogConsistencyProof(log, older);
    const rewritten = await logOf(
      SAMPLE_EVENTS.map((e, i) => (i === 2 ? { ...e, text: '改过' } : e)) as never,
    );
    const forged = await createCheckpoint(rewritten, { origin: 'o' });
    expect({
      grew: await verifyCheckpointConsistency(older, newer, proof),
      rewritten: await verifyCheckpointConsistency(
        older,
        forged,
        await caseLogConsistencyProof(rewritten, older),
      ),
      otherOrigin: await verifyCheckpointConsistency(older, { ...newer, origin: 'p' }, proof),
    }).toEqual({ grew: true, rewritten: false, otherOrigin: false });
  });

  it.each([
    ['not text', 42, 'invalid_type'],
    ['no blank line', 'o\n0\nAAAA\n', 'invalid_format'],
    ['a size with a sign', 'o\n+1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n', 'invalid_format'],
    ['a short root', 'o\n1\nAAAA\n\n', 'invalid_format'],
    [
      'a bad signature line',
      'o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n- k AAAA\n',
      'invalid_format',
    ],
  ])('parseCheckpoint refuses %s', (_name, text, code) => {
    const result = parseCheckpoint(text);
    expect(result.success ? null : result.error.issues[0]?.code).toBe(code);
  });

  it('refuse an origin of two lines', async () => {
    await expect(createCheckpoint(createCaseLog(), { origin: 'a\nb' })).rejects.toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['origin'] }),
    );
  });
});
