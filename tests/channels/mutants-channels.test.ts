// Exact-value tests written against the mutants that survived tests/channels (reports/areas/channels.json).
import { describe, expect, it } from 'vitest';
import {
  composeEmail,
  getChannel,
  hotlineDialString,
  isOpen,
  nextChannelClosing,
  recommendChannels,
  validateEmailRequest,
} from '../../src/channels/index.js';
import { ContactSchema, EmailRequestSchema } from '../../src/channels/schemas.js';
import type { ChannelId } from '../../src/shared/channel-ids.js';
import { errorOf } from '../helpers/error-of.js';

const GOOD = { orderId: '1550672064762308113', description: '水壶收到时盖子裂了', contact: '13800138000' };

describe('validateEmailRequest: exact issues', () => {
  it('a non-object gets one missing issue per required part, naming the part and the value', () => {
    expect(validateEmailRequest('hello')).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'missing',
            message: 'The email request must be an object with the order number (订单编号); got "hello"',
            path: ['orderId'],
          },
          {
            code: 'missing',
            message:
              'The email request must be an object with the description of the problem (问题描述); got "hello"',
            path: ['description'],
          },
          {
            code: 'missing',
            message:
              'The email request must be an object with a contact (联系方式: phone number or email address); got "hello"',
            path: ['contact'],
          },
        ],
      },
    });
  });

  it('an absent part is missing, not of the wrong type', () => {
    const { contact: _omitted, ...rest } = GOOD;
    expect(validateEmailRequest(rest)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'missing',
            message: 'Missing a contact (联系方式: phone number or email address)',
            path: ['contact'],
          },
        ],
      },
    });
  });

  it('a part of the wrong type says which part and what it got', () => {
    expect(validateEmailRequest({ ...GOOD, description: 42 })).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message: 'the description of the problem (问题描述) must be a string, got number 42',
            path: ['description'],
          },
        ],
      },
    });
  });

  it('a malformed order number is invalid_format with the expected shape of an order number', () => {
    expect(validateEmailRequest({ ...GOOD, orderId: 'ABC-123' })).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_format',
            message: 'the order number (订单编号) must be a string of 6 to 32 digits, got "ABC-123"',
            path: ['orderId'],
          },
        ],
      },
    });
  });

  it('a malformed contact is invalid_format with the expected shape of a contact', () => {
    expect(validateEmailRequest({ ...GOOD, contact: 'call me' })).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_format',
            message:
              'a contact (联系方式: phone number or email address) must be a phone number or an email address, got "call me"',
            path: ['contact'],
          },
        ],
      },
    });
  });

  it('returns every part trimmed', () => {
    expect(
      validateEmailRequest({
        orderId: ' 1550672064762308113 ',
        description: '  盖子裂了 \n',
        contact: ' a@b.co ',
      }),
    ).toEqual({
      success: true,
      data: { orderId: '1550672064762308113', description: '盖子裂了', contact: 'a@b.co' },
    });
  });

  it('a description longer than the published schema allows fails with the schema’s issue', () => {
    const description = 'x'.repeat(20001);
    const result = validateEmailRequest({ ...GOOD, description });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({
      code: 'too_big',
      message: 'The description is longer than 20000 characters',
      path: ['description'],
    });
    expect(validateEmailRequest({ ...GOOD, description: 'x'.repeat(20000) }).success).toBe(true);
  });
});

describe('composeEmail: errors and subject', () => {
  it('throws the first issue’s message and path', () => {
    const error = errorOf(() => composeEmail({ ...GOOD, contact: 'call me' }));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe(
      'a contact (联系方式: phone number or email address) must be a phone number or an email address, got "call me"',
    );
    expect(error.path).toEqual(['contact']);
  });

  it('throws the schema’s issue for a too long description, with its path', () => {
    const error = errorOf(() => composeEmail({ ...GOOD, description: 'x'.repeat(20001) }));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('The description is longer than 20000 characters');
    expect(error.path).toEqual(['description']);
  });

  it('the subject is the label then the order number', () => {
    expect(composeEmail(GOOD).subject).toBe('客服咨询 订单 1550672064762308113');
    expect(composeEmail(GOOD, { locale: 'en' }).subject).toBe(
      'Customer service request, order 1550672064762308113',
    );
  });
});

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

