import { describe, expect, it } from 'vitest';
import {
  CompensationRequestSchema,
  ImportTaxRequestSchema,
  OfferSchema,
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
