import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER_ID_LENGTH } from '../../src/evidence/file-name.js';
import { ORDER_ID_LENGTH, ORDER_ID_PATTERN, isOrderId } from '../../src/shared/order-id.js';
import { OrderIdSchema } from '../../src/shared/schemas.js';

// One rule, every use: the schema, the evidence default and the predicate must agree on each value.
describe('the order-number rule (订单号)', () => {
  it.each([
    ['1550672064762308113', true],
    ['123456', true],
    ['1'.repeat(32), true],
    ['12345', false],
    ['1'.repeat(33), false],
    ['１５５０６７２０６４', false],
    ['٣٤٥٦٧٨٩', false],
    ['155067 2064', false],
    ['1550672064\n', false],
    ['', false],
    [1550672064762308, false],
    [null, false],
  ])('%j → %s, the same in isOrderId, ORDER_ID_PATTERN and OrderIdSchema', (value, expected) => {
    expect({
      isOrderId: isOrderId(value),
      pattern: typeof value === 'string' && ORDER_ID_PATTERN.test(value),
      schema: OrderIdSchema.safeParse(value).success,
    }).toEqual({ isOrderId: expected, pattern: expected, schema: expected });
  });

  it('evidence names default to the same length range', () => {
    expect(DEFAULT_ORDER_ID_LENGTH).toBe(ORDER_ID_LENGTH);
    expect(ORDER_ID_LENGTH).toEqual({ min: 6, max: 32 });
  });
});
