import { describe, expect, it } from 'vitest';
import { safeResolveFaq } from '../../src/faq/index.js';

describe('safeResolveFaq', () => {
  it('answers a string as resolveFaq does', () => {
    const result = safeResolveFaq('优惠券用不了');
    expect(result.success && result.data.best?.id).toBe('coupon-unusable');
  });

  it.each([null, undefined, 42, {}])('gives an invalid_argument issue for %j, never throws', (query) => {
    expect(safeResolveFaq(query)).toEqual({
      success: false,
      error: { issues: [expect.objectContaining({ code: 'invalid_argument' })] },
    });
  });
});
