// Hand-written client requests for every schema of tiantian-support/schemas: at least one valid
// (JSON as a client really sends it) and, for most, some invalid ones. Shared by the Ajv agreement
// test and the issue-message tables.
import { createEvidenceBundle } from '../../src/cases/bundle.js';
import { createCheckpoint, formatCheckpoint, parseCheckpoint } from '../../src/cases/checkpoint.js';
import { BUILT_IN_RULES } from '../../src/insights/risk-rules.js';
import type { SchemaName } from '../../src/schemas/json-schemas.js';
import * as zodSchemas from '../../src/schemas/zod.js';
import { logOf } from '../cases/sample-log.js';

const INSTANT = '2026-09-30T20:30:00+08:00';
const TEXT = { 'zh-CN': '你好', en: 'Hello', es: 'Hola' };
const LATER = '2026-10-02T09:00:00+08:00';
/** JSON as a client receives it: what `JSON.stringify` writes, read back. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const LOG = await logOf();
const SIGNER = { name: 'shop.example', sign: async () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) };
const CHECKPOINT = parseCheckpoint(
  formatCheckpoint(await createCheckpoint(LOG, { origin: 'shop.example/cases/1', signers: [SIGNER] })),
);
const BUNDLE = await createEvidenceBundle(LOG, { origin: 'shop.example/cases/1', entries: [0, 3, 9] });
const LINE = { sku: 'A', shopId: 's1', unitPrice: 12300, quantity: 2 };
const PLATFORM = { level: 'platform' };
const OFFER = { id: 'm', kind: 'threshold', scope: PLATFORM, threshold: 30000, off: 3000 };
const COUPON_JSON = {
  id: 'c',
  kind: 'coupon',
  scope: { level: 'shop', shopId: 's1' },
  threshold: 0,
  off: 500,
  validFrom: INSTANT,
  validTo: LATER,
};
const TAX_LINE = { value: 42500, vatPercent: 13, consumptionTaxPercent: 15 };

/** At least one request a client could really send, per schema. */
export const VALID: Record<SchemaName, readonly unknown[]> = {
  AssessScamRiskOptionsSchema: [{}, { allowedDomains: ['taobao.com', 'example-shop.com'] }],
  BestCombinationOptionsJsonSchema: [{}, { at: INSTANT, locale: 'en', limit: 4096 }],
  BestCombinationOptionsSchema: [{}, { locale: 'es', limit: 3 }],
  CaseEventJsonSchema: [
    {
      type: 'opened',
      at: INSTANT,
      issueType: 'quality-dispute',
      channel: 'social-media',
      orderId: '1550672064762308113',
    },
    { type: 'message', at: '2026-09-30T12:31:00.000Z', from: 'agent', text: '已收到照片' },
    { type: 'status', at: LATER, to: 'on-hold' },
    { type: 'signed-for', at: LATER },
  ],
  // In memory, `at` is a Date, which no JSON holds: CaseEventJsonSchema is its JSON form.
  CaseEventSchema: [],
  CaseLogJsonSchema: [json(LOG)],
  CheckpointSchema: [CHECKPOINT.success ? CHECKPOINT.data : undefined],
  CompensationRequestSchema: [
    { basis: 'double-shipping', shipping: 1200 },
    { basis: 'fraud', price: 19900 },
    { basis: 'food-safety', price: 5000, loss: 100 },
  ],
  ConversationSchema: [[], [{ from: 'agent', text: '加我微信办理退款' }]],
  DiagnoseCouponOptionsJsonSchema: [{}, { at: INSTANT, offers: [OFFER, COUPON_JSON], locale: 'es' }],
  EvidenceBundleJsonSchema: [json(BUNDLE)],
  ImportTaxLineSchema: [TAX_LINE, { value: 10000, quantity: 2, vatPercent: 13, postalCategory: 1 }],
  ImportTaxRequestJsonSchema: [{ regime: 'cbec', lines: [TAX_LINE], freight: 1000, at: INSTANT }],
  ImportTaxRequestSchema: [
    { regime: 'cbec', lines: [TAX_LINE], annualUsed: 0 },
    { regime: 'postal', lines: [{ value: 10000, vatPercent: 13, postalCategory: 2 }], parcelFrom: 'hk' },
  ],
  OfferJsonSchema: [
    COUPON_JSON,
    { id: 't', kind: 'tiers', scope: PLATFORM, tiers: [{ threshold: 0, off: 1 }] },
  ],
  OfferSchema: [
    OFFER,
    { id: 'e', kind: 'every', scope: { level: 'item', skus: ['A'] }, every: 20000, off: 2000, cap: 6000 },
    { id: 'd', kind: 'discount', scope: PLATFORM, percent: 95, exclusive: 'x', optional: true },
  ],
  OfferScopeSchema: [{ level: 'item', skus: ['A', 'B'] }, { level: 'shop', shopId: 's1' }, PLATFORM],
  OffersJsonSchema: [[], [COUPON_JSON, OFFER]],
  OffersSchema: [[], [OFFER]],
  OrderLineSchema: [LINE],
  OrderSchema: [{ lines: [] }, { lines: [LINE, { ...LINE, sku: 'B', shopId: 's2' }] }],
  PredictRisksOptionsJsonSchema: [{ now: INSTANT }, { now: INSTANT, rules: json(BUILT_IN_RULES) }],
  PriceOptionsJsonSchema: [{}, { at: INSTANT, locale: 'zh-CN' }],
  PriceOptionsSchema: [{}, { locale: 'en' }],
  RedactPiiOptionsJsonSchema: [
    {},
    { kinds: ['phone', 'name'], policy: 'remove', legacyIdCards: true, minConfidence: 0.5, now: INSTANT },
  ],
  ReportOptionsJsonSchema: [
    { from: INSTANT, to: LATER },
    {
      from: INSTANT,
      to: INSTANT,
      groupBy: 'issueType',
      timeZone: 'Asia/Shanghai',
      csatScale: { id: 'five', ratings: [1, 2, 3, 4, 5], good: [4, 5], bad: [1, 2, 3] },
    },
  ],
  RiskOrderJsonSchema: [{ paidAt: INSTANT }, { paidAt: INSTANT, shippedAt: LATER, carrier: 'EMS' }],
  // In memory, the instants are Dates, which no JSON holds: RiskOrderJsonSchema is its JSON form.
  RiskOrderSchema: [],
  RiskRuleSchema: json(BUILT_IN_RULES) as unknown[],
  TierSchema: [{ threshold: 30000, off: 3000 }],
  BusinessHoursConfigSchema: [
    { timeZone: 'Asia/Shanghai', intervals: [{ start: '09:00', end: '21:00' }] },
    { alwaysOpen: true },
  ],
  ChannelIdSchema: ['online-chat', 'hotline', 'email', 'social-media'],
  CheckEvidenceRequestSchema: [
    {
      files: [{ name: '1550672064762308113+商品质量争议.jpg', width: 1200, height: 900 }],
      issueType: 'quality-dispute',
      orderId: '1550672064762308113',
      locale: 'en',
    },
  ],
  CivilDateSchema: ['2026-10-01', '2024-02-29'],
  ClosingTimeSchema: ['24:00', '21:00'],
  ContactSchema: ['buyer@example.com', '138 0013 8000'],
  EmailRequestSchema: [
    {
      orderId: '1550672064762308113',
      description: 'The kettle arrived cracked.',
      contact: 'buyer@example.com',
    },
  ],
  EvidenceFileSchema: [{ name: 'a.jpg' }, { name: 'b.png', width: 800, height: 600, item: 'product-photos' }],
  FaqEntrySchema: [{ id: 'coupon-unusable', title: TEXT, answer: [TEXT], examples: ['券用不了'] }],
  FaqResolverOptionsSchema: [{}, { minScore: 0.5, maxCandidates: 3 }],
  InstantSchema: [INSTANT, '2026-09-30T12:30:00Z', '2026-09-30T12:30:00.123Z'],
  IssueTypeSchema: ['paid-not-shipped', 'feedback'],
  LocaleSchema: ['zh-CN', 'en', 'es'],
  LocalizedTextSchema: [TEXT],
  OrderIdSchema: ['1550672064762308113', '123456'],
  RenderOptionsSchema: [{}, { locale: 'es', format: 'html' }],
  ResponseDeadlineRequestSchema: [
    { channel: 'email', submittedAt: INSTANT },
    {
      channel: 'online-chat',
      submittedAt: INSTANT,
      issueType: 'logistics-delay',
      complex: true,
      handoffAt: INSTANT,
    },
  ],
  ScriptIdSchema: ['confirm-request', 'progress-inquiry', 'propose-compensation'],
  ServiceModuleIdSchema: ['pre-sales', 'after-sales'],
  SlaEventSchema: [{ type: 'created', at: INSTANT }],
  SlaEventsSchema: [
    [],
    [
      { type: 'created', at: INSTANT },
      { type: 'agent-reply', at: '2026-09-30T13:00:00Z' },
    ],
  ],
  StarPartsSchema: [{ situation: 's', task: 't', action: 'a', result: 'r' }],
  TimeOfDaySchema: ['00:00', '23:59'],
  TimeZoneSchema: ['Asia/Shanghai', 'America/Los_Angeles', 'UTC'],
  TimelineEventSchema: [{ at: INSTANT, what: '收到破损商品' }],
  WorkdayCalendarConfigSchema: [
    { id: 'shop', timeZone: 'Asia/Shanghai', weekend: [0, 6], holidays: ['2026-10-01'] },
  ],
};

