import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/cases/canonical.js';
import { toHex } from '../../src/cases/hex.js';
import {
  appendCaseEvent,
  caseEventLeafHash,
  createCaseLog,
  EMPTY_ROOT,
  safeAppendCaseEvent,
} from '../../src/cases/log.js';
import { merkleRoot } from '../../src/cases/merkle.js';
import { fromHex } from '../../src/cases/hex.js';
import { bj, logOf, SAMPLE_EVENTS } from './sample-log.js';

describe('createCaseLog', () => {
  it('is empty, its root the hash of the empty string', () => {
    expect(createCaseLog()).toEqual({
      format: 'tiantian-support/case-log@1',
      size: 0,
      root: EMPTY_ROOT,
      entries: [],
    });
  });
});

describe('appendCaseEvent', () => {
  it('keeps for every entry the leaf hash of the canonical event and the root after it', async () => {
    const log = await logOf();
    const leaves = await Promise.all(SAMPLE_EVENTS.map(caseEventLeafHash));
    const roots = await Promise.all(leaves.map((_, i) => merkleRoot(leaves.slice(0, i + 1))));
    expect({
      size: log.size,
      root: log.root,
      leaves: log.entries.map((e) => e.leafHash),
      roots: log.entries.map((e) => e.root),
    }).toEqual({
      size: SAMPLE_EVENTS.length,
      root: roots.at(-1) && toHex(roots.at(-1)!),
      leaves: leaves.map(toHex),
      roots: roots.map(toHex),
    });
  });

  it('returns a new log and leaves the old one unchanged', async () => {
    const one = await logOf(SAMPLE_EVENTS.slice(0, 1));
    const before = JSON.stringify(one);
    const two = await appendCaseEvent(one, SAMPLE_EVENTS[1]!);
    expect({ old: JSON.stringify(one), oldSize: one.size, newSize: two.size, same: one === two }).toEqual({
      old: before,
      oldSize: 1,
      newSize: 2,
      same: false,
    });
  });

  it('gives the same root when a fork appends to an older log', async () => {
    const three = await logOf(SAMPLE_EVENTS.slice(0, 3));
    const fork = await appendCaseEvent(await logOf(SAMPLE_EVENTS.slice(0, 2)), SAMPLE_EVENTS[2]!);
    await appendCaseEvent(three, SAMPLE_EVENTS[3]!);
    expect(fork.root).toBe(three.root);
  });

  it('stores text in NFC, so that composed and decomposed text hash the same', async () => {
    const opened = SAMPLE_EVENTS[0]!;
    const a = await appendCaseEvent(await logOf([opened]), {
      type: 'message',
      at: bj('2026-09-30 21:00'),
      from: 'customer',
      text: 'Cafe\u0301',
    });
    const b = await appendCaseEvent(await logOf([opened]), {
      type: 'message',
      at: bj('2026-09-30 21:00'),
      from: 'customer',
      text: 'Caf\u00e9',
    });
    expect({ text: a.entries[1]!.event, root: a.root }).toEqual({ text: b.entries[1]!.event, root: b.root });
  });

  it('hashes the canonical bytes: sorted keys, ISO instants, no undefined', async () => {
    const event = {
      type: 'opened',
      channel: 'email',
      at: bj('2026-09-30 20:30'),
      issueType: 'feedback',
      orderId: undefined,
    } as const;
    const log = await appendCaseEvent(createCaseLog(), event as never);
    expect({ json: canonicalJson(log.entries[0]!.event), leaf: log.entries[0]!.leafHash }).toEqual({
      json: '{"at":"2026-09-30T12:30:00.000Z","channel":"email","issueType":"feedback","type":"opened"}',
      leaf: toHex(await caseEventLeafHash(event as never)),
    });
  });

  it('continues a log read back from JSON without its cached tree edge', async () => {
    const log = await logOf(SAMPLE_EVENTS.slice(0, 5));
    const copy = { ...log, entries: [...log.entries] };
    const next = await appendCaseEvent(copy, SAMPLE_EVENTS[5]!);
    expect(next.root).toBe((await logOf(SAMPLE_EVENTS.slice(0, 6))).root);
  });

  it.each([
    [
      'an instant going back',
      [SAMPLE_EVENTS[0]!],
      { type: 'status', at: bj('2026-09-30 20:00'), to: 'open' },
      'too_small',
      ['event', 'at'],
    ],
    [
      'a first event that is not opened',
      [],
      { type: 'status', at: bj('2026-09-30 20:00'), to: 'open' },
      'invalid_value',
      ['event', 'type'],
    ],
    ['a second opened event', [SAMPLE_EVENTS[0]!], SAMPLE_EVENTS[0]!, 'invalid_value', ['event', 'type']],
    [
      'an unknown status',
      [SAMPLE_EVENTS[0]!],
      { type: 'status', at: bj('2026-10-01 10:00'), to: 'lost' },
      'invalid_value',
      ['event', 'to'],
    ],
    [
      'an ISO string instead of a Date',
      [SAMPLE_EVENTS[0]!],
      { type: 'signed-for', at: '2026-10-01T10:00:00Z' },
      'invalid_type',
      ['event', 'at'],
    ],
    [
      'an unknown field',
      [SAMPLE_EVENTS[0]!],
      { type: 'signed-for', at: bj('2026-10-01 10:00'), note: 'x' },
      'unrecognized_keys',
      ['event'],
    ],
    [
      'an order number as a number',
      [],
      {
        type: 'opened',
        at: bj('2026-10-01 10:00'),
        issueType: 'feedback',
        channel: 'email',
        orderId: 1550672064,
      },
      'invalid_type',
      ['event', 'orderId'],
    ],
    [
      'a fake Date',
      [SAMPLE_EVENTS[0]!],
      { type: 'signed-for', at: Object.create(Date.prototype) },
      'invalid_type',
      ['event', 'at'],
    ],
  ])('refuses %s with a clear error', async (_name, events, event, code, path) => {
    const log = await logOf(events);
    await expect(appendCaseEvent(log, event as never)).rejects.toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
    const result = await safeAppendCaseEvent(log, event);
    expect(result.success ? [] : result.error.issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([
      { code, path },
    ]);
  });

  it('accepts equal instants', async () => {
    const log = await logOf(SAMPLE_EVENTS.slice(0, 2));
    expect(log.entries.map((e) => e.event.at.getTime())).toEqual([
      bj('2026-09-30 20:30').getTime(),
      bj('2026-09-30 20:30').getTime(),
    ]);
  });

  it('answers a getter or Proxy trap that throws, in the log or the event, with an issue, not a rejection', async () => {
    const boom = () => {
      throw new Error('hostile');
    };
    const log = await logOf(SAMPLE_EVENTS.slice(0, 1));
    const throwingLog = new Proxy(log, { get: boom });
    const throwingEntries = { ...log, entries: new Proxy([...log.entries], { get: boom }) };
    const throwingEvent = Object.defineProperty({}, 'type', { get: boom, enumerable: true });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const [target, event] of [
      [throwingLog, SAMPLE_EVENTS[1]],
      [throwingEntries, SAMPLE_EVENTS[1]],
      [log, throwingEvent],
      [log, revoked],
      [revoked, SAMPLE_EVENTS[1]],
    ] as const) {
      const result = await safeAppendCaseEvent(target as never, event);
      expect(result.success).toBe(false);
      expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual(['invalid_type']);
    }
  });

  it('refuses a log not built here whose earlier leaf hash is not one', async () => {
    const log = await logOf(SAMPLE_EVENTS.slice(0, 2));
    const copy = JSON.parse(JSON.stringify(log)) as typeof log;
    const edited = {
      ...copy,
      entries: [{ ...log.entries[0]!, leafHash: 'zz' }, log.entries[1]!],
    };
    const result = await safeAppendCaseEvent(edited as never, SAMPLE_EVENTS[2]!);
    expect(result.success ? [] : result.error.issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([
      { code: 'invalid_format', path: ['log', 'entries', 0, 'leafHash'] },
    ]);
  });

  it('refuses something that is not a case log', async () => {
    const result = await safeAppendCaseEvent({ entries: 'x' } as never, SAMPLE_EVENTS[0]!);
    expect(result).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message: 'Expected a case log from createCaseLog or parseCaseLog',
            path: ['log'],
          },
        ],
      },
    });
  });

  it('keeps hex hashes that decode to 32 bytes', async () => {
    const log = await logOf(SAMPLE_EVENTS.slice(0, 2));
    expect(log.entries.map((e) => fromHex(e.leafHash)?.length)).toEqual([32, 32]);
  });
});
