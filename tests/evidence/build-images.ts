// Minimal picture headers built in memory, byte by byte from the format specifications, so the
// browser-safe tests need no file system. Each builder writes only what a size reader needs.

const u16be = (n: number) => [(n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function png(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...u32be(13),
    ...ascii('IHDR'),
    ...u32be(width),
    ...u32be(height),
    8,
    2,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
}

export function gif(width: number, height: number): Uint8Array {
  return Uint8Array.from([...ascii('GIF89a'), ...u16le(width), ...u16le(height), 0, 0, 0]);
}

export function bmp(width: number, height: number, core = false): Uint8Array {
  const header = core
    ? [...u32le(12), ...u16le(width), ...u16le(height), 1, 0, 24, 0]
    : [...u32le(40), ...u32le(width), ...u32le(height), 1, 0, 24, 0, ...new Array(24).fill(0)];
  return Uint8Array.from([
    ...ascii('BM'),
    ...u32le(14 + header.length),
    0,
    0,
    0,
    0,
    ...u32le(14 + header.length),
    ...header,
  ]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  return Uint8Array.from([
    ...ascii('RIFF'),
    ...u32le(4 + 8 + payload.length),
    ...ascii('WEBP'),
    ...ascii(chunk),
    ...u32le(payload.length),
    ...payload,
  ]);
}

export function webpLossy(width: number, height: number): Uint8Array {
  return riff('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...u16le(width), ...u16le(height), 0, 0]);
}

export function webpLossless(width: number, height: number): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  return riff('VP8L', [0x2f, ...u32le(bits >>> 0), 0, 0]);
}

export function webpExtended(width: number, height: number): Uint8Array {
  const w = width - 1;
  const h = height - 1;
  return riff('VP8X', [
    0x10,
    0,
    0,
    0,
    w & 255,
    (w >> 8) & 255,
    (w >> 16) & 255,
    h & 255,
    (h >> 8) & 255,
    (h >> 16) & 255,
  ]);
}

/** A JPEG with an optional APP1 Exif orientation (big- or little-endian), then SOF0 (or another SOF). */
export function jpeg(
  width: number,
  height: number,
  options: { orientation?: number; littleEndian?: boolean; sof?: number; fill?: boolean } = {},
): Uint8Array {
  const bytes = [0xff, 0xd8];
  // APP0 JFIF
  bytes.push(0xff, 0xe0, ...u16be(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
  if (options.orientation !== undefined) {
    const le = options.littleEndian ?? false;
    const w16 = le ? u16le : u16be;
    const w32 = le ? u32le : u32be;
    const tiff = [
      ...ascii(le ? 'II' : 'MM'),
      ...w16(42),
      ...w32(8),
      ...w16(1),
      ...w16(0x0112),
      ...w16(3),
      ...w32(1),
      ...w16(options.orientation),
      0,
      0,
      ...w32(0),
    ];
    const app1 = [...ascii('Exif'), 0, 0, ...tiff];
    bytes.push(0xff, 0xe1, ...u16be(app1.length + 2), ...app1);
  }
  // A DHT segment (C4) that must not be taken for a frame header.
  bytes.push(0xff, 0xc4, ...u16be(5), 0, 0, 0);
  if (options.fill) bytes.push(0xff, 0xff);
  bytes.push(
    0xff,
    options.sof ?? 0xc0,
    ...u16be(17),
    8,
    ...u16be(height),
    ...u16be(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  );
  bytes.push(0xff, 0xda, ...u16be(12), 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0, 0xff, 0xd9);
  return Uint8Array.from(bytes);
}

const box = (type: string, payload: number[]) => [...u32be(8 + payload.length), ...ascii(type), ...payload];
const fullBox = (type: string, version: number, flags: number, payload: number[]) =>
  box(type, [version, (flags >> 16) & 255, (flags >> 8) & 255, flags & 255, ...payload]);

/**
 * A HEIF file: ftyp, then meta with pitm, and iprp (ipco: the ispe of each item, an irot, an
 * imir) with ipma associating them. Item 1 is a small thumbnail, item 2 the primary picture.
 */
export function heif(
  width: number,
  height: number,
  options: { brand?: 'heic' | 'avif'; rotation?: 0 | 1 | 2 | 3; withPitm?: boolean } = {},
): Uint8Array {
  const brand = options.brand ?? 'heic';
  const ftyp = box('ftyp', [...ascii(brand), 0, 0, 0, 0, ...ascii('mif1'), ...ascii(brand)]);
  const ipco = box('ipco', [
    ...fullBox('ispe', 0, 0, [...u32be(160), ...u32be(120)]), // 1: thumbnail size
    ...fullBox('ispe', 0, 0, [...u32be(width), ...u32be(height)]), // 2: primary size
    ...box('irot', [options.rotation ?? 0]), // 3
    ...box('imir', [0]), // 4: a mirror does not change the size
  ]);
  const ipma = fullBox('ipma', 0, 0, [...u32be(2), ...u16be(1), 1, 0x81, ...u16be(2), 3, 0x82, 0x83, 0x04]);
  const meta = fullBox('meta', 0, 0, [
    ...fullBox('hdlr', 0, 0, [0, 0, 0, 0, ...ascii('pict'), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ...(options.withPitm === false ? [] : fullBox('pitm', 0, 0, u16be(2))),
    ...box('iprp', [...ipco, ...ipma]),
  ]);
  return Uint8Array.from([...ftyp, ...meta, ...box('mdat', [0, 0, 0, 0])]);
}

/** Every builder with a size, for tables and fuzzing. */
export const SAMPLES: readonly {
  name: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  format: string;
}[] = [
  { name: 'png', bytes: png(1024, 768), width: 1024, height: 768, format: 'png' },
  { name: 'gif', bytes: gif(640, 480), width: 640, height: 480, format: 'gif' },
  { name: 'bmp', bytes: bmp(800, 600), width: 800, height: 600, format: 'bmp' },
  { name: 'bmp top-down', bytes: bmp(800, -600), width: 800, height: 600, format: 'bmp' },
  { name: 'bmp core', bytes: bmp(300, 200, true), width: 300, height: 200, format: 'bmp' },
  { name: 'webp lossy', bytes: webpLossy(1920, 1080), width: 1920, height: 1080, format: 'webp' },
  { name: 'webp lossless', bytes: webpLossless(16383, 2), width: 16383, height: 2, format: 'webp' },
  { name: 'webp extended', bytes: webpExtended(5000, 4000), width: 5000, height: 4000, format: 'webp' },
  { name: 'jpeg', bytes: jpeg(1200, 900), width: 1200, height: 900, format: 'jpeg' },
  {
    name: 'jpeg exif 6 BE',
    bytes: jpeg(1200, 900, { orientation: 6 }),
    width: 900,
    height: 1200,
    format: 'jpeg',
  },
  {
    name: 'jpeg exif 8 LE',
    bytes: jpeg(1200, 900, { orientation: 8, littleEndian: true }),
    width: 900,
    height: 1200,
    format: 'jpeg',
  },
  {
    name: 'jpeg exif 3',
    bytes: jpeg(1200, 900, { orientation: 3 }),
    width: 1200,
    height: 900,
    format: 'jpeg',
  },
  {
    name: 'jpeg progressive',
    bytes: jpeg(640, 480, { sof: 0xc2, fill: true }),
    width: 640,
    height: 480,
    format: 'jpeg',
  },
  { name: 'heic', bytes: heif(4032, 3024), width: 4032, height: 3024, format: 'heic' },
  {
    name: 'heic irot 90',
    bytes: heif(4032, 3024, { rotation: 1 }),
    width: 3024,
    height: 4032,
    format: 'heic',
  },
  {
    name: 'heic irot 180',
    bytes: heif(4032, 3024, { rotation: 2 }),
    width: 4032,
    height: 3024,
    format: 'heic',
  },
  {
    name: 'avif irot 270',
    bytes: heif(1200, 900, { brand: 'avif', rotation: 3 }),
    width: 900,
    height: 1200,
    format: 'avif',
  },
];
