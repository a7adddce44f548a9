import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/evidence/index.js';

const DIR = fileURLToPath(new URL('../fixtures/images/', import.meta.url));
const read = (name: string) => new Uint8Array(readFileSync(DIR + name));

// What each real file is as a person sees it (tests/fixtures/images/README.md says how each was
// made; ImageMagick's `identify` and libheif's `heif-info` agree).
const EXPECTED: Record<string, { width: number; height: number; format: string }> = {
  'photo.png': { width: 800, height: 600, format: 'png' },
  'jpeg.jpg': { width: 1200, height: 900, format: 'jpeg' },
  'rotated.jpg': { width: 900, height: 1200, format: 'jpeg' },
  'lossy.webp': { width: 1024, height: 768, format: 'webp' },
  'lossless.webp': { width: 300, height: 200, format: 'webp' },
  'extended.webp': { width: 400, height: 300, format: 'webp' },
  'small.gif': { width: 640, height: 480, format: 'gif' },
  'bottom-up.bmp': { width: 40, height: 30, format: 'bmp' },
  'top-down.bmp': { width: 48, height: 20, format: 'bmp' },
  'plain.avif': { width: 1024, height: 768, format: 'avif' },
  'rotated.avif': { width: 900, height: 1200, format: 'avif' },
  'plain.heic': { width: 1200, height: 900, format: 'heic' },
};

describe('readImageSize on real files', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    expect(readImageSize(read(name))).toEqual({ success: true, data: expected });
  });

  it('reports the phone photo stored sideways (1200×900, EXIF Orientation 6) upright: 900×1200', () => {
    const bytes = read('rotated.jpg');
    // The frame header itself says 1200 wide: the swap comes from the orientation.
    const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0);
    expect(((bytes[sof + 7] ?? 0) << 8) | (bytes[sof + 8] ?? 0)).toBe(1200);
    expect(readImageSize(bytes)).toEqual({
      success: true,
      data: { width: 900, height: 1200, format: 'jpeg' },
    });
  });

  it('gives a truncated result for the truncated file, without throwing', () => {
    const result = readImageSize(read('truncated.jpg'));
    expect(result.success ? null : result.error.issues[0]?.code).toBe('truncated');
  });

  it('covers every fixture, each under 20 kB', () => {
    const files = readdirSync(DIR).filter((name) => name !== 'README.md');
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), 'truncated.jpg'].sort());
    for (const name of files) expect(statSync(DIR + name).size, name).toBeLessThan(20_000);
  });

  // Every fixture keeps its size header in its first 4 kB (the two JPEGs over 4 kB have their frame
  // header at bytes 158 and 258), so a caller that reads only the head gets the whole answer; the cut
  // file (truncated.jpg) is the case that says "truncated".
  it.each(Object.entries(EXPECTED))('reads %s from its first 4 kB', (name, expected) => {
    expect(readImageSize(read(name).subarray(0, 4096))).toEqual({ success: true, data: expected });
  });
});
