// The events of a case file (投诉档案): what happened, when. Schemas live beside the types so that
// the stored form (JSON, instants as ISO strings) and the in-memory form (instants as `Date`s) can
// never drift apart.
import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import type { ChannelId } from '../shared/channel-ids.js';
import { dateSchema, isoInstantSchema } from '../shared/date-schema.js';
import type { IssueType } from '../shared/issue-types.js';
import { ChannelIdSchema, IssueTypeSchema, OrderIdSchema } from '../shared/schemas.js';

/**
 * The kinds of event in a case log, in the order a case usually meets them.
 *
 * @example
 * CASE_EVENT_TYPES.includes('signed-for'); //=> true
 */
export const CASE_EVENT_TYPES = [
  'opened',
  'message',
  'evidence',
  'evidence-checked',
  'status',
  'escalated',
  'signed-for',
  'return-received',
] as const;

/**
 * One of {@link CASE_EVENT_TYPES}.
 *
 * @example
 * const type: CaseEventType = 'message';
 */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * Who wrote a message: the customer, a person of the service team (人工客服), or a bot (智能客服).
 * Bot messages never stop a reply clock.
 *
 * @example
 * MESSAGE_AUTHORS; //=> ['customer', 'agent', 'bot']
 */
export const MESSAGE_AUTHORS = ['customer', 'agent', 'bot'] as const;

/**
 * One of {@link MESSAGE_AUTHORS}.
 *
 * @example
 * const from: MessageAuthor = 'agent';
 */
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/**
 * The states of a case: `open`, `pending` (waiting on the customer: 等待客户回复), `on-hold`
 * (waiting on a third party: the warehouse, customs, the platform), `solved`, `closed`.
 * The resolution clock is paused while a case is pending or on hold.
 *
 * @example
 * CASE_STATES.includes('on-hold'); //=> true
 */
export const CASE_STATES = ['open', 'pending', 'on-hold', 'solved', 'closed'] as const;

/**
 * One of {@link CASE_STATES}.
 *
 * @example
 * const state: CaseState = 'pending';
 */
export type CaseState = (typeof CASE_STATES)[number];

/**
 * The case was opened: the customer's problem (问题类型), the channel it came in by, and the order
 * number (digits as a string) when there is one.
 *
 * @example
 * const event: CaseOpenedEvent = { type: 'opened', at: new Date('2026-09-30T12:30:00Z'), issueType: 'quality-dispute', channel: 'social-media' };
 */
export interface CaseOpenedEvent {
  readonly type: 'opened';
  readonly at: Date;
  readonly issueType: IssueType;
  readonly channel: ChannelId;
  readonly orderId?: string;
}

/**
 * A message of the conversation (沟通记录), by the customer, an agent or a bot.
 *
 * @example
 * const event: CaseMessageEvent = { type: 'message', at: new Date('2026-09-30T12:30:00Z'), from: 'customer', text: '收到的杯子有裂纹' };
 */
export interface CaseMessageEvent {
  readonly type: 'message';
  readonly at: Date;
  readonly from: MessageAuthor;
  readonly text: string;
}

/**
 * A file of evidence (凭证) was added: its name (订单号+问题类型 form) and the SHA-256 of its bytes,
 * 64 lowercase hexadecimal digits (see `hashEvidenceBytes`). The bytes themselves stay with the user.
 *
 * @example
 * const event: CaseEvidenceEvent = { type: 'evidence', at: new Date('2026-09-30T12:40:00Z'), fileName: '1550672064762308113+商品质量争议.jpg', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' };
 */
export interface CaseEvidenceEvent {
  readonly type: 'evidence';
  readonly at: Date;
  readonly fileName: string;
  readonly sha256: string;
}

/**
 * The result of `checkEvidence` was recorded: whether every required checklist item is proven, and
 * which items are proven and which are missing (checklist item ids).
 *
 * @example
 * const event: CaseEvidenceCheckedEvent = { type: 'evidence-checked', at: new Date('2026-09-30T12:45:00Z'), issueType: 'quality-dispute', orderId: '1550672064762308113', complete: false, satisfied: ['order-screenshot'], missing: ['product-photos'] };
 */
export interface CaseEvidenceCheckedEvent {
  readonly type: 'evidence-checked';
  readonly at: Date;
  readonly issueType: IssueType;
  readonly orderId: string;
  readonly complete: boolean;
  readonly satisfied: readonly string[];
  readonly missing: readonly string[];
}

/**
 * The case moved to another state.
 *
 * @example
 * const event: CaseStatusEvent = { type: 'status', at: new Date('2026-10-01T02:00:00Z'), to: 'pending' };
 */
export interface CaseStatusEvent {
  readonly type: 'status';
  readonly at: Date;
  readonly to: CaseState;
}

/**
 * The case was escalated (升级处理), for example to the platform's inspection department
 * (平台监察部门), with an optional note of to whom and why.
 *
 * @example
 * const event: CaseEscalatedEvent = { type: 'escalated', at: new Date('2026-10-02T02:00:00Z'), to: '平台监察部门' };
 */
export interface CaseEscalatedEvent {
  readonly type: 'escalated';
  readonly at: Date;
  readonly to?: string;
  readonly reason?: string;
}

/**
 * The customer signed for the goods (签收): the legal clocks (七日无理由退货, 三包) start from here.
 *
 * @example
 * const event: CaseSignedForEvent = { type: 'signed-for', at: new Date('2026-11-23T06:00:00Z') };
 */
export interface CaseSignedForEvent {
  readonly type: 'signed-for';
  readonly at: Date;
}

