import { describe, expect, it } from 'vitest';
import { diagnoseCoupon } from '../../src/triage/coupon.js';

describe('diagnoseCoupon — Q3: “检查券有效期及使用门槛,若仍无效可申请人工核销”', () => {
  const now = new Date('2026-11-20T12:00:00+08:00');
  const coupon = {
    validFrom: new Date('2026-11-01T00:00:00+08:00'),
    validUntil: new Date('2026-11-30T23:59:59+08:00'),
    threshold: 200,
  };

  it('checks the validity window first', () => {
    expect(
      diagnoseCoupon({ coupon, order: { subtotal: 10 }, now: new Date('2026-10-31T23:59:59+08:00') }),
    ).toMatchObject({ outcome: 'not-yet-valid', failedCheck: 'validity' });
    expect(
      diagnoseCoupon({ coupon, order: { subtotal: 10 }, now: new Date('2026-12-01T00:00:00+08:00') }),
    ).toMatchObject({ outcome: 'expired', failedCheck: 'validity' });
    // Both ends are inclusive.
    expect(diagnoseCoupon({ coupon, order: { subtotal: 500 }, now: coupon.validUntil }).outcome).toBe(
      'manual-write-off',
    );
    expect(diagnoseCoupon({ coupon, order: { subtotal: 500 }, now: coupon.validFrom }).outcome).toBe(
      'manual-write-off',
    );
  });

  it('then the spending threshold, saying how much more to spend, in fen', () => {
    const d = diagnoseCoupon({ coupon, order: { subtotal: 180.5 }, now });
    expect(d).toMatchObject({ outcome: 'threshold-not-met', failedCheck: 'threshold', shortfallFen: 1950 });
    expect(d.message['zh-CN']).toBe('未达到使用门槛,还差 19.50 元');
  });

  it('compares in whole fen: 0.1 + 0.2 reaches a 0.3 threshold', () => {
    const d = diagnoseCoupon({ coupon: { ...coupon, threshold: 0.3 }, order: { subtotal: 0.1 + 0.2 }, now });
    expect(d.outcome).toBe('manual-write-off');
    const justShort = diagnoseCoupon({
      coupon: { ...coupon, threshold: 100 },
      order: { subtotal: 99.99 },
      now,
    });
    expect(justShort.shortfallFen).toBe(1);
  });

  it('then stacking: a non-stackable coupon fails beside another coupon', () => {
    const base = { coupon: { ...coupon, stackable: false }, now };
    expect(diagnoseCoupon({ ...base, order: { subtotal: 300, otherCoupons: 1 } }).outcome).toBe(
      'not-stackable',
    );
    expect(diagnoseCoupon({ ...base, order: { subtotal: 300 } }).outcome).toBe('manual-write-off');
    expect(diagnoseCoupon({ coupon, order: { subtotal: 300, otherCoupons: 2 }, now }).outcome).toBe(
      'manual-write-off',
    );
  });

  it('when every check passes: apply for a manual write-off (申请人工核销)', () => {
    const d = diagnoseCoupon({ coupon, order: { subtotal: 200 }, now });
    expect(d).toMatchObject({ outcome: 'manual-write-off', failedCheck: null, shortfallFen: 0 });
    expect(d.message['zh-CN']).toContain('若仍无效可申请人工核销');
  });

  it('rejects invalid amounts and dates', () => {
    const bad = (input: unknown) => () => diagnoseCoupon(input as Parameters<typeof diagnoseCoupon>[0]);
    expect(bad({ coupon: { ...coupon, threshold: -1 }, order: { subtotal: 1 }, now })).toThrowError(
      /coupon.threshold/,
    );
    expect(bad({ coupon, order: { subtotal: Number.NaN }, now })).toThrowError(/order.subtotal/);
    expect(bad({ coupon, order: { subtotal: 1.001 }, now })).toThrowError(/2 decimals/);
    expect(bad({ coupon, order: { subtotal: 1, otherCoupons: 0.5 }, now })).toThrowError(/otherCoupons/);
    expect(bad({ coupon, order: { subtotal: 1 }, now: new Date('x') })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(
      bad({
        coupon: { ...coupon, validFrom: new Date('2026-12-31T00:00:00Z') },
        order: { subtotal: 1 },
        now,
      }),
    ).toThrowError(/validFrom/);
    expect(bad({ coupon, now })).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('diagnoseCoupon: the whole answer of each outcome', () => {
  const now = new Date('2026-11-20T12:00:00+08:00');
  const coupon = {
    validFrom: new Date('2026-11-01T00:00:00+08:00'),
    validUntil: new Date('2026-11-30T23:59:59+08:00'),
    threshold: 200,
  };

  it.each([
    {
      what: 'before validFrom',
      input: { coupon, order: { subtotal: 500 }, now: new Date('2026-10-31T23:59:59.999+08:00') },
      expected: {
        outcome: 'not-yet-valid',
        failedCheck: 'validity',
        shortfallFen: 0,
        message: {
          'zh-CN': '优惠券尚未到使用时间,请在有效期内使用',
          en: 'The coupon is not valid yet: use it within its validity period',
          es: 'El cupón aún no es válido: úsalo dentro de su periodo de validez',
        },
      },
    },
    {
      what: 'after validUntil',
      input: { coupon, order: { subtotal: 500 }, now: new Date('2026-12-01T00:00:00+08:00') },
      expected: {
        outcome: 'expired',
        failedCheck: 'validity',
        shortfallFen: 0,
        message: {
          'zh-CN': '优惠券已过有效期,无法使用',
          en: 'The coupon has expired and cannot be used',
          es: 'El cupón ha caducado y no se puede usar',
        },
      },
    },
    {
      what: 'one fen short of the threshold',
      input: { coupon, order: { subtotal: 199.99 }, now },
      expected: {
        outcome: 'threshold-not-met',
        failedCheck: 'threshold',
        shortfallFen: 1,
        message: {
          'zh-CN': '未达到使用门槛,还差 0.01 元',
          en: 'The minimum spend is not met: ¥0.01 more to go',
          es: 'No se alcanza el gasto mínimo: faltan 0.01 yuanes',
        },
      },
    },
    {
      what: 'a coupon that does not stack, beside another',
      input: { coupon: { ...coupon, stackable: false }, order: { subtotal: 200, otherCoupons: 1 }, now },
      expected: {
        outcome: 'not-stackable',
        failedCheck: 'stacking',
        shortfallFen: 0,
        message: {
          'zh-CN': '该券不可与其他优惠券叠加使用',
          en: 'This coupon cannot be combined with other coupons',
          es: 'Este cupón no se puede combinar con otros cupones',
        },
      },
    },
    {
      what: 'every check passing',
      input: { coupon: { ...coupon, stackable: false }, order: { subtotal: 200, otherCoupons: 0 }, now },
      expected: {
        outcome: 'manual-write-off',
        failedCheck: null,
        shortfallFen: 0,
        message: {
          'zh-CN': '有效期与使用门槛均符合,若仍无效可申请人工核销',
          en: 'The dates and minimum spend are met: if it still does not work, ask for a manual write-off',
          es: 'Fechas y gasto mínimo correctos: si sigue sin funcionar, solicita la aplicación manual',
        },
      },
    },
  ])('$what', ({ input, expected }) => {
    expect(diagnoseCoupon(input)).toEqual(expected);
  });

  it.each([
    { what: 'a threshold of 0 (none)', coupon: { ...coupon, threshold: 0 }, subtotal: 0 },
    {
      what: 'no validFrom: usable long before validUntil',
      coupon: { validUntil: coupon.validUntil, threshold: 0 },
      subtotal: 1,
    },
    {
      what: 'a window of one instant',
      coupon: { validFrom: now, validUntil: now, threshold: 0 },
      subtotal: 1,
    },
  ])('accepts $what', ({ coupon: rules, subtotal }) => {
    expect(diagnoseCoupon({ coupon: rules, order: { subtotal }, now }).outcome).toBe('manual-write-off');
  });
});

describe('diagnoseCoupon: bad input is an error that says what and where', () => {
  const now = new Date('2026-11-20T12:00:00+08:00');
  const coupon = { validUntil: new Date('2026-11-30T23:59:59+08:00'), threshold: 200 };
  const order = { subtotal: 100 };

  it.each([
    {
      what: 'no input',
      input: undefined,
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }',
      path: [],
    },
    {
      what: 'null',
      input: null,
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }',
      path: [],
    },
    {
      what: 'a string',
      input: 'coupon',
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }',
      path: [],
    },
    {
      what: 'no coupon',
      input: { order, now },
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }',
      path: [],
    },
    {
      what: 'a null coupon',
      input: { coupon: null, order, now },
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }',
      path: [],
    },
    {
      what: 'no order',
      input: { coupon, now },
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }: order is missing',
      path: ['order'],
    },
    {
      what: 'a null order',
      input: { coupon, order: null, now },
      code: 'invalid_argument',
      message: 'diagnoseCoupon expects { coupon, order, now }: order is missing',
      path: ['order'],
    },
    {
      what: 'an Invalid Date now',
      input: { coupon, order, now: new Date('x') },
      code: 'invalid_date',
      message: 'now must be a valid Date, got Invalid Date',
      path: ['now'],
    },
    {
      what: 'no validUntil',
      input: { coupon: { threshold: 1 }, order, now },
      code: 'invalid_date',
      message: 'coupon.validUntil must be a valid Date, got undefined',
      path: ['coupon', 'validUntil'],
    },
    {
      what: 'a validFrom as text',
      input: { coupon: { ...coupon, validFrom: '2026-11-01' }, order, now },
      code: 'invalid_date',
      message: 'coupon.validFrom must be a valid Date, got "2026-11-01"',
      path: ['coupon', 'validFrom'],
    },
    {
      what: 'a window that ends before it starts',
      input: { coupon: { ...coupon, validFrom: new Date('2026-12-01T00:00:00+08:00') }, order, now },
      code: 'invalid_argument',
      message: 'coupon.validFrom is after coupon.validUntil',
      path: ['coupon', 'validFrom'],
    },
    {
      what: 'a negative threshold',
      input: { coupon: { ...coupon, threshold: -0.01 }, order, now },
      code: 'invalid_argument',
      message: 'coupon.threshold must be an amount in yuan, a finite number 0 or more, got number -0.01',
      path: ['coupon', 'threshold'],
    },
    {
      what: 'a threshold as text',
      input: { coupon: { ...coupon, threshold: '200' }, order, now },
      code: 'invalid_argument',
      message: 'coupon.threshold must be an amount in yuan, a finite number 0 or more, got "200"',
      path: ['coupon', 'threshold'],
    },
    {
      what: 'an infinite subtotal',
      input: { coupon, order: { subtotal: Number.POSITIVE_INFINITY }, now },
      code: 'invalid_argument',
      message: 'order.subtotal must be an amount in yuan, a finite number 0 or more, got number Infinity',
      path: ['order', 'subtotal'],
    },
    {
      what: 'a third decimal',
      input: { coupon, order: { subtotal: 1.001 }, now },
      code: 'invalid_argument',
      message: 'order.subtotal has more than 2 decimals (fen): 1.001',
      path: ['order', 'subtotal'],
    },
    {
      what: 'a third decimal on a million yuan, not rounded away',
      input: { coupon, order: { subtotal: 1_000_000.001 }, now },
      code: 'invalid_argument',
      message: 'order.subtotal has more than 2 decimals (fen): 1000000.001',
      path: ['order', 'subtotal'],
    },
    {
      what: 'more fen than a safe integer',
      input: { coupon: { ...coupon, threshold: 1e14 }, order, now },
      code: 'invalid_argument',
      message: 'coupon.threshold is more fen than a safe integer holds: 100000000000000',
      path: ['coupon', 'threshold'],
    },
    {
      what: 'a fractional count of other coupons',
      input: { coupon, order: { subtotal: 1, otherCoupons: 0.5 }, now },
      code: 'invalid_argument',
      message: 'order.otherCoupons must be a whole number 0 or more, got number 0.5',
      path: ['order', 'otherCoupons'],
    },
    {
      what: 'a negative count of other coupons',
      input: { coupon, order: { subtotal: 1, otherCoupons: -1 }, now },
      code: 'invalid_argument',
      message: 'order.otherCoupons must be a whole number 0 or more, got number -1',
      path: ['order', 'otherCoupons'],
    },
  ])('$what', ({ input, code, message, path }) => {
    expect(() => diagnoseCoupon(input as unknown as Parameters<typeof diagnoseCoupon>[0])).toThrowError(
      expect.objectContaining({ name: 'TiantianError', code, message, path }),
    );
  });
});
