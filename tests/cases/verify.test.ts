import { describe, expect, it } from 'vitest';
import { createCheckpoint } from '../../src/cases/checkpoint.js';
import { appendCaseEvent, caseEventLeafHash } from '../../src/cases/log.js';
import type { CaseLog } from '../../src/cases/log-shape.js';
import { parseCaseLog } from '../../src/cases/parse.js';
import { verifyCaseLog } from '../../src/cases/verify.js';
import { toHex } from '../../src/cases/hex.js';
import { bj, jsonOf, logOf, SAMPLE_EVENTS } from './sample-log.js';

type Json = ReturnType<typeof jsonOf>;

/** Tamper with the stored JSON, read it back, verify it. */
async function afterTampering(tamper: (json: Json) => void, log?: CaseLog) {
  const json = jsonOf(log ?? (await logOf()));
  tamper(json);
  const parsed = parseCaseLog(JSON.stringify(json));
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  const result = await verifyCaseLog(parsed.data);
  return result.valid ? result : { valid: false, index: result.index, reason: result.reason };
}

describe('verifyCaseLog', () => {
  it('accepts an untouched log after a JSON round trip', async () => {
    await expect(afterTampering(() => {})).resolves.toEqual({ valid: true });
  });

  it.each([
    [
      'an edited message text',
      (j: Json) => {
        j.entries[4]!.event.text = '从未收到照片';
      },
      { index: 4, reason: 'edited' },
    ],
    [
      'an edited instant',
      (j: Json) => {
        j.entries[6]!.event.at = '2026-10-08T04:00:01.000Z';
      },
      { index: 6, reason: 'edited' },
    ],
    ['a deleted entry', (j: Json) => void j.entries.splice(4, 1), { index: 4, reason: 'removed' }],
    ['the first entry deleted', (j: Json) => void j.entries.splice(0, 1), { index: 0, reason: 'removed' }],
    [
      'two swapped entries',
      (j: Json) => void j.entries.splice(5, 2, j.entries[6]!, j.entries[5]!),
      { index: 5, reason: 'reordered' },
    ],
    [
      'an entry moved down',
      (j: Json) => void j.entries.splice(7, 0, ...j.entries.splice(2, 1)),
      { index: 2, reason: 'reordered' },
    ],
    [
      'a duplicated entry',
      (j: Json) => void j.entries.splice(3, 0, j.entries[2]!),
      { index: 3, reason: 'inserted' },
    ],
    ['the last entry deleted, size kept', (j: Json) => void j.entries.pop(), { index: 9, reason: 'removed' }],
    [
      'an entry appended without the root',
      (j: Json) => {
        j.entries.push(j.entries[9]!);
        j.size += 1;
      },
      { index: 10, reason: 'inserted' },
    ],
    [
      'a flipped leaf hash',
      (j: Json) => {
        j.entries[1]!.leafHash = `b${j.entries[1]!.leafHash.slice(1)}`;
      },
      { index: 1, reason: 'edited' },
    ],
    [
      'a wrong root',
      (j: Json) => {
        j.root = 'c'.repeat(64);
      },
      { index: 10, reason: 'root-mismatch' },
    ],
    [
      'a wrong size',
      (j: Json) => {
        j.size = 3;
      },
      { index: 3, reason: 'size-mismatch' },
    ],
  ])('finds %s', async (_name, tamper, expected) => {
    await expect(afterTampering(tamper)).resolves.toEqual({ valid: false, ...expected });
  });

  it('finds an entry inserted with a tree head made up to fit', async () => {
    const log = await logOf();
    const forged = await appendCaseEvent(await logOf(SAMPLE_EVENTS.slice(0, 4)), {
      type: 'message',
      at: bj('2026-09-30 20:45'),
      from: 'agent',
      text: '已为您退款',
    });
    const result = await afterTampering((j) => {
      j.entries.splice(4, 0, jsonOf(forged).entries[4]!);
      j.size += 1;
    }, log);
    expect(result).toEqual({ valid: false, index: 4, reason: 'inserted' });
  });

  it('finds a log rewritten and re-hashed from scratch only against a checkpoint', async () => {
    const log = await logOf();
    const checkpoint = await createCheckpoint(log, { origin: 'shop.example/cases/1' });
    const rewritten = await logOf(
      SAMPLE_EVENTS.map((e, i) => (i === 4 ? { ...e, text: '从未收到照片' } : e)) as never,
    );
    expect({
      alone: await verifyCaseLog(rewritten),
      withCheckpoint: await verifyCaseLog(rewritten, { checkpoints: [checkpoint] }),
    }).toEqual({
      alone: { valid: true },
      withCheckpoint: expect.objectContaining({ valid: false, index: 0, reason: 'checkpoint-mismatch' }),
    });
  });

  it('locates a re-hashed edit between the last checkpoint that holds and the first that does not', async () => {
    const events = SAMPLE_EVENTS;
    const checkpoints = await Promise.all(
      [3, 6, 10].map(async (n) => createCheckpoint(await logOf(events.slice(0, n)), { origin: 'o' })),
    );
    const rewritten = await logOf(
      events.map((e, i) => (i === 4 ? { ...e, text: '从未收到照片' } : e)) as never,
    );
    await expect(verifyCaseLog(rewritten, { checkpoints })).resolves.toEqual(
      expect.objectContaining({ valid: false, index: 3, reason: 'checkpoint-mismatch' }),
    );
  });

  it('finds a log cut short (size and root fixed) against a checkpoint', async () => {
    const log = await logOf();
    const checkpoint = await createCheckpoint(log, { origin: 'o' });
    const short = await logOf(SAMPLE_EVENTS.slice(0, 7));
    const parsed = parseCaseLog(JSON.stringify(short));
    expect(parsed.success && (await verifyCaseLog(parsed.data, { checkpoints: [checkpoint] }))).toEqual(
      expect.objectContaining({ valid: false, index: 7, reason: 'truncated' }),
    );
  });

  it('accepts a longer log against an older checkpoint', async () => {
    const checkpoint = await createCheckpoint(await logOf(SAMPLE_EVENTS.slice(0, 4)), { origin: 'o' });
    await expect(verifyCaseLog(await logOf(), { checkpoints: [checkpoint] })).resolves.toEqual({
      valid: true,
    });
  });

  it('refuses instants going back even when the hashes were made to fit', async () => {
    const events = [...SAMPLE_EVENTS];
    const log = await logOf(events.slice(0, 3));
    const leaf = toHex(await caseEventLeafHash(events[3]!));
    expect(leaf).toHaveLength(64);
    const json = jsonOf(log);
    json.entries[2]!.event.at = '2026-09-30T12:00:00.000Z';
    const parsed = parseCaseLog(json);
    const result = parsed.success ? await verifyCaseLog(parsed.data) : undefined;
    expect(result).toEqual(expect.objectContaining({ valid: false, index: 2, reason: 'edited' }));
  });

  it.each([
    ['null', null],
    ['a string', 'log'],
    ['a log of another format', { format: 'x', size: 0, root: '', entries: [] }],
    [
      'a Proxy that throws',
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      ),
    ],
    [
      'an entry that is not an object',
      { format: 'tiantian-support/case-log@1', size: 1, root: 'a'.repeat(64), entries: [7] },
    ],
  ])('resolves a fault, never throws, for %s', async (_name, value) => {
    await expect(verifyCaseLog(value as never)).resolves.toEqual(
      expect.objectContaining({ valid: false, index: 0, reason: 'malformed' }),
    );
  });
});
