import { describe, expect, it } from 'vitest';
import { createCaseLog } from '../../src/cases/log.js';
import { parseCaseLog } from '../../src/cases/parse.js';
import { verifyCaseLog } from '../../src/cases/verify.js';
import { logOf } from './sample-log.js';

const H = 'a'.repeat(64);
const entry = (event: unknown) => ({ event, leafHash: H, root: H });
const log = (fields: Record<string, unknown>) => ({
  format: 'tiantian-support/case-log@1',
  size: 0,
  root: H,
  entries: [],
  ...fields,
});

describe('parseCaseLog', () => {
  it('reads back what JSON.stringify wrote: the same log, instants as Dates, still valid', async () => {
    const original = await logOf();
    const parsed = parseCaseLog(JSON.stringify(original));
    expect(parsed).toEqual({ success: true, data: original });
    expect(parsed.success && parsed.data.entries[0]?.event.at).toBeInstanceOf(Date);
    await expect(verifyCaseLog(parsed.success ? parsed.data : createCaseLog())).resolves.toEqual({
      valid: true,
    });
  });

  it('reads a parsed value as well as text', () => {
    expect(parseCaseLog(JSON.parse(JSON.stringify(createCaseLog())))).toEqual({
      success: true,
      data: createCaseLog(),
    });
  });

  it.each([
    ['text that is not JSON', '{"format":', 'invalid_json', []],
    ['null', null, 'invalid_type', []],
    ['another format', log({ format: 'x' }), 'invalid_value', ['format']],
    ['a negative size', log({ size: -1 }), 'too_small', ['size']],
    ['a fractional size', log({ size: 1.5 }), 'invalid_type', ['size']],
    ['a size as text', log({ size: '0' }), 'invalid_type', ['size']],
    ['an upper-case root', log({ root: 'A'.repeat(64) }), 'invalid_format', ['root']],
    ['entries that are not an array', log({ entries: {} }), 'invalid_type', ['entries']],
    ['an unknown field', log({ extra: true }), 'unrecognized_keys', []],
    [
      'an event instant without an offset',
      log({ size: 1, entries: [entry({ type: 'signed-for', at: '2026-11-23T14:00:00' })] }),
      'invalid_format',
      ['entries', 0, 'event', 'at'],
    ],
    [
      'an event of an unknown type',
      log({ size: 1, entries: [entry({ type: 'deleted', at: '2026-11-23T06:00:00Z' })] }),
      'invalid_union',
      ['entries', 0, 'event', 'type'],
    ],
    [
      'an entry with a short leaf hash',
      log({
        size: 1,
        entries: [{ event: { type: 'signed-for', at: '2026-11-23T06:00:00Z' }, leafHash: 'ab', root: H }],
      }),
      'invalid_format',
      ['entries', 0, 'leafHash'],
    ],
  ])('refuses %s in the safeParse shape, with the code and path', (_name, value, code, path) => {
    expect(parseCaseLog(value)).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code, path })] },
    });
  });

  it('refuses a value whose reading throws (a Proxy with a throwing trap) as an issue, not an exception', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(parseCaseLog(hostile)).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code: 'invalid_type' })] },
    });
  });
});
