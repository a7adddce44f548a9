/**
 * How many digits an order number (订单号) has: 6 to 32. Taobao's are 19 today; the range leaves room
 * for other platforms' numbers and refuses a phone number's 5-digit service codes.
 *
 * @example
 * ORDER_ID_LENGTH; //=> { min: 6, max: 32 }
 */
export const ORDER_ID_LENGTH: { readonly min: 6; readonly max: 32 } = Object.freeze({ min: 6, max: 32 });

/**
 * The order-number rule every area uses: 6 to 32 ASCII digits, nothing else (an order number is a
 * string, never a JavaScript number: Taobao's 19-digit numbers exceed 2^53).
 *
 * @example
 * ORDER_ID_PATTERN.test('1550672064762308113'); //=> true
 * ORDER_ID_PATTERN.test('１５５０６７２'); //=> false (full-width digits)
 */
export const ORDER_ID_PATTERN = /^[0-9]{6,32}$/;

/**
 * Whether a value is an order number by {@link ORDER_ID_PATTERN}.
 *
 * @param value - anything
 * @returns true for a string of 6 to 32 ASCII digits
 * @example
 * isOrderId('1550672064762308113'); //=> true
 * isOrderId(1550672064762308113); //=> false
 */
export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID_PATTERN.test(value);
}
