import { describe, expect, it } from 'vitest';
import { createEvidenceBundle, verifyEvidenceBundle } from '../../src/cases/bundle.js';
import { logOf } from './sample-log.js';

describe('evidence bundles', () => {
  it('verify offline after a JSON round trip', async () => {
    const bundle = await createEvidenceBundle(await logOf(), {
      origin: 'shop.example/cases/1',
      entries: [3, 9],
    });
    const result = await verifyEvidenceBundle(JSON.stringify(bundle));
    expect({
      valid: result.valid,
      log: result.log,
      entries: result.entries,
      size: result.checkpoint?.size,
    }).toEqual({
      valid: true,
      log: { valid: true },
      entries: [
        { index: 3, included: true },
        { index: 9, included: true },
      ],
      size: 10,
    });
  });

  it('fail when a proven entry was edited', async () => {
    const bundle = JSON.parse(
      JSON.stringify(await createEvidenceBundle(await logOf(), { origin: 'o', entries: [4] })),
    );
    bundle.log.entries[4].event.text = '从未收到照片';
    const result = await verifyEvidenceBundle(bundle);
    expect({
      valid: result.valid,
      reason: result.log.valid ? null : result.log.reason,
      entries: result.entries,
    }).toEqual({
      valid: false,
      reason: 'edited',
      entries: [{ index: 4, included: false }],
    });
  });

  it.each([
    ['null', null],
    ['garbage text', '{'],
    ['another format', { format: 'x' }],
  ])('refuse %s', async (_name, value) => {
    await expect(verifyEvidenceBundle(value)).resolves.toEqual(
      expect.objectContaining({ valid: false, entries: [] }),
    );
  });

  it('refuse to prove an entry outside the log', async () => {
    await expect(createEvidenceBundle(await logOf(), { origin: 'o', entries: [10] })).rejects.toThrowError(
      expect.objectContaining({ code: 'out_of_range', path: ['entries'] }),
    );
  });
});
