import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_SERVICE_EMAIL } from '../../src/channels/data/contact.js';
import { composeEmail, EMAIL_REQUIRED_PARTS, validateEmailRequest } from '../../src/channels/email.js';
import { ContactSchema, EmailRequestSchema } from '../../src/channels/schemas.js';
import { isTiantianError } from '../../src/shared/errors.js';

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
  it('throws invalid_argument for an incomplete request', () => {
    expect(() => composeEmail({ ...GOOD, contact: '' })).toThrow(/contact/);
    try {
      composeEmail({ ...GOOD, orderId: 'x' });
    } catch (error) {
      expect(isTiantianError(error, 'invalid_argument')).toBe(true);
    }
  });
});
