import { describe, expect, it } from 'vitest';
import { meetsMinimumResolution, readImageSize } from '../../src/evidence/index.js';
import { SAMPLES, bmp, gif, heif, jpeg, png, webpLossy } from './build-images.js';

describe('readImageSize on headers built in memory', () => {
  it.each(SAMPLES)('reads $name as $width×$height', ({ bytes, width, height, format }) => {
    expect(readImageSize(bytes)).toEqual({ success: true, data: { width, height, format } });
  });

  it('swaps the sides for EXIF orientations 5 to 8 only (a phone photo held upright)', () => {
    for (let orientation = 1; orientation <= 8; orientation++) {
      const result = readImageSize(jpeg(1200, 900, { orientation, littleEndian: orientation % 2 === 0 }));
      const upright = orientation >= 5 ? { width: 900, height: 1200 } : { width: 1200, height: 900 };
      expect(result, `orientation ${orientation}`).toEqual({
        success: true,
        data: { ...upright, format: 'jpeg' },
      });
    }
  });

  it('takes the primary item of a HEIF, not its thumbnail', () => {
    const result = readImageSize(heif(4032, 3024));
    expect(result.success && result.data.width).toBe(4032);
  });

  it('without pitm falls back to the largest picture', () => {
    expect(readImageSize(heif(4032, 3024, { withPitm: false }))).toEqual({
      success: true,
      data: { width: 4032, height: 3024, format: 'heic' },
    });
  });

  it('gives error results, never a throw, for truncated headers of every format', () => {
    for (const sample of SAMPLES) {
      const cut = sample.bytes.subarray(0, Math.max(1, Math.floor(sample.bytes.length / 3)));
      const result = readImageSize(cut);
      expect(result.success, sample.name).toBe(false);
    }
    const truncated = readImageSize(png(800, 600).subarray(0, 20));
    expect(truncated.success ? null : truncated.error.issues[0]?.code).toBe('truncated');
  });

  it('rejects what is neither a Uint8Array nor an ArrayBuffer, and unknown formats', () => {
    const other = [
      null,
      undefined,
      'GIF89a',
      [0x89, 0x50],
      42,
      {},
      new DataView(new ArrayBuffer(10)),
      new Uint16Array(8),
    ];
    for (const value of other) {
      const result = readImageSize(value as unknown as Uint8Array);
      expect(result.success ? null : result.error.issues[0]?.code).toBe('invalid_type');
    }
    const text = Uint8Array.from([...'hello, world'].map((c) => c.charCodeAt(0)));
    const unknown = readImageSize(text);
    expect(unknown.success ? null : unknown.error.issues[0]?.code).toBe('unknown_format');
    expect(readImageSize(new Uint8Array()).success).toBe(false);
  });

  it('reports impossible sizes as corrupt', () => {
    for (const bytes of [png(0, 600), gif(800, 0), bmp(0, 10), webpLossy(0, 0), jpeg(0, 600)]) {
      const result = readImageSize(bytes);
      expect(result.success ? null : result.error.issues[0]?.code).toBe('corrupt');
    }
  });

  it('refuses a HEIF box that claims more bytes than its parent holds', () => {
    const bytes = heif(100, 100).slice();
    // The meta box starts after ftyp (24 bytes): make its size huge.
    bytes.set([0x7f, 0xff, 0xff, 0xff], 24);
    expect(readImageSize(bytes).success).toBe(false);
  });

  it.each(SAMPLES)(
    'reads $name from the ArrayBuffer that File.arrayBuffer() gives, as from its bytes',
    ({ bytes }) => {
      const buffer = new Uint8Array(bytes).buffer;
      expect(buffer).toBeInstanceOf(ArrayBuffer);
      expect(readImageSize(buffer)).toEqual(readImageSize(bytes));
    },
  );

  it('accepts a subarray view (offset into a larger buffer)', () => {
    const whole = new Uint8Array(100);
    whole.set(gif(800, 600), 37);
    expect(readImageSize(whole.subarray(37))).toEqual({
      success: true,
      data: { width: 800, height: 600, format: 'gif' },
    });
  });
});

describe('meetsMinimumResolution: 图片分辨率建议800×600以上, either way up', () => {
  it('accepts 800×600 and 600×800, refuses anything with a short side under 600 or a long side under 800', () => {
    expect(meetsMinimumResolution({ width: 800, height: 600 })).toBe(true);
    expect(meetsMinimumResolution({ width: 600, height: 800 })).toBe(true);
    expect(meetsMinimumResolution({ width: 799, height: 600 })).toBe(false);
    expect(meetsMinimumResolution({ width: 800, height: 599 })).toBe(false);
    expect(meetsMinimumResolution({ width: 700, height: 700 })).toBe(false);
    expect(meetsMinimumResolution({ width: 4000, height: 500 })).toBe(false);
    expect(meetsMinimumResolution({ width: Number.NaN, height: 900 })).toBe(false);
  });

  it('is the same for a picture and its rotation', () => {
    for (let w = 500; w <= 1000; w += 50) {
      for (let h = 500; h <= 1000; h += 50) {
        expect(meetsMinimumResolution({ width: w, height: h })).toBe(
          meetsMinimumResolution({ width: h, height: w }),
        );
      }
    }
  });
});
