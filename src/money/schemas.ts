import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { dateSchema, isoInstantSchema } from '../shared/date-schema.js';
import { LocaleSchema } from '../shared/schemas.js';
import type { DiagnoseCouponOptions } from './coupon.js';
import { COMPENSATION_BASES, PARCEL_ORIGINS, POSTAL_CATEGORIES } from './data.js';

// Plain schemas (objects, enums, integers, dates) so that JSON Schemas can be generated from them.
// Each is built in a `/* @__PURE__ */` call so that a bundle which does not use it can drop it.

const fen = (what: string) =>
  z
    .int({ error: `${what} must be a whole number of fen (a safe integer), such as 1230 for ¥12.30` })
    .check(z.nonnegative(`${what} cannot be negative`));
const positiveFen = (what: string) =>
  z
    .int({ error: `${what} must be a whole number of fen (a safe integer), such as 1230 for ¥12.30` })
    .check(z.positive(`${what} must be more than 0 fen`));
const text = (what: string) =>
  z.string({ error: `${what} must be a string` }).check(z.minLength(1, `${what} is empty`));
// Each schema with instants comes in two forms: in memory (a `Date`, as the functions take it) and
// as JSON carries it (`<Name>JsonSchema`: an ISO 8601 date-time with an offset, parsed to a `Date`).
type InstantField = (what: string) => z.ZodMiniOptional<z.ZodMiniType<Date, unknown>>;
const instant: InstantField = (what) => z.optional(dateSchema(`${what} must be a valid Date`));
const isoInstant: InstantField = (what) =>
  z.optional(
    isoInstantSchema(
      `${what} must be an ISO 8601 date-time with an offset, such as 2026-11-11T00:00:00+08:00`,
    ),
  );

/**
 * Validates one order line (商品行): `{ sku, shopId, unitPrice, quantity }`, prices in fen.
 *
 * @example
 * OrderLineSchema.safeParse({ sku: 'A', shopId: 's1', unitPrice: 1230, quantity: 2 }).success; //=> true
 */
export const OrderLineSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      sku: text('sku'),
      shopId: text('shopId'),
      unitPrice: fen('unitPrice'),
      quantity: z
        .int({ error: 'quantity must be a whole number' })
        .check(z.positive('quantity must be at least 1')),
    }),
  ))();

/**
 * Validates an order: `{ lines }`.
 *
 * @example
 * OrderSchema.safeParse({ lines: [{ sku: 'A', shopId: 's1', unitPrice: 30000, quantity: 1 }] }).success; //=> true
 */
export const OrderSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({ lines: z.array(OrderLineSchema, { error: 'lines must be an array of order lines' }) }),
  ))();

/**
 * Validates the scope of an offer: some items (`skus`), one shop (店铺), or the platform (跨店).
 *
 * @example
 * OfferScopeSchema.safeParse({ level: 'shop', shopId: 's1' }).success; //=> true
 */
export const OfferScopeSchema = /* @__PURE__ */ (() =>
  explained(
    z.discriminatedUnion(
      'level',
      [
        z.strictObject({
          level: z.literal('item'),
          skus: z.array(text('sku')).check(z.minLength(1, 'An item scope names at least one sku')),
        }),
        z.strictObject({ level: z.literal('shop'), shopId: text('shopId') }),
        z.strictObject({ level: z.literal('platform') }),
      ],
      { error: 'scope must be { level: "item", skus } | { level: "shop", shopId } | { level: "platform" }' },
    ),
  ))();

const base = (instant: InstantField) => ({
  id: text('id'),
  scope: OfferScopeSchema,
  exclusive: z.optional(text('exclusive')),
  optional: z.optional(z.boolean({ error: 'optional must be true or false' })),
  validFrom: instant('validFrom'),
  validTo: instant('validTo'),
});

/**
 * Validates one tier of a 阶梯满减: `{ threshold, off }` in fen.
 *
 * @example
 * TierSchema.safeParse({ threshold: 30000, off: 3000 }).success; //=> true
 */
export const TierSchema = /* @__PURE__ */ (() =>
  explained(z.strictObject({ threshold: fen('threshold'), off: positiveFen('off') })))();

/**
 * Validates an offer (优惠): `{ id, kind, scope, exclusive?, optional?, validFrom?, validTo?, … }` with
 * `kind` `'threshold'` 满减 `{ threshold, off }`, `'every'` 每满减 `{ every, off, cap? }`, `'tiers'`
 * 阶梯满减 `{ tiers }`, `'discount'` 折扣 `{ percent }` (the share paid, 95 = 95折) or `'coupon'` 优惠券
 * `{ threshold, off }` (threshold 0 = 无门槛). Amounts in fen; unknown keys are refused.
 *
 * @example
 * OfferSchema.safeParse({ id: 'm', kind: 'threshold', scope: { level: 'platform' }, threshold: 30000, off: 3000 }).success; //=> true
 */
