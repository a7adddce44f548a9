// The vocabulary of a ticket's history, apart from the clocks so that the schemas need no calendar.

/**
 * The kinds of event in a ticket's history that move SLA clocks.
 *
 * @example
 * SLA_EVENT_TYPES.includes('pause'); //=> true
 */
export const SLA_EVENT_TYPES = [
  'created',
  'customer-message',
  'agent-reply',
  'pause',
  'resume',
  'solved',
  'reopened',
] as const;

/**
 * One of `SLA_EVENT_TYPES`: `created` (the customer's first message), `customer-message`,
 * `agent-reply` (a public reply by a person), `pause` / `resume` (waiting on the customer: 等待客户回复),
 * `solved`, `reopened`.
 *
 * @example
 * const type: SlaEventType = 'agent-reply';
 */
export type SlaEventType = (typeof SLA_EVENT_TYPES)[number];

/**
 * One event of a ticket's history.
 *
 * @example
 * const event: SlaEvent = { type: 'created', at: new Date('2026-09-30T20:30:00+08:00') };
 */
export interface SlaEvent {
  readonly type: SlaEventType;
  readonly at: Date;
}
