// A small PNG reader for the screenshots the browser tests take (8-bit RGB or RGBA, not interlaced,
// as Chromium writes them), so pixels can be counted with node:zlib alone.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  readonly rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG's pixels; throws for a kind of PNG a screenshot never is. */
export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colorType, , , interlace] = bytes.subarray(24, 29);
  if (depth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, color type ${colorType}, interlace ${interlace}`);
  const channels = colorType === 6 ? 4 : 3;
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (rows[out + x - channels] as number) : 0;
      const b = y > 0 ? (rows[out - stride + x] as number) : 0;
      const c = x >= channels && y > 0 ? (rows[out - stride + x - channels] as number) : 0;
      const value = line[x] as number;
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      rows[out + x] = (value + predicted) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(rows.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = channels === 4 ? (rows[i * channels + 3] as number) : 255;
  }
  return { width, height, rgba };
}

/** How many pixels have exactly this colour (`#rrggbb`). */
export function countColor(pixels: Pixels, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < pixels.rgba.length; i += 4)
    if (pixels.rgba[i] === r && pixels.rgba[i + 1] === g && pixels.rgba[i + 2] === b) count++;
  return count;
}

/** How many pixels are not white. */
export function countNonWhite(pixels: Pixels): number {
  let count = 0;
  for (let i = 0; i < pixels.rgba.length; i += 4)
    if (pixels.rgba[i] !== 255 || pixels.rgba[i + 1] !== 255 || pixels.rgba[i + 2] !== 255) count++;
  return count;
}
