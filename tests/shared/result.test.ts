import { describe, expect, it } from 'vitest';
import { failWith } from '../../src/shared/result.js';

describe('failWith', () => {
  it('path defaults to the whole input', () => {
    expect(failWith('invalid_format', 'Not an order number')).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_format', message: 'Not an order number', path: [] }] },
    });
  });
});
