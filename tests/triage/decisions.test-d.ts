import { describe, expectTypeOf, it } from 'vitest';
import { diagnoseUnshippedOrder } from '../../src/sla/index.js';
import { type CouponDiagnosis, cancelOrReturn } from '../../src/triage/index.js';

describe('the guide decisions (Q1, Q3, Q5) types', () => {
  it('rejects misuse at compile time', () => {
    // @ts-expect-error exactly one promise: not both promisedHours and promisedBy
    diagnoseUnshippedOrder({ paidAt: new Date(), promisedHours: 1, promisedBy: new Date(), now: new Date() });
    // @ts-expect-error shipped is a boolean
    cancelOrReturn({ shipped: 'yes' });
    expectTypeOf(cancelOrReturn({ shipped: true }).action).toEqualTypeOf<'cancel-order' | 'return-process'>();
    expectTypeOf<CouponDiagnosis['shortfallFen']>().toEqualTypeOf<number>();
  });
});