export const OfferSchema = /* @__PURE__ */ (() => explained(offerSchema(instant)))();

/**
 * Validates an offer as JSON carries it: {@link OfferSchema} with `validFrom` and `validTo` as ISO 8601
 * date-times with an offset, parsed to `Date`s.
 *
 * @example
 * OfferJsonSchema.parse({ id: 'c', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 500, validTo: '2026-11-12T00:00:00+08:00' }).validTo?.toISOString(); //=> '2026-11-11T16:00:00.000Z'
 */
export const OfferJsonSchema = /* @__PURE__ */ (() => explained(offerSchema(isoInstant)))();

function offerSchema(instant: InstantField) {
  return z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        ...base(instant),
        kind: z.literal('threshold'),
        threshold: fen('threshold'),
        off: positiveFen('off'),
      }),
      z.strictObject({
        ...base(instant),
        kind: z.literal('every'),
        every: positiveFen('every'),
        off: positiveFen('off'),
        cap: z.optional(positiveFen('cap')),
      }),
      z.strictObject({
        ...base(instant),
        kind: z.literal('tiers'),
        tiers: z.array(TierSchema).check(z.minLength(1, 'tiers needs at least one tier')),
      }),
      z.strictObject({
        ...base(instant),
        kind: z.literal('discount'),
        percent: z
          .int({ error: 'percent must be a whole number: the share paid, 95 for 95折' })
          .check(z.minimum(0, 'percent is at least 0'), z.maximum(100, 'percent is at most 100')),
      }),
      z.strictObject({
        ...base(instant),
        kind: z.literal('coupon'),
        threshold: fen('threshold'),
        off: positiveFen('off'),
      }),
    ],
    { error: 'kind must be one of threshold, every, tiers, discount, coupon' },
  );
}

/**
 * Validates a list of offers.
 *
 * @example
 * OffersSchema.safeParse([]).success; //=> true
 */
export const OffersSchema = /* @__PURE__ */ (() =>
  explained(z.array(OfferSchema, { error: 'offers must be an array of offers' })))();

/**
 * Validates a list of offers as JSON carries it ({@link OfferJsonSchema} each).
 *
 * @example
 * OffersJsonSchema.safeParse([{ id: 'c', kind: 'coupon', scope: { level: 'platform' }, threshold: 0, off: 500, validTo: '2026-11-12T00:00:00+08:00' }]).success; //=> true
 */
export const OffersJsonSchema = /* @__PURE__ */ (() =>
  explained(z.array(OfferJsonSchema, { error: 'offers must be an array of offers' })))();

/**
 * Validates the options of `priceOrder`, `bestCombination` and `diagnoseCoupon`: `{ at?, locale? }`.
 *
 * @example
 * PriceOptionsSchema.safeParse({ at: new Date('2026-11-11T00:00:00+08:00') }).success; //=> true
 */
export const PriceOptionsSchema = /* @__PURE__ */ (() => explained(priceOptionsSchema(instant)))();

/**
 * Validates the options of `priceOrder` and `diagnoseCoupon` as JSON carries them: `at` an ISO
 * 8601 date-time with an offset, parsed to a `Date`.
 *
 * @example
 * PriceOptionsJsonSchema.parse({ at: '2026-11-11T00:00:00+08:00' }).at?.toISOString(); //=> '2026-11-10T16:00:00.000Z'
 */
export const PriceOptionsJsonSchema = /* @__PURE__ */ (() => explained(priceOptionsSchema(isoInstant)))();

/**
 * Validates the options of `diagnoseCoupon` as JSON carries them: `{ at?, offers?, locale? }`, `at`
 * an ISO 8601 date-time with an offset (parsed to a `Date`), `offers` the order's other offers
 * ({@link OffersJsonSchema}).
 *
 * @example
 * DiagnoseCouponOptionsJsonSchema.safeParse({ at: '2026-11-11T00:00:00+08:00', offers: [] }).success; //=> true
 */
export const DiagnoseCouponOptionsJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({ ...priceOptionsSchema(isoInstant).shape, offers: z.optional(OffersJsonSchema) }),
  ) as unknown as z.ZodMiniType<DiagnoseCouponOptions, unknown>)();

function priceOptionsSchema(instant: InstantField) {
  return z.strictObject({ at: instant('at'), locale: z.optional(LocaleSchema) });
}

/**
 * Validates the options of `bestCombination`: `{ at?, locale?, limit? }`.
 *
 * @example
 * BestCombinationOptionsSchema.safeParse({ limit: 4096 }).success; //=> true
 */
export const BestCombinationOptionsSchema = /* @__PURE__ */ (() =>
  explained(bestCombinationOptionsSchema(instant)))();

