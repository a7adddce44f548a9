import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { OrderIdSchema } from '../shared/schemas.js';
import { SERVICE_MODULE_IDS } from './data/service-modules.js';

// Each schema is built in a `/* @__PURE__ */` arrow call, so that a bundle which does not use it
// can drop it, and zod with it (a zod call is otherwise kept as a possible side effect).

/**
 * Validates a contact (联系方式) for an email to customer service: a phone number (digits, with an
 * optional leading `+`, spaces or hyphens; 6 to 20 digits) or an email address.
 *
 * @example
 * ContactSchema.safeParse('138 0013 8000').success; //=> true
 * ContactSchema.safeParse('buyer@example.com').success; //=> true
 * ContactSchema.safeParse('call me').success; //=> false
 */
export const ContactSchema = /* @__PURE__ */ (() =>
  explained(
    z.union(
      [
        z.email({ error: 'Expected an email address' }),
        z.string().check(
          z.regex(/^\+?\d[\d -]{4,28}\d$/, 'Expected a phone number'),
          z.refine((value) => {
            const digits = value.replace(/\D/g, '').length;
            return digits >= 6 && digits <= 20;
          }, 'A phone number has 6 to 20 digits'),
        ),
      ],
      { error: 'The contact (联系方式) must be a phone number or an email address' },
    ),
  ))();

/**
 * Validates an email to customer service (`CUSTOMER_SERVICE_EMAIL`). The guide: “邮件正文需包含订单编号、
 * 问题描述及联系方式” — the body must carry the order number (订单编号, a string of digits), a
 * description of the problem (问题描述) and a contact (联系方式: phone or email).
 *
 * @example
 * EmailRequestSchema.safeParse({
 *   orderId: '1550672064762308113',
 *   description: 'The kettle arrived cracked.',
 *   contact: 'buyer@example.com',
 * }).success; //=> true
 */
export const EmailRequestSchema = /* @__PURE__ */ (() =>
  explained(
    z.object({
      orderId: OrderIdSchema,
      description: z.string().check(
        z.refine((value) => value.trim().length > 0, 'The description (问题描述) is empty'),
        z.maxLength(20000, 'The description is longer than 20000 characters'),
      ),
      contact: z.string().check(
        z.refine((value) => ContactSchema.safeParse(value.trim()).success, {
          message: 'The contact (联系方式) must be a phone number or an email address',
        }),
      ),
    }),
  ))();

/**
 * Validates a `ServiceModuleId`.
 *
 * @example
 * ServiceModuleIdSchema.safeParse('after-sales').success; //=> true
 */
export const ServiceModuleIdSchema = /* @__PURE__ */ (() =>
  explained(
    z.enum(SERVICE_MODULE_IDS, {
      error: `Expected a service module: ${SERVICE_MODULE_IDS.join(', ')}`,
    }),
  ))();