/** Requests that both must refuse. */
export const INVALID: Partial<Record<SchemaName, readonly unknown[]>> = {
  AssessScamRiskOptionsSchema: [{ allowedDomains: 'taobao.com' }, { allowedDomain: [] }],
  BestCombinationOptionsJsonSchema: [{ limit: 0 }, { at: '2026-11-11 00:00' }],
  CaseEventJsonSchema: [
    { type: 'signed-for', at: '2026-11-23T14:00:00' },
    { type: 'status', at: INSTANT, to: 'done' },
    { type: 'message', at: INSTANT, from: 'agent', text: '' },
    { type: 'signed-for', at: INSTANT, note: 1 },
    { type: 'reopened', at: INSTANT },
  ],
  CaseEventSchema: [{ type: 'signed-for', at: INSTANT }],
  CaseLogJsonSchema: [
    { ...(json(LOG) as object), format: 'nope' },
    { ...(json(LOG) as object), root: 'ab' },
  ],
  CheckpointSchema: [
    { origin: ' x', size: 0, root: 'a'.repeat(64), signatures: [] },
    { origin: 'x', size: -1, root: 'a'.repeat(64), signatures: [] },
    { origin: 'x', size: 0, root: 'a'.repeat(64), signatures: [{ name: 'a b', signature: 'AAAA' }] },
  ],
  CompensationRequestSchema: [
    { basis: 'fraud' },
    { basis: 'refund', price: 1 },
    { basis: 'fraud', price: 1.5 },
  ],
  ConversationSchema: [[{ from: 'seller', text: 'x' }], [{ text: 'x' }], 'x'],
  DiagnoseCouponOptionsJsonSchema: [{ offers: {} }, { at: INSTANT, offer: [] }],
  EvidenceBundleJsonSchema: [{ ...(json(BUNDLE) as object), proofs: [{ index: -1, proof: [] }] }, {}],
  OfferJsonSchema: [
    { ...COUPON_JSON, validTo: 1763000000000 },
    { ...COUPON_JSON, validFrom: '2026-11-11' },
  ],
  OfferSchema: [
    { ...OFFER, kind: 'bogo' },
    { ...OFFER, scope: { level: 'item', skus: [] } },
    { ...OFFER, off: 0 },
  ],
  OrderSchema: [{ lines: [{ ...LINE, quantity: 0 }] }, { lines: {} }],
  PredictRisksOptionsJsonSchema: [{}, { now: INSTANT, rules: [{}] }],
  PriceOptionsJsonSchema: [{ at: INSTANT, locale: 'fr' }, { at: null }],
  RedactPiiOptionsJsonSchema: [
    { kinds: ['ssn'] },
    { policy: 'hide' },
    { minConfidence: 2 },
    { kind: ['phone'] },
  ],
  ReportOptionsJsonSchema: [{ from: INSTANT }, { from: INSTANT, to: LATER, groupBy: 'day' }],
  RiskOrderJsonSchema: [{}, { paidAt: INSTANT, signedAt: '2026-10-01' }, { paidAt: INSTANT, tracking: 1 }],
  RiskRuleSchema: [{ ...(json(BUILT_IN_RULES[0]) as object), severity: 'urgent' }],
  ChannelIdSchema: ['fax', 1, null],
  OrderIdSchema: [1550672064762308, '12345', 'abc123456', ''],
  InstantSchema: ['2026-09-30 20:30', '2026-09-30T20:30:00', 1759235400000, {}],
  ResponseDeadlineRequestSchema: [
    { channel: 'email' },
    { channel: 'email', submittedAt: INSTANT, extra: 1 },
    { channel: 'fax', submittedAt: INSTANT },
    [],
    'email',
  ],
  TimeOfDaySchema: ['24:00', '9:00'],
  EvidenceFileSchema: [
    { name: '' },
    { name: 'a.jpg', width: 0 },
    { name: 'a.jpg', width: 1.5 },
    { name: 'a.jpg', bytes: {} },
  ],
  SlaEventsSchema: [[{ type: 'created' }], [{ type: 'nap', at: INSTANT }]],
};

/** The zod schema of that name, as the tests call it. */
export function zodSchema(name: SchemaName): {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { code: string; message: string; path: PropertyKey[] }[] };
  };
} {
  return (zodSchemas as unknown as Record<SchemaName, ReturnType<typeof zodSchema>>)[name];
}
