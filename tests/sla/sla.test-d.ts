import { describe, expectTypeOf, it } from 'vitest';
import type { ResponseTarget } from '../../src/channels/data/contact.js';
import type { LocalizedText } from '../../src/shared/locale.js';
import type { SafeResult } from '../../src/shared/result.js';
import {
  checkShippingPromise,
  chatRecordRetention,
  defineSlaPolicy,
  guidePolicy,
  type ResponseDeadline,
  responseDeadline,
  type SlaPolicy,
  type SlaState,
  type SlaStatus,
  safeResponseDeadline,
  slaStatus,
} from '../../src/sla/index.js';

const at = new Date('2026-09-30T20:30:00+08:00');

describe('sla types', () => {
  it('responseDeadline', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: at });
    expectTypeOf(d).toEqualTypeOf<ResponseDeadline>();
    expectTypeOf(d.due).toEqualTypeOf<Date>();
    expectTypeOf(d.earliest).toEqualTypeOf<Date | undefined>();
    expectTypeOf(d.target).toEqualTypeOf<ResponseTarget>();
    expectTypeOf(d.basis).toEqualTypeOf<'business' | 'calendar'>();
    expectTypeOf(d.source).toEqualTypeOf<'channel' | 'issue-type'>();
    expectTypeOf(d.derivation).toEqualTypeOf<LocalizedText>();
    // @ts-expect-error an unknown channel
    responseDeadline({ channel: 'fax', submittedAt: at });
    // @ts-expect-error a string is not a Date (use safeResponseDeadline for strings)
    responseDeadline({ channel: 'email', submittedAt: '2026-09-30' });
    // @ts-expect-error an unknown issue type
    responseDeadline({ channel: 'email', submittedAt: at, issueType: 'weather' });
  });

  it('safeResponseDeadline takes anything and returns a SafeResult', () => {
    expectTypeOf(safeResponseDeadline).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(safeResponseDeadline({})).toEqualTypeOf<SafeResult<ResponseDeadline>>();
  });

  it('policies and status', () => {
    const policy = defineSlaPolicy({
      id: 'p',
      targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar' }],
    });
    expectTypeOf(policy).toEqualTypeOf<SlaPolicy>();
    expectTypeOf(guidePolicy('email')).toEqualTypeOf<SlaPolicy>();
    const status = slaStatus(policy, [{ type: 'created', at }], at);
    expectTypeOf(status).toEqualTypeOf<SlaStatus>();
    expectTypeOf(status.metrics['first-reply']?.status).toEqualTypeOf<SlaState | undefined>();
    // @ts-expect-error an unknown metric
    defineSlaPolicy({ id: 'p', targets: [{ metric: 'first-answer', minutes: 60, clock: 'calendar' }] });
    // @ts-expect-error an unknown event type
    slaStatus(policy, [{ type: 'note', at }], at);
  });

  it('checkShippingPromise takes exactly one promise', () => {
    checkShippingPromise({ paidAt: at, promisedHours: 48, now: at });
    checkShippingPromise({ paidAt: at, promisedBy: at, now: at });
    // @ts-expect-error both promises
    checkShippingPromise({ paidAt: at, promisedHours: 48, promisedBy: at, now: at });
    expectTypeOf(
      checkShippingPromise({ paidAt: at, promisedHours: 1 }).mayClaimCompensation,
    ).toEqualTypeOf<boolean>();
    expectTypeOf(chatRecordRetention(at).keepUntil).toEqualTypeOf<Date>();
  });
});
