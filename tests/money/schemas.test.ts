import { describe, expect, it } from 'vitest';
import {
  BestCombinationOptionsJsonSchema,
  DiagnoseCouponOptionsJsonSchema,
  diagnoseCoupon,
  BestCombinationOptionsSchema,
  CompensationRequestSchema,
  ImportTaxRequestJsonSchema,
  ImportTaxRequestSchema,
  OfferJsonSchema,
  OffersJsonSchema,
  OffersSchema,
  OfferSchema,
  PriceOptionsJsonSchema,
  PriceOptionsSchema,
  OfferScopeSchema,
  OrderSchema,
  TierSchema,
} from '../../src/money/index.js';

describe('money schemas', () => {
  it.each([
    [OrderSchema, { lines: [{ sku: 'A', shopId: 's', unitPrice: 1, quantity: 1 }] }, true],
    [OrderSchema, { lines: [{ sku: 'A', shopId: 's', unitPrice: 1.5, quantity: 1 }] }, false],
    [OfferScopeSchema, { level: 'item', skus: [] }, false],
    [OfferSchema, { id: 'c', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 1 }, true],
    [OfferSchema, { id: 'c', kind: 'coupon', threshold: 0, off: 1 }, false],
    [OfferSchema, { id: 'c', kind: 'discount', scope: { level: 'platform' }, percent: 101 }, false],
    [TierSchema, { threshold: 0, off: 0 }, false],
    [ImportTaxRequestSchema, { regime: 'cbec', lines: [{ value: 42500, vatPercent: 13 }] }, true],
    [ImportTaxRequestSchema, { regime: 'cbec', lines: [{ value: 42500, vatPercent: 130 }] }, false],
    [CompensationRequestSchema, { basis: 'fraud', price: 1 }, true],
    [CompensationRequestSchema, { basis: 'fraud', price: 1, extra: 1 }, false],
  ] as const)('%#: accepts %o → %s', (schema, value, success) => {
    expect(schema.safeParse(value).success).toBe(success);
  });
});

describe('the JSON forms of the money schemas', () => {
  const at = '2026-11-11T00:00:00+08:00';
  const coupon = { id: 'c', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 500 };

  // [JSON form, in-memory form, a JSON request with instants]
  it.each([
    [OfferJsonSchema, OfferSchema, { ...coupon, validFrom: at, validTo: '2026-11-12T00:00:00+08:00' }],
    [OffersJsonSchema, OffersSchema, [{ ...coupon, validTo: at }]],
    [PriceOptionsJsonSchema, PriceOptionsSchema, { at, locale: 'en' }],
    [BestCombinationOptionsJsonSchema, BestCombinationOptionsSchema, { at, limit: 16 }],
    [
      ImportTaxRequestJsonSchema,
      ImportTaxRequestSchema,
      { regime: 'cbec', lines: [{ value: 1, vatPercent: 13 }], at },
    ],
  ] as const)(
    '%#: the JSON form reads ISO instants into the Dates the in-memory form accepts',
    (json, memory, request) => {
      expect(memory.safeParse(request).success).toBe(false);
      const parsed = json.safeParse(request);
      expect(parsed.success).toBe(true);
      expect(memory.safeParse(parsed.data).success).toBe(true);
      expect(JSON.stringify(parsed.data)).toContain('2026-11-10T16:00:00.000Z');
    },
  );

  it('reads the options of diagnoseCoupon, its other offers included, into what it takes', () => {
    const options = DiagnoseCouponOptionsJsonSchema.parse({
      at,
      offers: [{ id: 'm', kind: 'threshold', scope: { level: 'platform' }, threshold: 30000, off: 3000 }],
    });
    const order = { lines: [{ sku: 'A', shopId: 's', unitPrice: 10000, quantity: 1 }] };
    const diagnosis = diagnoseCoupon(order, { ...coupon, threshold: 20000 } as never, options);
    expect(diagnosis.reasons.map((reason) => [reason.code, reason.shortBy])).toEqual([
      ['below-threshold', 10000],
    ]);
  });

  it('refuses an instant without an offset, naming the field', () => {
    const issues = OfferJsonSchema.safeParse({ ...coupon, validTo: '2026-11-12T00:00:00' }).error?.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid_format', path: ['validTo'] })]);
    expect(issues?.[0]?.message).toMatch(/^validTo must be an ISO 8601 date-time with an offset/);
  });
});
