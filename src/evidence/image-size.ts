import { type SafeResult, failWith, ok } from '../shared/result.js';
import { safely } from '../shared/safe-call.js';
import { MINIMUM_RESOLUTION } from './data.js';

/**
 * The picture formats `readImageSize` reads.
 *
 * @example
 * IMAGE_FORMATS.includes('heic'); //=> true
 */
export const IMAGE_FORMATS = ['png', 'jpeg', 'webp', 'gif', 'bmp', 'heic', 'avif'] as const;

/**
 * A picture format `readImageSize` reads.
 *
 * @example
 * const format: ImageFormat = 'webp';
 */
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/**
 * The size of a picture as a person sees it: a phone photo stored sideways (EXIF orientation
 * 5–8, or an HEIF `irot` of 90° or 270°) reports its upright width and height.
 *
 * @example
 * const size: ImageSize = { width: 900, height: 1200, format: 'jpeg' };
 */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
  readonly format: ImageFormat;
}

/** Thrown inside the parsers only; `readImageSize` turns it into an error result. */
class Malformed {
  constructor(
    readonly code: 'truncated' | 'corrupt',
    readonly message: string,
  ) {}
}

const truncated = (what: string): never => {
  throw new Malformed('truncated', `The ${what} data ends too early: the file is truncated`);
};
const corrupt = (what: string): never => {
  throw new Malformed('corrupt', `The ${what} header is corrupt: its values are impossible`);
};

/** Bounds-checked reads: every read past the end throws `truncated`, never returns garbage. */
class Reader {
  constructor(
    readonly bytes: Uint8Array,
    readonly what: string,
  ) {}
  need(offset: number, length: number): void {
    if (offset < 0 || offset + length > this.bytes.length) truncated(this.what);
  }
  u8(offset: number): number {
    this.need(offset, 1);
    return this.bytes[offset]!;
  }
  u16be(offset: number): number {
    this.need(offset, 2);
    return (this.bytes[offset]! << 8) | this.bytes[offset + 1]!;
  }
  u16le(offset: number): number {
    this.need(offset, 2);
    return this.bytes[offset]! | (this.bytes[offset + 1]! << 8);
  }
  u24le(offset: number): number {
    this.need(offset, 3);
    return this.bytes[offset]! | (this.bytes[offset + 1]! << 8) | (this.bytes[offset + 2]! << 16);
  }
  u32be(offset: number): number {
    this.need(offset, 4);
    return (
      this.bytes[offset]! * 0x1000000 +
      ((this.bytes[offset + 1]! << 16) | (this.bytes[offset + 2]! << 8) | this.bytes[offset + 3]!)
    );
  }
  u32le(offset: number): number {
    this.need(offset, 4);
    return (
      this.bytes[offset + 3]! * 0x1000000 +
      ((this.bytes[offset + 2]! << 16) | (this.bytes[offset + 1]! << 8) | this.bytes[offset]!)
    );
  }
  i32le(offset: number): number {
    this.need(offset, 4);
    return (
      this.bytes[offset]! |
      (this.bytes[offset + 1]! << 8) |
      (this.bytes[offset + 2]! << 16) |
      (this.bytes[offset + 3]! << 24)
    );
  }
  ascii(offset: number, length: number): string {
    this.need(offset, length);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.bytes[offset + i]!);
    return text;
  }
}

// A byte past the end reads as `undefined`, which matches no signature byte.
function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function size(width: number, height: number, format: ImageFormat, swap = false): ImageSize {
  if (!(width > 0 && height > 0)) corrupt(format.toUpperCase());
  return swap ? { width: height, height: width, format } : { width, height, format };
}

// PNG: the IHDR chunk comes first, width and height big-endian at 16 and 20.
function png(r: Reader): ImageSize {
  if (r.ascii(12, 4) !== 'IHDR') corrupt('PNG');
  const width = r.u32be(16);
  const height = r.u32be(20);
  if (width > 0x7fffffff || height > 0x7fffffff) corrupt('PNG');
  return size(width, height, 'png');
}

function gif(r: Reader): ImageSize {
  return size(r.u16le(6), r.u16le(8), 'gif');
}

// BMP: BITMAPCOREHEADER (12 bytes) has 16-bit sizes; later headers have signed 32-bit ones,
// a negative height meaning rows stored top-down.
function bmp(r: Reader): ImageSize {
  const header = r.u32le(14);
  if (header === 12) return size(r.u16le(18), r.u16le(20), 'bmp');
  if (header < 40) corrupt('BMP');
  return size(r.i32le(18), Math.abs(r.i32le(22)), 'bmp');
}

function webp(r: Reader): ImageSize {
  const chunk = r.ascii(12, 4);
  if (chunk === 'VP8 ') {
    // Lossy: a key frame's start code 9D 01 2A, then 14-bit width and height.
    if (r.u8(23) !== 0x9d || r.u8(24) !== 0x01 || r.u8(25) !== 0x2a) corrupt('WebP');
    return size(r.u16le(26) & 0x3fff, r.u16le(28) & 0x3fff, 'webp');
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each, little-endian.
    if (r.u8(20) !== 0x2f) corrupt('WebP');
    const bits = r.u32le(21);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'webp');
  }
  if (chunk === 'VP8X') return size(r.u24le(24) + 1, r.u24le(27) + 1, 'webp');
  return corrupt('WebP');
}