/**
 * The seller received the returned goods (商家收到退货): the refund is due within 7 days.
 *
 * @example
 * const event: CaseReturnReceivedEvent = { type: 'return-received', at: new Date('2026-11-26T06:00:00Z') };
 */
export interface CaseReturnReceivedEvent {
  readonly type: 'return-received';
  readonly at: Date;
}

/**
 * One event of a case log. Every event has a `type` and an instant `at`; a log's instants never go
 * back (equal ones are fine).
 *
 * @example
 * const event: CaseEvent = { type: 'message', at: new Date('2026-09-30T12:30:00Z'), from: 'customer', text: '还没发货' };
 */
export type CaseEvent =
  | CaseOpenedEvent
  | CaseMessageEvent
  | CaseEvidenceEvent
  | CaseEvidenceCheckedEvent
  | CaseStatusEvent
  | CaseEscalatedEvent
  | CaseSignedForEvent
  | CaseReturnReceivedEvent;

/**
 * The JSON form of a {@link CaseEvent}: the same fields, `at` an ISO 8601 string.
 *
 * @example
 * const json: CaseEventJson = { type: 'signed-for', at: '2026-11-23T06:00:00.000Z' };
 */
export type CaseEventJson = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'at'> & { readonly at: string }
    : never
  : never;

/**
 * The longest text a message may carry: a chat message, not a file.
 *
 * @example
 * MAX_MESSAGE_LENGTH > 0; //=> true
 */
export const MAX_MESSAGE_LENGTH = 20_000;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const ITEM_ID = /^[a-z][a-z0-9-]{0,63}$/;

function text(name: string, max: number) {
  return z
    .string({ error: `${name} must be a string` })
    .check(z.minLength(1, `${name} is empty`), z.maxLength(max, `${name} is longer than ${max} characters`));
}

function itemIds(name: string) {
  return z
    .array(
      z
        .string({ error: `${name} holds checklist item ids` })
        .check(z.regex(ITEM_ID, `${name} holds checklist item ids such as "order-screenshot"`)),
      { error: `${name} must be an array of checklist item ids` },
    )
    .check(z.maxLength(100, `${name} holds at most 100 items`));
}

// The fields after `type` and `at`, shared by the two forms.
const fields = () => ({
  opened: { issueType: IssueTypeSchema, channel: ChannelIdSchema, orderId: z.optional(OrderIdSchema) },
  message: {
    from: z.enum(MESSAGE_AUTHORS, { error: `from must be one of ${MESSAGE_AUTHORS.join(', ')}` }),
    text: text('text', MAX_MESSAGE_LENGTH),
  },
  evidence: {
    fileName: text('fileName', 255),
    sha256: z
      .string({ error: 'sha256 must be a string' })
      .check(z.regex(SHA256_HEX, 'sha256 must be 64 lowercase hexadecimal digits')),
  },
  'evidence-checked': {
    issueType: IssueTypeSchema,
    orderId: OrderIdSchema,
    complete: z.boolean({ error: 'complete must be true or false' }),
    satisfied: itemIds('satisfied'),
    missing: itemIds('missing'),
  },
  status: { to: z.enum(CASE_STATES, { error: `to must be one of ${CASE_STATES.join(', ')}` }) },
  escalated: { to: z.optional(text('to', 200)), reason: z.optional(text('reason', 2000)) },
  'signed-for': {},
  'return-received': {},
});

function eventSchemas<At extends z.ZodMiniType>(at: () => At) {
  const all = fields();
  return CASE_EVENT_TYPES.map((type) =>
    z.strictObject(
      { type: z.literal(type), at: at(), ...all[type] },
      { error: 'This event type has no such field (an unknown field is refused, not dropped)' },
    ),
  );
}

const typeError = `Expected an event with type one of ${CASE_EVENT_TYPES.join(', ')}`;

/**
 * Validates a {@link CaseEvent} in memory: `at` a valid `Date`, fields of its type only (an unknown
 * field is refused rather than dropped: it would not be in the record).
 *
 * @example
 * CaseEventSchema.safeParse({ type: 'status', at: new Date('2026-10-01T02:00:00Z'), to: 'pending' }).success; //=> true
 * CaseEventSchema.safeParse({ type: 'status', at: '2026-10-01T02:00:00Z', to: 'pending' }).success; //=> false
 */
export const CaseEventSchema = /* @__PURE__ */ (() =>
  explained(
    z.discriminatedUnion(
      'type',
      eventSchemas(() => dateSchema('at must be a valid Date')) as unknown as [
        z.ZodMiniObject,
        ...z.ZodMiniObject[],
      ],
      { error: typeError },
    ) as unknown as z.ZodMiniType<CaseEvent, unknown>,
  ))();

/**
 * Validates the JSON form of a case event ({@link CaseEventJson}) and gives the {@link CaseEvent}:
 * `at` an ISO 8601 date-time with an offset (`Z` or `+08:00`), turned into a `Date`.
 *
 * @example
 * CaseEventJsonSchema.parse({ type: 'signed-for', at: '2026-11-23T14:00:00+08:00' }).at.toISOString(); //=> '2026-11-23T06:00:00.000Z'
 */
export const CaseEventJsonSchema = /* @__PURE__ */ (() =>
  explained(
    z.discriminatedUnion(
      'type',
      eventSchemas(() =>
        isoInstantSchema('at must be an ISO 8601 date-time with an offset, such as 2026-09-30T12:30:00.000Z'),
      ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
      { error: typeError },
    ) as unknown as z.ZodMiniType<CaseEvent, unknown>,
  ))();
