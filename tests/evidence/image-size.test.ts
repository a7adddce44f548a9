import { describe, expect, it } from 'vitest';
import { meetsMinimumResolution, readImageSize } from '../../src/evidence/index.js';
import { bmp, gif, heif, jpeg, png, SAMPLES, webpExtended, webpLossless, webpLossy } from './build-images.js';

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

// Exact results for the edges of every header reader: each test builds its bytes from the format
// specification and checks the whole result (size, or error code AND message).

const u16be = (n: number) => [(n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytesOf = (...parts: number[][]) => Uint8Array.from(parts.flat());
const OK = (width: number, height: number, format: string) => ({
  success: true,
  data: { width, height, format },
});
const FAIL = (code: string, message: string) => ({
  success: false,
  error: { issues: [{ code, message, path: [] }] },
});
const TRUNCATED = (what: string) =>
  FAIL('truncated', `The ${what} data ends too early: the file is truncated`);
const CORRUPT = (what: string) => FAIL('corrupt', `The ${what} header is corrupt: its values are impossible`);
const UNKNOWN = FAIL(
  'unknown_format',
  'Not a picture this library reads (expected PNG, JPEG, WEBP, GIF, BMP, HEIC, AVIF)',
);
/** A copy of `bytes` with `values` written at `at`. */
function patched(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const copy = bytes.slice();
  copy.set(values, at);
  return copy;
}

describe('readImageSize: what is and is not a picture', () => {
  it('says which formats it reads when the bytes are none of them', () => {
    expect(readImageSize(bytesOf(ascii('hello, world')))).toEqual(UNKNOWN);
    expect(readImageSize(new Uint8Array())).toEqual(UNKNOWN);
    expect(readImageSize(Uint8Array.from([1, 2, 3]))).toEqual(UNKNOWN);
  });

  it('rejects what is not bytes with the expected type in the message', () => {
    expect(readImageSize('GIF89a' as unknown as Uint8Array)).toEqual(
      FAIL('invalid_type', 'Expected the picture as a Uint8Array or an ArrayBuffer of bytes'),
    );
  });

  it('needs the whole signature, not a part of it', () => {
    // 0x89 starts the PNG signature, 0xFF 0xD8 the JPEG one: the rest does not match.
    expect(readImageSize(bytesOf([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0], new Array(24).fill(0)))).toEqual(
      UNKNOWN,
    );
    expect(readImageSize(bytesOf([0xff, 0xd8, 0x00], new Array(24).fill(0)))).toEqual(UNKNOWN);
  });

  it('reads GIF87a and GIF89a only', () => {
    const body = [...u16le(640), ...u16le(480), 0, 0, 0];
    expect(readImageSize(bytesOf(ascii('GIF87a'), body))).toEqual(OK(640, 480, 'gif'));
    expect(readImageSize(bytesOf(ascii('GIF89a'), body))).toEqual(OK(640, 480, 'gif'));
    for (const signature of [
      'GIF87b',
      'GIF89b',
      'GIF88a',
      'GIF8Xa',
      'XIF89a',
      'GIFX7a',
      'abcd7a',
      'abcd9a',
    ]) {
      expect(readImageSize(bytesOf(ascii(signature), body)), signature).toEqual(UNKNOWN);
    }
  });

  it('reads RIFF only when it holds WEBP', () => {
    const webp = webpLossy(1920, 1080);
    expect(readImageSize(patched(webp, 8, ascii('WAVE')))).toEqual(UNKNOWN);
    expect(readImageSize(patched(webp, 0, ascii('RIFX')))).toEqual(UNKNOWN);
  });

  it('reads BM only from 18 bytes on (the DIB header size)', () => {
    expect(readImageSize(bytesOf(ascii('BM'), new Array(15).fill(0)))).toEqual(UNKNOWN);
    // 18 bytes: a BMP, whose 12-byte core header is cut short.
    expect(readImageSize(bytesOf(ascii('BM'), new Array(12).fill(0), u32le(12)))).toEqual(TRUNCATED('BMP'));
  });

  it('never throws, even for a hostile Uint8Array whose length cannot be read', () => {
    const hostile = new Uint8Array(32);
    Object.defineProperty(hostile, 'length', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(readImageSize(hostile)).toEqual(FAIL('corrupt', 'The picture could not be read'));
  });
});
// --- JPEG ---------------------------------------------------------------------------------------

const segment = (marker: number, payload: number[]) => [
  0xff,
  marker,
  ...u16be(payload.length + 2),
  ...payload,
];
const frame = (width: number, height: number, marker = 0xc0) =>
  segment(marker, [8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const SCAN = [0xff, 0xda, ...u16be(12), 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0, 0xff, 0xd9];
const JFIF = segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const jpegOf = (...parts: number[][]) => bytesOf([0xff, 0xd8], ...parts);
/** An APP1 payload: "Exif\0\0" then a TIFF header and IFD0 of SHORT entries `[tag, value]`. */
function exif(
  options: {
    order?: string;
    magic?: number;
    ifdOffset?: number;
    count?: number;
    entries?: [number, number][];
    next?: number[];
    header?: string;
  } = {},
): number[] {
  const le = options.order === 'II';
  const w16 = le ? u16le : u16be;
  const w32 = le ? u32le : u32be;
  const entries = options.entries ?? [[0x0112, 6]];
  return [
    ...ascii(options.header ?? 'Exif\u0000\u0000'),
    ...ascii(options.order ?? 'MM'),
    ...w16(options.magic ?? 42),
    ...w32(options.ifdOffset ?? 8),
    ...w16(options.count ?? entries.length),
    ...entries.flatMap(([tag, value]) => [...w16(tag), ...w16(3), ...w32(1), ...w16(value), 0, 0]),
    ...(options.next ?? [0, 0, 0, 0]),
  ];
}

const withExif = (payload: number[], marker = 0xe1) =>
  readImageSize(jpegOf(JFIF, segment(marker, payload), frame(1200, 900), SCAN));
const UPRIGHT = OK(900, 1200, 'jpeg');
const AS_STORED = OK(1200, 900, 'jpeg');
// --- HEIF / AVIF --------------------------------------------------------------------------------

const box = (type: string, payload: number[]) => [...u32be(8 + payload.length), ...ascii(type), ...payload];
const fullBox = (type: string, version: number, flags: number, payload: number[]) =>
  box(type, [version, (flags >> 16) & 255, (flags >> 8) & 255, flags & 255, ...payload]);
const ispe = (width: number, height: number) => fullBox('ispe', 0, 0, [...u32be(width), ...u32be(height)]);
const irot = (angle: number) => box('irot', [angle]);
const ftyp = (major: string, compatible: string[] = ['mif1', major]) =>
  box('ftyp', [...ascii(major), 0, 0, 0, 0, ...compatible.flatMap(ascii)]);
const pitm = (item: number, version = 0) =>
  fullBox('pitm', version, 0, version === 0 ? u16be(item) : u32be(item));
interface Association {
  item: number;
  properties: number[];
}
function ipma(
  entries: Association[],
  options: { version?: number; wide?: boolean; count?: number; extra?: number[] } = {},
): number[] {
  const version = options.version ?? 0;
  const wide = options.wide ?? false;
  return fullBox('ipma', version, wide ? 1 : 0, [
    ...u32be(options.count ?? entries.length),
    ...entries.flatMap(({ item, properties }) => [
      ...(version < 1 ? u16be(item) : u32be(item)),
      properties.length,
      ...properties.flatMap((index) => (wide ? u16be(index) : [index])),
    ]),
    ...(options.extra ?? []),
  ]);
}

/** ftyp, then `before`, a meta box of `children` (after its version and flags), then `after`. */
function heifOf(
  children: number[][],
  options: {
    ftyp?: number[];
    before?: number[];
    after?: number[] | null;
    meta?: (payload: number[]) => number[];
  } = {},
): Uint8Array {
  const payload = [0, 0, 0, 0, ...children.flat()];
  const meta = options.meta ? options.meta(payload) : box('meta', payload);
  return bytesOf(
    options.ftyp ?? ftyp('heic'),
    options.before ?? [],
    meta,
    options.after === null ? [] : (options.after ?? box('mdat', [0, 0, 0, 0])),
  );
}

// Item 1, the primary, is 800×600 turned 90°; item 2 is a larger 4000×3000 picture.
const PROPERTIES = box('ipco', [...ispe(800, 600), ...ispe(4000, 3000), ...irot(1)]);
const PRIMARY_FIRST: Association[] = [
  { item: 1, properties: [0x81, 3] },
  { item: 2, properties: [2] },
];
const PRIMARY = OK(600, 800, 'heic');
const primaryFile = (association: number[], primary = pitm(1)) =>
  heifOf([primary, box('iprp', [...PROPERTIES, ...association])]);

describe('readImageSize: PNG, GIF, BMP and WebP edges', () => {
  it('PNG: the first chunk must be IHDR', () => {
    expect(readImageSize(patched(png(1024, 768), 12, ascii('IHDX')))).toEqual(CORRUPT('PNG'));
  });

  it('PNG: sides up to 2^31 − 1, not beyond (the PNG limit)', () => {
    expect(readImageSize(png(0x7fffffff, 600))).toEqual(OK(0x7fffffff, 600, 'png'));
    expect(readImageSize(png(800, 0x7fffffff))).toEqual(OK(800, 0x7fffffff, 'png'));
    expect(readImageSize(png(0x80000000, 600))).toEqual(CORRUPT('PNG'));
    expect(readImageSize(png(800, 0x80000000))).toEqual(CORRUPT('PNG'));
  });

  it('names the format in upper case in its messages', () => {
    expect(readImageSize(png(0, 600))).toEqual(CORRUPT('PNG'));
    expect(readImageSize(gif(800, 0))).toEqual(CORRUPT('GIF'));
    expect(readImageSize(bmp(0, 10))).toEqual(CORRUPT('BMP'));
    expect(readImageSize(webpLossy(0, 0))).toEqual(CORRUPT('WEBP'));
    expect(readImageSize(jpeg(0, 600))).toEqual(CORRUPT('JPEG'));
  });

  it('reports a cut header as truncated, naming the format', () => {
    expect(readImageSize(png(800, 600).subarray(0, 20))).toEqual(TRUNCATED('PNG'));
    expect(readImageSize(gif(800, 600).subarray(0, 8))).toEqual(TRUNCATED('GIF'));
    expect(readImageSize(bmp(800, 600).subarray(0, 24))).toEqual(TRUNCATED('BMP'));
    expect(readImageSize(webpExtended(800, 600).subarray(0, 26))).toEqual(TRUNCATED('WebP'));
    expect(readImageSize(jpeg(800, 600).subarray(0, 30))).toEqual(TRUNCATED('JPEG'));
  });

  it('BMP: a DIB header of 12 bytes or of at least 40, nothing in between', () => {
    const bytes = bmp(800, 600);
    expect(readImageSize(patched(bytes, 14, u32le(40)))).toEqual(OK(800, 600, 'bmp'));
    expect(readImageSize(patched(bytes, 14, u32le(39)))).toEqual(CORRUPT('BMP'));
    expect(readImageSize(patched(bytes, 14, u32le(13)))).toEqual(CORRUPT('BMP'));
    expect(readImageSize(patched(bytes, 14, u32le(124)))).toEqual(OK(800, 600, 'bmp'));
  });

  it('WebP lossy: each byte of the key-frame start code 9D 01 2A is checked', () => {
    const bytes = webpLossy(1920, 1080);
    expect(readImageSize(bytes)).toEqual(OK(1920, 1080, 'webp'));
    expect(readImageSize(patched(bytes, 23, [0x9c]))).toEqual(CORRUPT('WebP'));
    expect(readImageSize(patched(bytes, 24, [0x02]))).toEqual(CORRUPT('WebP'));
    expect(readImageSize(patched(bytes, 25, [0x2b]))).toEqual(CORRUPT('WebP'));
  });

  it('WebP lossless: the 0x2F signature is checked, and 14-bit sides reach 16384', () => {
    expect(readImageSize(patched(webpLossless(800, 600), 20, [0x2e]))).toEqual(CORRUPT('WebP'));
    expect(readImageSize(webpLossless(16384, 16384))).toEqual(OK(16384, 16384, 'webp'));
    expect(readImageSize(webpLossless(1, 4000))).toEqual(OK(1, 4000, 'webp'));
  });

  it('WebP: an unknown first chunk is corrupt', () => {
    expect(readImageSize(patched(webpExtended(5000, 4000), 12, ascii('VP8Z')))).toEqual(CORRUPT('WebP'));
  });
});

describe('readImageSize: JPEG EXIF orientation', () => {
  it('turns a sideways photo upright (orientation 6, big- and little-endian)', () => {
    expect(withExif(exif())).toEqual(UPRIGHT);
    expect(withExif(exif({ order: 'II' }))).toEqual(UPRIGHT);
  });

  it('ignores a TIFF header with an unknown byte order or magic number', () => {
    expect(withExif(exif({ order: 'XX' }))).toEqual(AS_STORED);
    expect(withExif(exif({ magic: 43 }))).toEqual(AS_STORED);
  });

  it('ignores an IFD offset pointing outside the segment', () => {
    expect(withExif(exif({ ifdOffset: 0x7fffffff }))).toEqual(AS_STORED);
  });

  it('does not read an IFD that starts at the segment end: the walk goes on to the next byte', () => {
    // The TIFF data of exif() is 26 bytes, so IFD offsets 26 and 27 point at or past the end of
    // APP1. After APP1 comes one byte 0x2A, not a marker: corrupt, not a cut IFD count.
    for (const ifdOffset of [26, 27]) {
      const bytes = jpegOf(JFIF, segment(0xe1, exif({ ifdOffset })), [0x2a]);
      expect(readImageSize(bytes), `IFD offset ${ifdOffset}`).toEqual(CORRUPT('JPEG'));
    }
  });

  it('reads only the entries the IFD counts', () => {
    expect(withExif(exif({ count: 0 }))).toEqual(AS_STORED);
  });

  it('finds the orientation after other tags', () => {
    const entries: [number, number][] = [
      [0x010f, 3],
      [0x0110, 8],
      [0x0112, 6],
    ];
    expect(withExif(exif({ entries }))).toEqual(UPRIGHT);
  });

  it('ignores orientations outside 1–8', () => {
    expect(withExif(exif({ entries: [[0x0112, 9]] }))).toEqual(AS_STORED);
    expect(withExif(exif({ entries: [[0x0112, 0xffff]] }))).toEqual(AS_STORED);
    expect(withExif(exif({ entries: [[0x0112, 0]] }))).toEqual(AS_STORED);
    expect(withExif(exif({ entries: [[0x0112, 5]] }))).toEqual(UPRIGHT);
    expect(withExif(exif({ entries: [[0x0112, 4]] }))).toEqual(AS_STORED);
  });

  it('reads an entry that ends exactly at the segment end, not one cut short', () => {
    const exact = exif({ next: [] });
    expect(withExif(exact)).toEqual(UPRIGHT);
    expect(withExif(exact.slice(0, -1))).toEqual(AS_STORED);
  });

  it('reads the orientation from an APP1 "Exif" segment only', () => {
    expect(withExif(exif({ header: 'Exix\u0000\u0000' }))).toEqual(AS_STORED);
    expect(withExif(exif(), 0xe2)).toEqual(AS_STORED);
  });

  it('reports an APP1 segment that runs past the end as truncated', () => {
    const app1 = segment(0xe1, exif());
    expect(readImageSize(jpegOf(JFIF, app1.slice(0, 12)))).toEqual(TRUNCATED('JPEG'));
    expect(readImageSize(jpegOf(JFIF, app1.slice(0, 30)))).toEqual(TRUNCATED('JPEG'));
    expect(readImageSize(jpegOf(JFIF, app1))).toEqual(TRUNCATED('JPEG'));
  });

  it('does not read a TIFF header shorter than 8 bytes beyond its segment', () => {
    // APP1 holds "Exif\0\0" and 3 TIFF bytes; the next byte (0x2A) is not a marker.
    const bytes = jpegOf(segment(0xe1, [...ascii('Exif\u0000\u0000MM'), 0]), [0x2a]);
    expect(readImageSize(bytes)).toEqual(CORRUPT('JPEG'));
  });
});

describe('readImageSize: JPEG marker walk', () => {
  const SIZE = OK(640, 480, 'jpeg');

  it('skips the standalone markers SOI, TEM and RST0–RST7', () => {
    for (const marker of [0xd8, 0x01, 0xd0, 0xd3, 0xd7]) {
      expect(readImageSize(jpegOf(JFIF, [0xff, marker], frame(640, 480), SCAN)), marker.toString(16)).toEqual(
        SIZE,
      );
    }
  });

  it('skips fill bytes before a marker', () => {
    expect(readImageSize(jpegOf(JFIF, [0xff, 0xff, 0xff], frame(640, 480), SCAN))).toEqual(SIZE);
  });

  it('refuses EOI, SOS or a stuffed zero before any frame header', () => {
    for (const marker of [0xd9, 0xda, 0x00]) {
      expect(
        readImageSize(jpegOf(JFIF, [0xff, marker, 0x00, 0x02], frame(640, 480), SCAN)),
        marker.toString(16),
      ).toEqual(CORRUPT('JPEG'));
    }
  });

  it('refuses a byte other than 0xFF where a marker must start', () => {
    const bytes = jpegOf(JFIF, [0x12], frame(640, 480).slice(1), SCAN);
    expect(readImageSize(bytes)).toEqual(CORRUPT('JPEG'));
  });

  it('refuses a segment length under 2, accepts an empty segment (length 2)', () => {
    const body = frame(640, 480).slice(4);
    expect(readImageSize(jpegOf(JFIF, [0xff, 0xc0, 0, 0], body, SCAN))).toEqual(CORRUPT('JPEG'));
    expect(readImageSize(jpegOf(JFIF, [0xff, 0xc0, 0, 1], body, SCAN))).toEqual(CORRUPT('JPEG'));
    expect(readImageSize(jpegOf(JFIF, [0xff, 0xe2, 0, 2], frame(640, 480), SCAN))).toEqual(SIZE);
  });

  it('takes SOF0–SOF15 as the frame, but not DHT (C4), JPG (C8), DAC (CC) or other segments', () => {
    const decoy = [8, ...u16be(100), ...u16be(200), 1, 1, 0x11, 0];
    for (const marker of [0x10, 0xbf, 0xc4, 0xc8, 0xcc, 0xe0, 0xfe]) {
      expect(
        readImageSize(jpegOf(JFIF, segment(marker, decoy), frame(640, 480), SCAN)),
        marker.toString(16),
      ).toEqual(SIZE);
    }
    for (const marker of [0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xcb, 0xcd, 0xcf]) {
      expect(readImageSize(jpegOf(JFIF, frame(640, 480, marker), SCAN)), marker.toString(16)).toEqual(SIZE);
    }
  });

  it('reports a JPEG that ends before its frame header as truncated', () => {
    expect(readImageSize(jpegOf(JFIF))).toEqual(TRUNCATED('JPEG'));
    expect(readImageSize(jpegOf(JFIF, frame(640, 480).slice(0, 7)))).toEqual(TRUNCATED('JPEG'));
  });
});

describe('readImageSize: HEIF primary item and its properties', () => {
  it('follows pitm to the primary item, even when another item is larger', () => {
    expect(readImageSize(primaryFile(ipma(PRIMARY_FIRST)))).toEqual(PRIMARY);
    expect(readImageSize(primaryFile(ipma([...PRIMARY_FIRST].reverse())))).toEqual(PRIMARY);
  });

  it('reads pitm version 1 (32-bit item id) and ipma version 1 (32-bit item ids)', () => {
    expect(readImageSize(primaryFile(ipma(PRIMARY_FIRST), pitm(1, 1)))).toEqual(PRIMARY);
    expect(readImageSize(primaryFile(ipma(PRIMARY_FIRST, { version: 1 })))).toEqual(PRIMARY);
  });

  it('reads 16-bit property indexes (ipma flag 1), without the essential bit', () => {
    const wide: Association[] = [
      { item: 1, properties: [0x8001, 3] },
      { item: 2, properties: [2] },
    ];
    expect(readImageSize(primaryFile(ipma(wide, { wide: true })))).toEqual(PRIMARY);
  });

  it('reads only the entries ipma counts, and stops at the end of the box', () => {
    // Bytes after the counted entries would say item 1 has no properties.
    expect(readImageSize(primaryFile(ipma(PRIMARY_FIRST, { extra: [0, 1, 0] })))).toEqual(PRIMARY);
    // A count larger than the entries present: the walk stops at the end of ipma.
    expect(readImageSize(primaryFile(ipma(PRIMARY_FIRST, { count: 3 })))).toEqual(PRIMARY);
  });

  it('refuses an ipma entry that runs past the end of its box', () => {
    const bytes = primaryFile(
      fullBox('ipma', 0, 0, [...u32be(2), ...u16be(1), 2, 0x81, 3, ...u16be(2), 3, 2]),
    );
    expect(readImageSize(bytes)).toEqual(CORRUPT('HEIF'));
  });

  it('ignores property indexes that point at no property', () => {
    const association = ipma([
      { item: 1, properties: [0x81, 3, 9] },
      { item: 2, properties: [2] },
    ]);
    expect(readImageSize(primaryFile(association))).toEqual(PRIMARY);
  });

  it('refuses a primary item without an ispe, or a meta without iprp/ipco', () => {
    const noSize = ipma([
      { item: 1, properties: [3] },
      { item: 2, properties: [2] },
    ]);
    expect(readImageSize(primaryFile(noSize))).toEqual(CORRUPT('HEIF'));
    expect(readImageSize(heifOf([pitm(1), box('iprp', ipma(PRIMARY_FIRST))]))).toEqual(CORRUPT('HEIF'));
    expect(readImageSize(heifOf([pitm(1), box('dinf', [])]))).toEqual(CORRUPT('HEIF'));
  });

  it('without pitm takes the ispe of largest area (the first of equal ones)', () => {
    const largest = (...sizes: [number, number][]) =>
      readImageSize(
        heifOf([
          box(
            'iprp',
            box(
              'ipco',
              sizes.flatMap(([w, h]) => ispe(w, h)),
            ),
          ),
        ]),
      );
    expect(largest([4000, 3000], [160, 120])).toEqual(OK(4000, 3000, 'heic'));
    expect(largest([160, 120], [4000, 3000])).toEqual(OK(4000, 3000, 'heic'));
    expect(largest([4000, 500], [500, 4000])).toEqual(OK(4000, 500, 'heic'));
    expect(largest([4000, 500], [1000, 1000])).toEqual(OK(4000, 500, 'heic'));
    expect(largest([500, 4000], [1000, 1000])).toEqual(OK(500, 4000, 'heic'));
  });

  it('reports a read past the end as truncated, naming HEIC or AVIF', () => {
    const children = [box('iprp', [...PROPERTIES, ...ipma(PRIMARY_FIRST)]), fullBox('pitm', 0, 0, [])];
    expect(readImageSize(heifOf(children, { after: null }))).toEqual(TRUNCATED('HEIC'));
    expect(readImageSize(heifOf(children, { after: null, ftyp: ftyp('avif') }))).toEqual(TRUNCATED('AVIF'));
  });
});

describe('readImageSize: HEIF boxes', () => {
  const children = [pitm(1), box('iprp', [...PROPERTIES, ...ipma(PRIMARY_FIRST)])];

  it('reads a box with a 64-bit size', () => {
    const large =
      (high: number, extra = 0) =>
      (payload: number[]) => [
        ...u32be(1),
        ...ascii('meta'),
        ...u32be(high),
        ...u32be(16 + payload.length + extra),
        ...payload,
      ];
    expect(readImageSize(heifOf(children, { meta: large(0) }))).toEqual(PRIMARY);
    // 2^32 bytes and more: beyond this input.
    expect(readImageSize(heifOf(children, { meta: large(1) }))).toEqual(TRUNCATED('HEIF'));
    expect(readImageSize(heifOf(children, { meta: large(0x1fffff) }))).toEqual(TRUNCATED('HEIF'));
    // Beyond 2^53: no JavaScript number holds it exactly.
    expect(readImageSize(heifOf(children, { meta: large(0x200000) }))).toEqual(CORRUPT('HEIF'));
  });

  it('reads a box of size 0 as running to the end of the file', () => {
    const toTheEnd = (payload: number[]) => [...u32be(0), ...ascii('meta'), ...payload];
    expect(readImageSize(heifOf(children, { meta: toTheEnd, after: null }))).toEqual(PRIMARY);
  });

  it('accepts an empty box (size 8), refuses a size under the header', () => {
    expect(readImageSize(heifOf(children, { before: box('free', []) }))).toEqual(PRIMARY);
    expect(readImageSize(heifOf(children, { before: [...u32be(4), ...ascii('free')] }))).toEqual(
      CORRUPT('HEIF'),
    );
  });

  it('reads an empty meta box at the very end', () => {
    expect(readImageSize(bytesOf(ftyp('heic'), box('meta', [])))).toEqual(CORRUPT('HEIF'));
  });

  it('a box larger than the file is truncated, a box larger than its parent is corrupt', () => {
    const bytes = heifOf(children);
    const metaAt = ftyp('heic').length;
    expect(readImageSize(patched(bytes, metaAt, u32be(0x7fffffff)))).toEqual(TRUNCATED('HEIF'));
    const overflowing = heifOf([
      pitm(1),
      box('iprp', [...box('ipco', [...ispe(800, 600).slice(0, 3), 0xff, ...ispe(800, 600).slice(4)])]),
    ]);
    expect(readImageSize(overflowing)).toEqual(CORRUPT('HEIF'));
  });

  it('reports a HEIF with no meta box as truncated', () => {
    expect(readImageSize(bytesOf(ftyp('heic')))).toEqual(TRUNCATED('HEIF'));
  });
});

describe('readImageSize: the ftyp brands', () => {
  const children = [pitm(1), box('iprp', [...PROPERTIES, ...ipma(PRIMARY_FIRST)])];

  it('needs the ftyp box type', () => {
    expect(readImageSize(patched(heifOf(children), 4, ascii('ftyq')))).toEqual(UNKNOWN);
  });

  it('needs an ftyp of 16 bytes at least (major brand and minor version)', () => {
    expect(readImageSize(heifOf(children, { ftyp: ftyp('heic', []) }))).toEqual(PRIMARY);
    expect(readImageSize(bytesOf(u32be(8), ascii('ftyp'), ascii('heic'), u32be(0)))).toEqual(UNKNOWN);
    expect(readImageSize(bytesOf(u32be(15), ascii('ftyp'), ascii('heic'), u32be(0)))).toEqual(UNKNOWN);
  });

  it('needs the ftyp within the input and at most 4 kB', () => {
    const brands = (count: number) => ftyp('heic', new Array(count).fill('mif1'));
    expect(readImageSize(heifOf(children, { ftyp: brands((4096 - 16) / 4) }))).toEqual(PRIMARY);
    expect(readImageSize(heifOf(children, { ftyp: brands((4096 - 16) / 4 + 1) }))).toEqual(UNKNOWN);
    // An ftyp that is the whole input: a HEIF without its meta box.
    expect(readImageSize(bytesOf(ftyp('heic')))).toEqual(TRUNCATED('HEIF'));
    expect(readImageSize(bytesOf(ftyp('heic', [])))).toEqual(TRUNCATED('HEIF'));
    expect(readImageSize(bytesOf(ftyp('heic', [])).subarray(0, 15))).toEqual(UNKNOWN);
    expect(readImageSize(patched(bytesOf(ftyp('heic')), 0, u32be(25)))).toEqual(UNKNOWN);
  });

  it('reads the brands inside the ftyp box only, not the box after it', () => {
    // An MP4 (isom, mp41) followed by a box whose type happens to be a HEIF brand.
    expect(readImageSize(bytesOf(ftyp('isom', ['mp41']), box('mif1', [])))).toEqual(UNKNOWN);
    expect(readImageSize(bytesOf(ftyp('isom', ['mp41']), box('avif', [])))).toEqual(UNKNOWN);
  });

  it('reads every compatible brand, the last one too', () => {
    expect(readImageSize(heifOf(children, { ftyp: ftyp('isom', ['isom', 'heic']) }))).toEqual(PRIMARY);
    expect(readImageSize(heifOf(children, { ftyp: ftyp('isom', ['isom', 'mif1', 'avif']) }))).toEqual(
      OK(600, 800, 'avif'),
    );
    expect(readImageSize(heifOf(children, { ftyp: ftyp('isom', ['isom', 'mp41']) }))).toEqual(UNKNOWN);
  });
});

describe('meetsMinimumResolution: 图片分辨率建议800×600以上', () => {
  it('refuses sides that are not finite numbers', () => {
    expect(meetsMinimumResolution({ width: Number.POSITIVE_INFINITY, height: 900 })).toBe(false);
    expect(meetsMinimumResolution({ width: 900, height: Number.POSITIVE_INFINITY })).toBe(false);
    expect(meetsMinimumResolution({ width: 900, height: 900 })).toBe(true);
  });
});
