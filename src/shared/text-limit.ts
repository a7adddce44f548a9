// Internal (not exported by any entry point): how much of a customer's message the text checks
// read, so that a 10 MB paste costs what 8 kB does.

/**
 * The UTF-16 units of a customer's message that a scan for a phrase reads from each end (4,096:
 * about eight screens of chat). A request for a person, a threat to escalate, an order number sits
 * in what a person types, not in the middle of a pasted log.
 */
export const CUSTOMER_TEXT_SCAN_LENGTH = 4096;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * The first `length` units of `text`, one fewer when the cut would split a surrogate pair.
 *
 * @param text - any string
 * @param length - the most units kept
 * @returns `text` itself when it is short enough
 */
export function headOf(text: string, length: number = CUSTOMER_TEXT_SCAN_LENGTH): string {
  if (text.length <= length) return text;
  return text.slice(0, isHighSurrogate(text.charCodeAt(length - 1)) ? length - 1 : length);
}

/**
 * The last `length` units of `text`, one fewer when the cut would split a surrogate pair.
 *
 * @param text - any string
 * @param length - the most units kept
 * @returns `text` itself when it is short enough
 */
export function tailOf(text: string, length: number = CUSTOMER_TEXT_SCAN_LENGTH): string {
  if (text.length <= length) return text;
  const start = text.length - length;
  return text.slice(isHighSurrogate(text.charCodeAt(start - 1)) ? start + 1 : start);
}
