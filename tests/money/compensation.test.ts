import { describe, expect, it } from 'vitest';
import {
  COMPENSATION_RULES,
  compensationScriptVariables,
  proposeCompensation,
  safeProposeCompensation,
} from '../../src/money/index.js';
import { renderScript } from '../../src/scripts/index.js';

describe('proposeCompensation', () => {
  it.each([
    // 三.4 方案确认: “我们计划为您补偿双倍运费,您看是否合适?”
    [{ basis: 'double-shipping', shipping: 1200 } as const, 2400],
    // 消费者权益保护法 第五十五条: “价款…的三倍；增加赔偿的金额不足五百元的，为五百元”
    [{ basis: 'fraud', price: 9900 } as const, 50000],
    [{ basis: 'fraud', price: 16667 } as const, 50001],
    // 食品安全法 第一百四十八条: “价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元”
    [{ basis: 'food-safety', price: 5000 } as const, 100000],
    [{ basis: 'food-safety', price: 20000, loss: 50000 } as const, 200000],
    [{ basis: 'food-safety', price: 5000, loss: 50000 } as const, 150000],
  ])('%o → %d fen', (request, amount) => {
    const proposal = proposeCompensation(request);
    expect({ amount: proposal.amount, basis: proposal.basis, source: proposal.source }).toEqual({
      amount,
      basis: request.basis,
      source: COMPENSATION_RULES[request.basis].source,
    });
  });

  it('quotes the laws', () => {
    expect(COMPENSATION_RULES.fraud.source.words).toContain('增加赔偿的金额不足五百元的，为五百元');
    expect(COMPENSATION_RULES['food-safety'].source.words).toContain('价款十倍或者损失三倍的赔偿金');
  });

  it('gives the reply script propose-compensation its amount', () => {
    const vars = compensationScriptVariables(
      proposeCompensation({ basis: 'double-shipping', shipping: 1250 }),
    );
    expect(vars).toEqual({ amount: 25 });
    expect(renderScript('propose-compensation', vars)).toBe(
      '我们计划为您补偿双倍运费（25元），您看是否合适？',
    );
    expect(
      renderScript('propose-compensation', compensationScriptVariables({ amount: 2450 }), { locale: 'en' }),
    ).toContain('¥24.50');
  });

  it.each<[unknown, (string | number)[]]>([
    [{ basis: 'fraud', price: -1 }, ['price']],
    [{ basis: 'fraud', price: 1.5 }, ['price']],
    [{ basis: 'fraud', price: '100' }, ['price']],
    [{ basis: 'lottery', price: 1 }, ['basis']],
  ])('refuses %o', (request, path) => {
    const r = safeProposeCompensation(request);
    expect(r.success ? [] : r.error.issues[0]?.path).toEqual(path);
    expect(() => proposeCompensation(request as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });

  it('refuses an amount beyond a safe integer', () => {
    expect(() => proposeCompensation({ basis: 'food-safety', price: Number.MAX_SAFE_INTEGER })).toThrowError(
      expect.objectContaining({ code: 'out_of_range', path: ['price'] }),
    );
    expect(safeProposeCompensation({ basis: 'food-safety', price: Number.MAX_SAFE_INTEGER }).success).toBe(
      false,
    );
    expect(() => compensationScriptVariables({ amount: -1 })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
