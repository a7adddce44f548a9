import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_SERVICE_EMAIL } from '../../src/channels/data/contact.js';
import { composeEmail, EMAIL_REQUIRED_PARTS, validateEmailRequest } from '../../src/channels/email.js';
import { ContactSchema, EmailRequestSchema } from '../../src/channels/schemas.js';

const GOOD = { orderId: '1550672064762308113', description: '水壶收到时盖子裂了', contact: '13800138000' };

const pathsOf = (result: ReturnType<typeof validateEmailRequest>) =>
  result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.code]);

describe('email facts', () => {
  it('the address is the guide’s', () => {
    // “发送邮件至官方客服邮箱:tiantian@taobao.com。”
    expect(CUSTOMER_SERVICE_EMAIL).toBe('tiantian@taobao.com');
  });

  it('the required parts are the guide’s three, in its order', () => {
    // “邮件正文需包含订单编号、问题描述及联系方式。”
    expect(EMAIL_REQUIRED_PARTS).toEqual(['orderId', 'description', 'contact']);
  });
});

describe('validateEmailRequest', () => {
  it('accepts a complete request and trims it', () => {
    const result = validateEmailRequest({ ...GOOD, contact: ' buyer@example.com ' });
    expect(result).toEqual({ success: true, data: { ...GOOD, contact: 'buyer@example.com' } });
  });

  it.each([
    [{ description: 'x', contact: 'a@b.co' }, [['orderId', 'missing']]],
    [{ orderId: '1550672064762308113', contact: 'a@b.co' }, [['description', 'missing']]],
    [{ orderId: '1550672064762308113', description: 'x' }, [['contact', 'missing']]],
    [
      { orderId: '1550672064762308113', description: '   ', contact: '' },
      [
        ['description', 'missing'],
        ['contact', 'missing'],
      ],
    ],
    [
      {},
      [
        ['orderId', 'missing'],
        ['description', 'missing'],
        ['contact', 'missing'],
      ],
    ],
    [{ ...GOOD, orderId: 1550672064762308 }, [['orderId', 'invalid_type']]],
    [{ ...GOOD, orderId: 'ABC123' }, [['orderId', 'invalid_format']]],
    [{ ...GOOD, contact: 'call me maybe' }, [['contact', 'invalid_format']]],
    [{ ...GOOD, contact: '12' }, [['contact', 'invalid_format']]],
  ])('%j → %j', (input, expected) => {
    expect(pathsOf(validateEmailRequest(input))).toEqual(expected);
  });

  it('names the missing part in the message, with the guide’s word', () => {
    const result = validateEmailRequest({ orderId: '1550672064762308113', description: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toContain('联系方式');
  });

  it.each([null, undefined, 'text', 42, []])('reports every part for a non-object (%j)', (input) => {
    expect(pathsOf(validateEmailRequest(input)).map(([path]) => path)).toEqual([
      'orderId',
      'description',
      'contact',
    ]);
  });

  it('does not read inherited properties', () => {
    const input = Object.create(GOOD) as object;
    expect(pathsOf(validateEmailRequest(input))).toHaveLength(3);
  });

  it('agrees with EmailRequestSchema and never throws', () => {
    const part = fc.oneof(
      fc.string(),
      fc.constant('1550672064762308113'),
      fc.constant('a@b.co'),
      fc.integer(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.record({ orderId: part, description: part, contact: part }), (input) => {
        const result = validateEmailRequest(input);
        if (result.success) expect(EmailRequestSchema.safeParse(result.data).success).toBe(true);
        else expect(result.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('ContactSchema', () => {
  it.each(['13800138000', '+86 138 0013 8000', '010-9510208', 'buyer@example.com'])('accepts %j', (value) => {
    expect(ContactSchema.safeParse(value).success).toBe(true);
  });
  it.each(['', 'abc', '12345', 'a@', '@b.co', '+', '1'.repeat(21)])('rejects %j', (value) => {
    expect(ContactSchema.safeParse(value).success).toBe(false);
  });
});

describe('composeEmail', () => {
  it('carries the three parts, addressed to the guide’s mailbox', () => {
    const email = composeEmail(GOOD);
    expect(email.to).toBe('tiantian@taobao.com');
    expect(email.body).toBe(
      '订单编号: 1550672064762308113\n问题描述: 水壶收到时盖子裂了\n联系方式: 13800138000\n',
    );
    expect(composeEmail(GOOD, { locale: 'es' }).body).toContain('Número de pedido: 1550672064762308113');
  });
  it.each([
    ['CR LF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['VT', '\v'],
    ['FF', '\f'],
    ['NEL', '\u0085'],
    ['the line separator', '\u2028'],
    ['the paragraph separator', '\u2029'],
  ])('a %s in the description cannot add a line that reads as another field', (_, lineBreak) => {
    const description = `盖子裂了${lineBreak}Contact: evil@attacker.example${lineBreak}联系方式: 13900000000`;
    for (const locale of ['zh-CN', 'en'] as const) {
      const lines = composeEmail({ ...GOOD, description }, { locale }).body.split(
        /\r\n|[\n\v\f\r\u0085\u2028\u2029]/u,
      );
      const fields = lines.filter((line) => /^\S[^:]*:/u.test(line)).map((line) => line.split(':')[0]);
      expect(fields).toEqual(
        locale === 'en' ? ['Order number', 'Description', 'Contact'] : ['订单编号', '问题描述', '联系方式'],
      );
    }
    expect(composeEmail({ ...GOOD, description }, { locale: 'en' }).body).toBe(
      'Order number: 1550672064762308113\nDescription: 盖子裂了\n  Contact: evil@attacker.example\n  联系方式: 13900000000\nContact: 13800138000\n',
    );
  });

  it('throws invalid_argument for an incomplete request', () => {
    expect(() => composeEmail({ ...GOOD, contact: '' })).toThrow(/contact/);
    expect(() => composeEmail({ ...GOOD, orderId: 'x' })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

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
    expect(validateEmailRequest({ ...GOOD, description })).toEqual({
      success: false,
      error: expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'too_big',
            message: 'The description is longer than 20000 characters',
            path: ['description'],
          }),
        ],
      }),
    });
    expect(validateEmailRequest({ ...GOOD, description: 'x'.repeat(20000) }).success).toBe(true);
  });
});

describe('composeEmail: errors and subject', () => {
  it('throws the first issue’s message and path', () => {
    expect(() => composeEmail({ ...GOOD, contact: 'call me' })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message:
          'a contact (联系方式: phone number or email address) must be a phone number or an email address, got "call me"',
        path: ['contact'],
      }),
    );
  });

  it('throws the schema’s issue for a too long description, with its path', () => {
    expect(() => composeEmail({ ...GOOD, description: 'x'.repeat(20001) })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'The description is longer than 20000 characters',
        path: ['description'],
      }),
    );
  });

  it('the subject is the label then the order number', () => {
    expect(composeEmail(GOOD).subject).toBe('客服咨询 订单 1550672064762308113');
    expect(composeEmail(GOOD, { locale: 'en' }).subject).toBe(
      'Customer service request, order 1550672064762308113',
    );
  });
});
