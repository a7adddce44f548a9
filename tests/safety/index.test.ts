import { describe, expect, it } from 'vitest';
import * as safety from '../../src/safety/index.js';

describe('tiantian-support/safety', () => {
  it('exports the API.md names and the helpers', () => {
    expect(Object.keys(safety)).toEqual(
      expect.arrayContaining([
        'redactPii',
        'pseudonymizePii',
        'assessScamRisk',
        'PLATFORM_DOMAINS',
        'SCAM_RULES',
        'isValidIdCardNumber',
        'luhnValid',
      ]),
    );
    expect(safety.redactPii('13812345678').text).toBe('138****5678');
  });
});