// EXIF orientation in a TIFF structure (APP1 "Exif\0\0"): IFD0 tag 0x0112.
function exifOrientation(r: Reader, start: number, end: number): number {
  if (end - start < 8) return 1;
  const order = r.ascii(start, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const le = order === 'II';
  const u16 = (at: number) => (le ? r.u16le(at) : r.u16be(at));
  const u32 = (at: number) => (le ? r.u32le(at) : r.u32be(at));
  if (u16(start + 2) !== 42) return 1;
  const ifd = start + u32(start + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

// JPEG: walk the marker segments up to the first start-of-frame (SOF0–SOF15 except DHT C4,
// JPG C8 and DAC CC), noting the EXIF orientation on the way. Every step moves forward, so the
// walk ends within the input.
function jpeg(r: Reader): ImageSize {
  const { bytes } = r;
  let offset = 2;
  let orientation = 1;
  while (offset < bytes.length) {
    if (r.u8(offset) !== 0xff) corrupt('JPEG');
    let marker = r.u8(offset + 1);
    // Fill bytes: any number of 0xFF before a marker.
    while (marker === 0xff) {
      offset++;
      marker = r.u8(offset + 1);
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda || marker === 0x00) corrupt('JPEG');
    const length = r.u16be(offset + 2);
    if (length < 2) corrupt('JPEG');
    const start = offset + 4;
    const end = offset + 2 + length;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = r.u16be(start + 1);
      const width = r.u16be(start + 3);
      return size(width, height, 'jpeg', orientation >= 5);
    }
    // An APP1 running past the end is read all the same: the walk then ends as truncated anyway.
    if (marker === 0xe1 && r.ascii(start, 6) === 'Exif\u0000\u0000') {
      orientation = exifOrientation(r, start + 6, end);
    }
    offset = end;
  }
  return truncated('JPEG');
}

// ISOBMFF (HEIC, AVIF): boxes of 32-bit size (1: a 64-bit size follows; 0: to the end of the
// parent) and a 4-character type.
interface Box {
  readonly type: string;
  readonly start: number; // first byte of the payload
  readonly end: number; // one past the last byte
}

function* boxes(r: Reader, from: number, to: number): Generator<Box> {
  let offset = from;
  while (offset + 8 <= to) {
    let length = r.u32be(offset);
    const type = r.ascii(offset + 4, 4);
    let header = 8;
    if (length === 1) {
      const high = r.u32be(offset + 8);
      if (high > 0x1fffff) corrupt('HEIF');
      length = high * 0x100000000 + r.u32be(offset + 12);
      header = 16;
    } else if (length === 0) length = to - offset;
    if (length < header || offset + length > to) {
      // A box that claims more than its parent holds: truncated at the top level, corrupt inside.
      if (to === r.bytes.length && length >= header) truncated('HEIF');
      corrupt('HEIF');
    }
    yield { type, start: offset + header, end: offset + length };
    offset += length;
  }
}

function child(r: Reader, parent: Box, type: string, fullBox = false): Box | undefined {
  for (const box of boxes(r, parent.start + (fullBox ? 4 : 0), parent.end)) if (box.type === type) return box;
  return undefined;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'hevm',
  'hevs',
  'mif1',
  'msf1',
  'mif2',
]);

function heifBrand(r: Reader): ImageFormat | undefined {
  // An ftyp box holds at least its header, the major brand and the minor version: 16 bytes.
  if (r.bytes.length < 16 || r.ascii(4, 4) !== 'ftyp') return undefined;
  const length = r.u32be(0);
  if (length < 16 || length > r.bytes.length || length > 4096) return undefined;
  const brands = [r.ascii(8, 4)];
  for (let at = 16; at + 4 <= length; at += 4) brands.push(r.ascii(at, 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heic';
  return undefined;
}

function heif(r: Reader, format: ImageFormat): ImageSize {
  let meta: Box | undefined;
  for (const box of boxes(r, 0, r.bytes.length)) {
    if (box.type === 'meta') {
      meta = box;
      break;
    }
  }
  if (!meta) return truncated('HEIF');
  const iprp = child(r, meta, 'iprp', true);
  const ipco = iprp && child(r, iprp, 'ipco');
  if (!iprp || !ipco) return corrupt('HEIF');
  const properties = [...boxes(r, ipco.start, ipco.end)];

  // The primary item (pitm) and the properties ipma associates with it (1-based indexes).
  const pitm = child(r, meta, 'pitm', true);
  let associated: number[] | undefined;
  if (pitm) {
    const primary = r.u8(pitm.start) === 0 ? r.u16be(pitm.start + 4) : r.u32be(pitm.start + 4);
    for (const ipma of boxes(r, iprp.start, iprp.end)) {
      if (ipma.type !== 'ipma') continue;
      const version = r.u8(ipma.start);
      const wide = (r.u8(ipma.start + 3) & 1) === 1;
      const count = r.u32be(ipma.start + 4);
      let at = ipma.start + 8;
      for (let i = 0; i < count && at < ipma.end; i++) {
        const item = version < 1 ? r.u16be(at) : r.u32be(at);
        at += version < 1 ? 2 : 4;
        const n = r.u8(at);
        at += 1;
        const indexes: number[] = [];
        for (let j = 0; j < n; j++) {
          indexes.push(wide ? r.u16be(at) & 0x7fff : r.u8(at) & 0x7f);
          at += wide ? 2 : 1;
        }
        if (at > ipma.end) corrupt('HEIF');
        if (item === primary) associated = indexes;
      }
    }
  }
  const chosen = associated
    ? associated.map((index) => properties[index - 1]).filter((box) => box !== undefined)
    : properties;
  // Without a primary item to follow, the largest picture (not a thumbnail) is the one shown.
  const area = (box: Box) => r.u32be(box.start + 4) * r.u32be(box.start + 8);
  const ispe = chosen
    .filter((box) => box.type === 'ispe')
    .reduce<Box | undefined>(
      (best, box) => (best === undefined || area(box) > area(best) ? box : best),
      undefined,
    );
  if (!ispe) return corrupt('HEIF');
  const irot = chosen.find((box) => box.type === 'irot');
  // irot: the low two bits are the anticlockwise rotation in 90° steps; 90° and 270° swap sides.
  const angle = irot ? r.u8(irot.start) & 3 : 0;
  return size(r.u32be(ispe.start + 4), r.u32be(ispe.start + 8), format, angle === 1 || angle === 3);
}

/** A view of the bytes of a `Uint8Array` or an `ArrayBuffer`, or undefined for anything else. */
function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return undefined;
}

/**
 * The size of a picture read from its first bytes, without decoding it (读取图片尺寸), in
 * browsers and Node alike: PNG, JPEG (with EXIF orientation), WebP (lossy, lossless, extended),
 * GIF, BMP, HEIC and AVIF (with the `irot` rotation of the primary item). The size is the one a
 * person sees: a portrait photo stored sideways reports its upright size. Truncated, corrupt or
 * hostile bytes give an error result (codes `unknown_format`, `truncated`, `corrupt`); it never
 * throws and every loop is bounded by the input's length.
 *
 * @param input - the file's bytes (untrusted) as a `Uint8Array`, or the `ArrayBuffer` that
 *   `File.arrayBuffer()` and `fetch(…).arrayBuffer()` give; the first 64 kB usually suffice
 * @returns `{ width, height, format }` in safeParse shape
 * @example
 * const bytes = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02, 0, 0, 0]);
 * readImageSize(bytes); //=> { success: true, data: { width: 800, height: 600, format: 'gif' } }
 */
export function readImageSize(input: Uint8Array | ArrayBuffer): SafeResult<ImageSize> {
  return safely(() => readSize(input));
}

function readSize(input: Uint8Array | ArrayBuffer): SafeResult<ImageSize> {
  const bytes = asBytes(input);
  if (bytes === undefined) {
    return failWith('invalid_type', 'Expected the picture as a Uint8Array or an ArrayBuffer of bytes');
  }
  const r = (what: string) => new Reader(bytes, what);
  try {
    if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok(png(r('PNG')));
    if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ok(jpeg(r('JPEG')));
    if (
      startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
      (bytes[4] === 0x37 || bytes[4] === 0x39) &&
      bytes[5] === 0x61
    )
      return ok(gif(r('GIF')));
    if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
      return ok(webp(r('WebP')));
    if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 18) return ok(bmp(r('BMP')));
    const brand = heifBrand(r('HEIF'));
    if (brand) return ok(heif(r(brand === 'avif' ? 'AVIF' : 'HEIC'), brand));
  } catch (error) {
    if (error instanceof Malformed) return failWith(error.code, error.message);
    // Not expected: the parsers only throw Malformed. Still an error result, never a throw.
    return failWith('corrupt', 'The picture could not be read');
  }
  return failWith(
    'unknown_format',
    `Not a picture this library reads (expected ${IMAGE_FORMATS.map((f) => f.toUpperCase()).join(', ')})`,
  );
}

/**
 * Whether a picture meets the guide's resolution rule (图片分辨率建议800×600以上), whichever way it
 * is held: long side ≥ 800 and short side ≥ 600, so 600×800 passes as well as 800×600.
 *
 * @param picture - its width and height in pixels
 * @param minimum - the rule (default `MINIMUM_RESOLUTION`, 800 and 600)
 * @returns true when both sides are large enough
 * @example
 * meetsMinimumResolution({ width: 600, height: 800 }); //=> true
 * meetsMinimumResolution({ width: 1024, height: 500 }); //=> false
 */
export function meetsMinimumResolution(
  picture: { readonly width: number; readonly height: number },
  minimum: { readonly longSide: number; readonly shortSide: number } = MINIMUM_RESOLUTION,
): boolean {
  const { width, height } = picture;
  if (!Number.isFinite(width) || !Number.isFinite(height)) return false;
  return Math.max(width, height) >= minimum.longSide && Math.min(width, height) >= minimum.shortSide;
}
