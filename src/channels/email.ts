import { describeValue } from '../shared/assert.js';
import type { Issue, SafeResult } from '../shared/result.js';
import { fail, ok } from '../shared/result.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/locale.js';
import { assertLocale } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import { OrderIdSchema } from '../shared/schemas.js';
import { failFromZod } from '../shared/zod-issues.js';
import { CUSTOMER_SERVICE_EMAIL } from './data/contact.js';
import { safely } from '../shared/safe-call.js';
import { ContactSchema, EmailRequestSchema } from './schemas.js';

/**
 * An email to customer service with the three parts the guide requires: “邮件正文需包含订单编号、
 * 问题描述及联系方式”.
 *
 * @example
 * const request: EmailRequest = { orderId: '1550672064762308113', description: '商品破损', contact: '13800138000' };
 */
export interface EmailRequest {
  /** 订单编号: a string of digits. */
  readonly orderId: string;
  /** 问题描述: what went wrong, not blank. */
  readonly description: string;
  /** 联系方式: a phone number or an email address. */
  readonly contact: string;
}

/**
 * The required parts of an {@link EmailRequest}, in the guide's order (订单编号、问题描述及联系方式).
 *
 * @example
 * EMAIL_REQUIRED_PARTS; //=> ['orderId', 'description', 'contact']
 */
export const EMAIL_REQUIRED_PARTS = ['orderId', 'description', 'contact'] as const;

const PART_NAMES: Record<(typeof EMAIL_REQUIRED_PARTS)[number], string> = {
  orderId: 'the order number (订单编号)',
  description: 'the description of the problem (问题描述)',
  contact: 'a contact (联系方式: phone number or email address)',
};

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Checks an email to customer service before it is sent, and says which of the guide's required
 * parts (“订单编号、问题描述及联系方式”) is missing or malformed. Untrusted input: never throws.
 * A missing or blank part gets an issue with code `'missing'` and the part's `path`; a part
 * present but malformed (an order number that is not a string of digits, a contact that is
 * neither a phone number nor an email address) gets code `'invalid_format'`.
 *
 * @param input - anything, typically a form or request body
 * @returns the safeParse shape; `data` is the request with trimmed strings
 * @example
 * const result = validateEmailRequest({ orderId: '1550672064762308113', description: '' });
 * result.success; //=> false
 * if (!result.success) result.error.issues.map((i) => i.path[0]); //=> ['description', 'contact']
 */
export function validateEmailRequest(input: unknown): SafeResult<EmailRequest> {
  return safely(() => readEmailRequest(input));
}

function readEmailRequest(input: unknown): SafeResult<EmailRequest> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(
      EMAIL_REQUIRED_PARTS.map((part) => ({
        code: 'missing',
        message: `The email request must be an object with ${PART_NAMES[part]}; got ${describeValue(input)}`,
        path: [part],
      })),
    );
  }
  const record = input as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const part of EMAIL_REQUIRED_PARTS) {
    const value = Object.hasOwn(record, part) ? record[part] : undefined;
    if (isBlank(value)) {
      issues.push({ code: 'missing', message: `Missing ${PART_NAMES[part]}`, path: [part] });
      continue;
    }
    if (typeof value !== 'string') {
      issues.push({
        code: 'invalid_type',
        message: `${PART_NAMES[part]} must be a string, got ${describeValue(value)}`,
        path: [part],
      });
      continue;
    }
    const trimmed = value.trim();
    const schema = part === 'orderId' ? OrderIdSchema : part === 'contact' ? ContactSchema : undefined;
    if (schema && !schema.safeParse(trimmed).success) {
      const expected =
        part === 'orderId' ? 'a string of 6 to 32 digits' : 'a phone number or an email address';
      issues.push({
        code: 'invalid_format',
        message: `${PART_NAMES[part]} must be ${expected}, got ${describeValue(value)}`,
        path: [part],
      });
    }
  }
  if (issues.length > 0) return fail(issues);
  const data = {
    orderId: (record.orderId as string).trim(),
    description: (record.description as string).trim(),
    contact: (record.contact as string).trim(),
  };
  // The published schema is the single definition of a valid request; check we agree with it.
  const parsed = EmailRequestSchema.safeParse(data);
  if (!parsed.success) {
    return failFromZod(parsed.error.issues);
  }
  return ok(data);
}

/**
 * A ready-to-send email to customer service: the address, a subject and a body that carries the
 * three parts the guide requires, labelled in the chosen locale.
 *
 * @example
 * const email: ComposedEmail = composeEmail({ orderId: '1550672064762308113', description: '商品破损', contact: '13800138000' });
 */
export interface ComposedEmail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const LABELS: Record<Locale, { subject: string; orderId: string; description: string; contact: string }> = {
  'zh-CN': { subject: '客服咨询 订单', orderId: '订单编号', description: '问题描述', contact: '联系方式' },
  en: {
    subject: 'Customer service request, order',
    orderId: 'Order number',
    description: 'Description',
    contact: 'Contact',
  },
  es: {
    subject: 'Consulta de atención al cliente, pedido',
    orderId: 'Número de pedido',
    description: 'Descripción',
    contact: 'Contacto',
  },
};

/** A line break of any kind a mail reader or editor may show as one: CR LF, LF, CR, VT, FF, NEL, LS, PS. */
// Stryker disable next-line Regex: Stryker 9.6's regex mutant of `\v` is `\V`, a syntax error under `u`
// that stops the whole file loading (the tests below pin each break).
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/gu;

/**
 * Composes the email the guide describes (“邮件正文需包含订单编号、问题描述及联系方式”) to
 * `CUSTOMER_SERVICE_EMAIL`. The request is checked first.
 *
 * @param request - the order number, the description and the contact
 * @param options - `locale` of the labels
 * @returns `{ to, subject, body }`; a description of several lines has its further lines indented
 *   by two spaces, so that each field starts one line and nothing else does
 * @throws {TiantianError} `'invalid_argument'` when a required part is missing or malformed
 * (use `validateEmailRequest` first for untrusted input)
 * @example
 * composeEmail({ orderId: '1550672064762308113', description: 'Cracked lid', contact: 'a@b.co' }, { locale: 'en' }).body;
 * //=> 'Order number: 1550672064762308113\nDescription: Cracked lid\nContact: a@b.co\n'
 */
export function composeEmail(request: EmailRequest, options: { locale?: Locale } = {}): ComposedEmail {
  const locale = assertLocale(options.locale ?? DEFAULT_LOCALE);
  const result = validateEmailRequest(request);
  if (!result.success) {
    // A failed result always has at least one issue.
    const first = result.error.issues[0]!;
    throw new TiantianError('invalid_argument', first.message, {
      path: first.path.filter((p): p is string | number => typeof p !== 'symbol'),
    });
  }
  const { orderId, description, contact } = result.data;
  const labels = LABELS[locale];
  // A description may run over several lines; each further line is indented, so that none can
  // begin with a label and read as another field (a forged `Contact:` before the real one).
  const folded = description.replace(LINE_BREAK, '\n  ');
  return {
    to: CUSTOMER_SERVICE_EMAIL,
    subject: `${labels.subject} ${orderId}`,
    body: `${labels.orderId}: ${orderId}\n${labels.description}: ${folded}\n${labels.contact}: ${contact}\n`,
  };
}
