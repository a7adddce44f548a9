// Hashes as text: lowercase hexadecimal in a case log, base64 in a checkpoint (C2SP tlog-checkpoint).

/**
 * The lowercase hexadecimal form of some bytes.
 *
 * @param bytes - the bytes
 * @returns two hexadecimal digits per byte
 * @example
 * toHex(new Uint8Array([0, 255])); //=> '00ff'
 */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/**
 * The bytes of a hexadecimal string (lowercase or uppercase), or undefined when it is not one.
 *
 * @param text - an even number of hexadecimal digits
 * @returns the bytes, or undefined
 * @example
 * fromHex('00ff'); //=> Uint8Array [0, 255]
 * fromHex('0g'); //=> undefined
 */
export function fromHex(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/**
 * The standard base64 form (with padding) of some bytes.
 *
 * @param bytes - the bytes
 * @returns base64 text
 * @example
 * toBase64(new Uint8Array([0, 255])); //=> 'AP8='
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Internal (also read by cases/schemas.ts): padded base64 of the standard alphabet.
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The bytes of standard base64 text (with padding), or undefined when it is not canonical base64.
 *
 * @param text - base64 text
 * @returns the bytes, or undefined
 * @example
 * fromBase64('AP8='); //=> Uint8Array [0, 255]
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  // Refuse non-canonical padding bits, so that one hash has one text.
  return toBase64(bytes) === text ? bytes : undefined;
}
