// readImageSize (this library) and image-size's imageSize side by side on the same real files
// (tests/fixtures/images), read once before the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { bench, describe } from 'vitest';
import { readImageSize } from '../src/evidence/index.js';

const DIR = fileURLToPath(new URL('../tests/fixtures/images/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((name) => name !== 'README.md' && name !== 'truncated.jpg')
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(DIR + name)) }));

describe('image size of every fixture (PNG, JPEG, WebP ×3, GIF, BMP ×2, AVIF ×2, HEIC)', () => {
  bench('tiantian-support readImageSize', () => {
    for (const { bytes } of FILES) readImageSize(bytes);
  });
  bench('image-size imageSize', () => {
    for (const { bytes } of FILES) imageSize(bytes);
  });
});

for (const name of ['rotated.jpg', 'plain.heic', 'lossy.webp']) {
  const bytes = FILES.find((file) => file.name === name)!.bytes;
  describe(name, () => {
    bench('tiantian-support readImageSize', () => {
      readImageSize(bytes);
    });
    bench('image-size imageSize', () => {
      imageSize(bytes);
    });
  });
}

const truncated = new Uint8Array(readFileSync(`${DIR}truncated.jpg`));
describe('truncated JPEG (image-size throws, caught here)', () => {
  bench('tiantian-support readImageSize', () => {
    readImageSize(truncated);
  });
  bench('image-size imageSize', () => {
    try {
      imageSize(truncated);
    } catch {
      // expected
    }
  });
});