/**
 * Validates the options of `bestCombination` as JSON carries them: `at` an ISO 8601 date-time
 * with an offset, parsed to a `Date`.
 *
 * @example
 * BestCombinationOptionsJsonSchema.safeParse({ at: '2026-11-11T00:00:00+08:00', limit: 4096 }).success; //=> true
 */
export const BestCombinationOptionsJsonSchema = /* @__PURE__ */ (() =>
  explained(bestCombinationOptionsSchema(isoInstant)))();

function bestCombinationOptionsSchema(instant: InstantField) {
  return z.strictObject({
    at: instant('at'),
    locale: z.optional(LocaleSchema),
    limit: z.optional(
      z.int({ error: 'limit must be a whole number' }).check(z.positive('limit must be at least 1')),
    ),
  });
}

const rate = (what: string) =>
  z
    .number({ error: `${what} must be a number of percent, such as 13` })
    .check(z.minimum(0, `${what} is at least 0`), z.maximum(100, `${what} is at most 100`));

/**
 * Validates one line of `estimateImportTax`: `{ value, quantity?, vatPercent, consumptionTaxPercent?,
 * tariffPercent?, postalPercent?, postalCategory?, indivisible? }`; `value` is the price of one piece in fen.
 *
 * @example
 * ImportTaxLineSchema.safeParse({ value: 42500, vatPercent: 13, consumptionTaxPercent: 15 }).success; //=> true
 */
export const ImportTaxLineSchema = /* @__PURE__ */ (() =>
  explained(
    z.strictObject({
      value: fen('value'),
      quantity: z.optional(
        z.int({ error: 'quantity must be a whole number' }).check(z.positive('quantity must be at least 1')),
      ),
      vatPercent: rate('vatPercent'),
      consumptionTaxPercent: z.optional(
        rate('consumptionTaxPercent').check(z.lt(100, 'consumptionTaxPercent must be below 100')),
      ),
      tariffPercent: z.optional(rate('tariffPercent')),
      postalPercent: z.optional(rate('postalPercent')),
      postalCategory: z.optional(z.literal(POSTAL_CATEGORIES, { error: 'postalCategory is 1, 2 or 3' })),
      indivisible: z.optional(z.boolean({ error: 'indivisible must be true or false' })),
    }),
  ))();

/**
 * Validates a request to `estimateImportTax`.
 *
 * @example
 * ImportTaxRequestSchema.safeParse({ regime: 'cbec', lines: [{ value: 42500, vatPercent: 13 }] }).success; //=> true
 */
export const ImportTaxRequestSchema = /* @__PURE__ */ (() => explained(importTaxRequestSchema(instant)))();

/**
 * Validates a request to `estimateImportTax` as JSON carries it: `at` an ISO 8601 date-time with
 * an offset, parsed to a `Date`.
 *
 * @example
 * ImportTaxRequestJsonSchema.safeParse({ regime: 'cbec', lines: [{ value: 42500, vatPercent: 13 }], at: '2026-11-11T00:00:00+08:00' }).success; //=> true
 */
export const ImportTaxRequestJsonSchema = /* @__PURE__ */ (() =>
  explained(importTaxRequestSchema(isoInstant)))();

function importTaxRequestSchema(instant: InstantField) {
  return z.strictObject({
    regime: z.enum(['cbec', 'postal'], {
      error: 'regime must be "cbec" (跨境电商零售进口) or "postal" (行邮税)',
    }),
    lines: z.array(ImportTaxLineSchema).check(z.minLength(1, 'lines needs at least one line')),
    freight: z.optional(fen('freight')),
    insurance: z.optional(fen('insurance')),
    annualUsed: z.optional(fen('annualUsed')),
    parcelFrom: z.optional(
      z.enum(PARCEL_ORIGINS, { error: `parcelFrom is one of ${PARCEL_ORIGINS.join(', ')}` }),
    ),
    at: instant('at'),
  });
}

/**
 * Validates a request to `proposeCompensation`: `{ basis: 'double-shipping', shipping }`,
 * `{ basis: 'fraud', price }` or `{ basis: 'food-safety', price, loss? }`, in fen.
 *
 * @example
 * CompensationRequestSchema.safeParse({ basis: 'double-shipping', shipping: 1200 }).success; //=> true
 */
export const CompensationRequestSchema = /* @__PURE__ */ (() =>
  explained(
    z.discriminatedUnion(
      'basis',
      [
        z.strictObject({ basis: z.literal('double-shipping'), shipping: fen('shipping') }),
        z.strictObject({ basis: z.literal('fraud'), price: fen('price') }),
        z.strictObject({
          basis: z.literal('food-safety'),
          price: fen('price'),
          loss: z.optional(fen('loss')),
        }),
      ],
      { error: `basis must be one of ${COMPENSATION_BASES.join(', ')}` },
    ),
  ))();
