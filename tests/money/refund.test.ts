import { describe, expect, it } from 'vitest';
import { priceOrder, refundAmount } from '../../src/money/index.js';

const at = new Date('2026-11-11T00:00:00+08:00');
const order = { lines: [{ sku: 'A', shopId: 's', unitPrice: 1000, quantity: 3 }] };
const priced = priceOrder(
  order,
  [{ id: 'x', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 1000 }],
  { at },
);

describe('refundAmount (部分退款 after a split, sonata #177, PrestaShop #28284)', () => {
  it('refunds units in turn: 6.67 + 6.67 + 6.66 = 20.00 paid', () => {
    expect(priced.payable).toBe(2000);
    expect(
      [0, 1, 2].map(
        (before) => refundAmount(order, priced, [{ line: 0, quantity: 1, alreadyReturned: before }]).total,
      ),
    ).toEqual([667, 667, 666]);
    expect(refundAmount(order, priced, [{ line: 0, quantity: 3 }])).toEqual({
      total: 2000,
      lines: [{ line: 0, quantity: 3, amount: 2000 }],
    });
  });

  it.each<[unknown, (string | number)[]]>([
    [{ line: 1, quantity: 1 }, ['returns', 0, 'line']],
    [{ line: 0, quantity: 4 }, ['returns', 0, 'quantity']],
    [{ line: 0, quantity: 2, alreadyReturned: 2 }, ['returns', 0, 'quantity']],
    [{ line: 0, quantity: 0 }, ['returns', 0, 'quantity']],
  ])('refuses %o', (item, path) => {
    expect(() => refundAmount(order, priced, [item as never])).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });
});