describe('channel hours: resolving the channel', () => {
  // 2026-09-30 is a Wednesday, a working day; social media: 09:00–21:00 Beijing time.
  const noon = new Date('2026-09-30T12:00:00+08:00');

  it('a caller’s own copy of a channel is accepted and its hours used', () => {
    const copy = { ...getChannel('social-media') };
    expect(isOpen(copy, noon)).toBe(true);
    expect(isOpen(copy, new Date('2026-09-30T22:00:00+08:00'))).toBe(false);
    expect(nextChannelClosing(copy, noon)).toEqual(new Date('2026-09-30T21:00:00+08:00'));
  });

  it('nextChannelClosing gives 21:00 Beijing for social media on a working day', () => {
    expect(nextChannelClosing('social-media', noon)).toEqual(new Date('2026-09-30T21:00:00+08:00'));
  });

  it('nextChannelClosing refuses an invalid Date with path at', () => {
    const error = errorOf(() => nextChannelClosing('social-media', new Date(Number.NaN)));
    expect(error.code).toBe('invalid_date');
    expect(error.path).toEqual(['at']);
    expect(error.message).toBe('at must be a valid Date, got Invalid Date');
  });

  it('an object that is not a channel is an unknown channel with path channel', () => {
    for (const bad of [{ id: 'fax', hours: {} }, { id: 'email' }, null, undefined, 'fax', 5]) {
      const error = errorOf(() => isOpen(bad as unknown as ChannelId, noon));
      expect(error.code).toBe('unknown_channel');
      expect(error.path).toEqual(['channel']);
      expect(error.message).toContain(
        'expected one of online-chat, hotline, email, social-media or a Channel',
      );
    }
    const error = errorOf(() => nextChannelClosing({ id: 'email' } as unknown as ChannelId, noon));
    expect(error.code).toBe('unknown_channel');
  });

  it('getChannel refuses an unknown id with path id', () => {
    const error = errorOf(() => getChannel('fax' as ChannelId));
    expect(error.code).toBe('unknown_channel');
    expect(error.path).toEqual(['id']);
    expect(error.message).toContain('Unknown channel "fax"');
  });
});

describe('hotlineDialString: misuse', () => {
  it('refuses a non-object caller with a TiantianError', () => {
    for (const bad of [null, undefined, 'landline']) {
      const error = errorOf(() => hotlineDialString(bad as never));
      expect(error.code).toBe('invalid_argument');
      expect(error.message).toContain(
        "caller must be { phone: 'landline' | 'mobile', callerInBeijing: boolean }, got",
      );
    }
  });

  it('says what is wrong in phone and in callerInBeijing', () => {
    const phone = errorOf(() => hotlineDialString({ phone: 'fax', callerInBeijing: true } as never));
    expect(phone.message).toBe("caller.phone must be 'landline' or 'mobile', got \"fax\"");
    expect(phone.path).toEqual(['phone']);
    const where = errorOf(() => hotlineDialString({ phone: 'mobile', callerInBeijing: 'yes' } as never));
    expect(where.message).toBe('caller.callerInBeijing must be a boolean, got "yes"');
    expect(where.path).toEqual(['callerInBeijing']);
  });
});

describe('recommendChannels: options and order', () => {
  it('refuses options that are not an object', () => {
    const error = errorOf(() => recommendChannels('feedback', null as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('options must be an object, got null');
    expect(error.path).toEqual(['options']);
  });

  it('refuses an invalid now with path now', () => {
    const error = errorOf(() => recommendChannels('feedback', { now: new Date('nope') }));
    expect(error.code).toBe('invalid_date');
    expect(error.path).toEqual(['now']);
  });

  it('refuses a sensitive that is not a boolean', () => {
    const error = errorOf(() => recommendChannels('feedback', { sensitive: 'yes' as never }));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('options.sensitive must be a boolean, got "yes"');
    expect(error.path).toEqual(['sensitive']);
  });

  it('keeps the rule’s order within a tier (a stable sort)', () => {
    // Social media is “尤其适合需要隐私保护的敏感问题”: first for a sensitive, non-urgent matter.
    expect(
      recommendChannels('paid-not-shipped', { sensitive: true }).map((r) => [r.channel, r.tier]),
    ).toEqual([
      ['social-media', 1],
      ['online-chat', 1],
      ['hotline', 1],
      ['email', 2],
    ]);
    expect(recommendChannels('paid-not-shipped').map((r) => r.channel)).toEqual([
      'online-chat',
      'hotline',
      'email',
    ]);
    // Urgent: after the immediate channels of tier 1.
    expect(recommendChannels('payment-problem', { sensitive: true }).map((r) => r.channel)).toEqual([
      'hotline',
      'online-chat',
      'social-media',
    ]);
  });
});
