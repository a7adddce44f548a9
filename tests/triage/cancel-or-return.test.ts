import { describe, expect, it } from 'vitest';
import { cancelOrReturn } from '../../src/triage/cancel-or-return.js';

describe('cancelOrReturn — Q5: “在发货前可直接取消订单,已发货则需按退货流程处理”', () => {
  it('before shipment: cancel the order directly', () => {
    const d = cancelOrReturn({ shipped: false });
    expect(d.action).toBe('cancel-order');
    expect(d.steps[0]?.['zh-CN']).toBe('在发货前可直接取消订单');
  });

  it('after shipment: the return process', () => {
    const d = cancelOrReturn({ shipped: true });
    expect(d.action).toBe('return-process');
    expect(d.steps[0]?.['zh-CN']).toBe('已发货则需按退货流程处理');
    expect(d.steps.length).toBeGreaterThan(1);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a boolean instead of the object', true],
    ['an object without shipped', {}],
    ['shipped as a string', { shipped: 'yes' }],
    ['shipped as a number', { shipped: 1 }],
  ])('throws invalid_argument at shipped, saying what it expects, for %s', (_label, input) => {
    expect(() => cancelOrReturn(input as unknown as { shipped: boolean })).toThrowError(
      expect.objectContaining({
        name: 'TiantianError',
        code: 'invalid_argument',
        message: 'cancelOrReturn expects { shipped: boolean }',
        path: ['shipped'],
      }),
    );
  });
});
