import { describe, expect, it } from 'vitest';
import { ContactSchema, EmailRequestSchema } from '../../src/channels/schemas.js';

const GOOD = { orderId: '1550672064762308113', description: '水壶收到时盖子裂了', contact: '13800138000' };

describe('ContactSchema and EmailRequestSchema boundaries', () => {
  it('a phone number has 6 to 20 digits (5 and 21 refused)', () => {
    expect(ContactSchema.safeParse('1 2 3 4 5').success).toBe(false);
    expect(ContactSchema.safeParse('1 2 3 4 5 6').success).toBe(true);
    expect(ContactSchema.safeParse('1 2 3 4 5 6 7').success).toBe(true);
    expect(ContactSchema.safeParse('1234567890123456789').success).toBe(true);
    expect(ContactSchema.safeParse('12345678901234567890').success).toBe(true);
    expect(ContactSchema.safeParse('123456789012345678901').success).toBe(false);
  });

  it('the description must have a non-blank character', () => {
    expect(EmailRequestSchema.safeParse({ ...GOOD, description: '' }).success).toBe(false);
    expect(EmailRequestSchema.safeParse({ ...GOOD, description: '   ' }).success).toBe(false);
    expect(EmailRequestSchema.safeParse({ ...GOOD, description: ' a ' }).success).toBe(true);
  });

  it('the contact is checked trimmed', () => {
    expect(EmailRequestSchema.safeParse({ ...GOOD, contact: ' 13800138000 ' }).success).toBe(true);
    expect(EmailRequestSchema.safeParse({ ...GOOD, contact: ' call me ' }).success).toBe(false);
  });
});
