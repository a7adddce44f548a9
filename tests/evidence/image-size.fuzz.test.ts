import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/evidence/index.js';
import { SAMPLES } from './build-images.js';

const FORMATS = ['png', 'jpeg', 'webp', 'gif', 'bmp', 'heic', 'avif'];

/** A result of the documented shape: a positive size and a known format, or issues. */
function expectShape(result: ReturnType<typeof readImageSize>): void {
  if (result.success) {
    expect(Number.isInteger(result.data.width) && result.data.width > 0).toBe(true);
    expect(Number.isInteger(result.data.height) && result.data.height > 0).toBe(true);
    expect(FORMATS).toContain(result.data.format);
  } else {
    expect(result.error.issues.length).toBeGreaterThan(0);
    expect(['truncated', 'corrupt', 'unknown_format', 'invalid_type']).toContain(
      result.error.issues[0]?.code,
    );
  }
}

describe('readImageSize fuzzing: never a throw, always the documented shape', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expectShape(readImageSize(bytes));
      }),
    );
  });

  it('random bytes after a real signature', () => {
    const prefixes = SAMPLES.map((sample) => sample.bytes.subarray(0, 16));
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 256 }), (prefix, tail) => {
        const bytes = new Uint8Array(prefix.length + tail.length);
        bytes.set(prefix);
        bytes.set(tail, prefix.length);
        expectShape(readImageSize(bytes));
      }),
    );
  });

  it('valid headers with bytes changed, and cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(),
        (sample, edits, cut) => {
          const bytes = sample.bytes.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          expectShape(readImageSize(bytes));
          expectShape(readImageSize(bytes.subarray(0, cut % (bytes.length + 1))));
        },
      ),
    );
  });

  it('hostile HEIF: huge and zero box sizes, 64-bit sizes, endless ipma counts', () => {
    const heic = SAMPLES.find((sample) => sample.name === 'heic')!.bytes;
    fc.assert(
      fc.property(
        fc.nat({ max: heic.length - 4 }),
        fc.constantFrom(0, 1, 7, 8, 0xffffffff, 0x7fffffff),
        (at, size) => {
          const bytes = heic.slice();
          new DataView(bytes.buffer).setUint32(at, size);
          expectShape(readImageSize(bytes));
        },
      ),
    );
  });

  it('a JPEG made only of fill bytes and markers ends', () => {
    const bytes = new Uint8Array(100_000).fill(0xff);
    bytes.set([0xff, 0xd8, 0xff]);
    expectShape(readImageSize(bytes));
    const restarts = new Uint8Array(100_000);
    for (let i = 0; i < restarts.length; i += 2) restarts.set([0xff, 0xd0 + ((i / 2) % 8)], i);
    restarts.set([0xff, 0xd8], 0);
    expectShape(readImageSize(restarts));
  });
});
