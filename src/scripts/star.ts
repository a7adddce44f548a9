// STAR messages (STAR法则): the guide tells customers to state a problem as Situation (当前所处的购物阶段),
// Task (期望达到的目标), Action (已采取的具体措施) and Result (产生的实际效果与预期差异). The parts are a
// customer's words, so every problem comes back as an issue, never a throw.
import { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
import { isLocale, LOCALES, type Locale } from '../shared/locale.js';
import { isOrderId, ORDER_ID_LENGTH } from '../shared/order-id.js';
import type { Issue, IssueCode, SafeResult } from '../shared/result.js';
import { safely } from '../shared/safe-call.js';

/**
 * The four parts of a STAR message, in the customer's words.
 *
 * @example
 * const parts: StarParts = {
 *   situation: '9月28日下单的电饭煲已签收',
 *   task: '希望换一台新的',
 *   action: '已拍照并联系了商家',
 *   result: '商家三天未回复，内胆仍有裂痕',
 * };
 */
export interface StarParts {
  /** Situation (情境): the stage of the purchase now. */
  readonly situation: string;
  /** Task (任务): the outcome wanted. */
  readonly task: string;
  /** Action (行动): what has been done already. */
  readonly action: string;
  /** Result (结果): what happened, and how it differs from what was expected. */
  readonly result: string;
}

/**
 * Where and how the message is sent.
 *
 * @example
 * const options: StarOptions = { channel: 'email', orderId: '1550672064762308113', contact: '13800138000' };
 */
export interface StarOptions {
  /** The channel: `email` needs the order number and a contact (邮件正文需包含订单编号、问题描述及联系方式). */
  readonly channel: ChannelId;
  /**
   * The language of the labels.
   * @default 'zh-CN'
   */
  readonly locale?: Locale;
  /** The order number (订单号), digits; required for email. */
  readonly orderId?: string;
  /** A phone number or an email address; required for email. */
  readonly contact?: string;
  /**
   * `'markdown'` bolds the labels and escapes the customer's text.
   * @default 'text'
   */
  readonly format?: 'text' | 'markdown';
}

/**
 * The part names in STAR order.
 *
 * @example
 * STAR_PARTS; //=> ['situation', 'task', 'action', 'result']
 */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

/**
 * The longest message each channel takes: chat and social media want it short; email has room.
 *
 * @example
 * STAR_MAX_LENGTH['social-media']; //=> 500
 */
export const STAR_MAX_LENGTH: Readonly<Record<ChannelId, number>> = {
  'online-chat': 800,
  hotline: 800,
  email: 5000,
  'social-media': 500,
};

/**
 * The longest part `composeStarMessage` reads, in UTF-16 units: four times the longest message
 * (email's 5000), room for any spacing that collapses. A longer part is refused with `too_big`
 * before it is normalized, so a 10 MB paste costs nothing.
 */
const STAR_PART_INPUT_LIMIT = 4 * Math.max(...Object.values(STAR_MAX_LENGTH));

interface Words {
  readonly labels: Readonly<Record<(typeof STAR_PARTS)[number], string>>;
  readonly names: Readonly<Record<(typeof STAR_PARTS)[number], string>>;
  readonly subject: (orderId: string) => string;
  readonly subjectLabel: string;
  readonly hello: string;
  readonly orderLabel: string;
  readonly contactLabel: string;
  readonly thanks: string;
  readonly colon: string;
}

const WORDS: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    labels: { situation: '情境', task: '任务', action: '行动', result: '结果' },
    names: {
      situation: '情境（当前所处的购物阶段）',
      task: '任务（期望达到的目标）',
      action: '行动（已采取的具体措施）',
      result: '结果（实际效果与预期差异）',
    },
    subject: (orderId) => `订单${orderId}问题反馈`,
    subjectLabel: '主题',
    hello: '您好：',
    orderLabel: '订单编号',
    contactLabel: '联系方式',
    thanks: '谢谢！',
    colon: '：',
  },
  en: {
    labels: { situation: 'Situation', task: 'What I need', action: 'What I have tried', result: 'Result' },
    names: {
      situation: 'the situation',
      task: 'the task (what you need)',
      action: 'the action (what you have tried)',
      result: 'the result',
    },
    subject: (orderId) => `Order ${orderId}: request for help`,
    subjectLabel: 'Subject',
    hello: 'Hello,',
    orderLabel: 'Order number',
    contactLabel: 'Contact',
    thanks: 'Thank you.',
    colon: ': ',
  },
  es: {
    labels: {
      situation: 'Situación',
      task: 'Lo que necesito',
      action: 'Lo que he intentado',
      result: 'Resultado',
    },
    names: {
      situation: 'la situación',
      task: 'el objetivo (lo que necesita)',
      action: 'la acción (lo que ha intentado)',
      result: 'el resultado',
    },
    subject: (orderId) => `Pedido ${orderId}: solicitud de ayuda`,
    subjectLabel: 'Asunto',
    hello: 'Hola:',
    orderLabel: 'Número de pedido',
    contactLabel: 'Contacto',
    thanks: 'Gracias.',
    colon: ': ',
  },
};

// Filler that says nothing, compared without spaces, punctuation or case.
const PLACEHOLDERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'na',
  'none',
  'nil',
  'null',
  'undefined',
  'tbd',
  'todo',
  'test',
  'xxx',
  'idk',
  'asdf',
  'nothing',
  'same',
  'sameasabove',
  'nd',
  'ninguno',
  'ninguna',
  'nada',
  'noaplica',
  'sindatos',
  'igual',
  '无',
  '没有',
  '暂无',
  '略',
  '同上',
  '见上',
  '空',
  '不知道',
  '无可奉告',
  '测试',
  '一样',
]);
const NOT_CONTENT = /[\s\p{P}\p{S}]/gu;
const HAN = /\p{Script=Han}/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
// CommonMark lets any ASCII punctuation be escaped with a backslash.
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** How much a text says: two per Han character (a word is often two), one per other letter or digit. */
function weight(content: string): number {
  let total = 0;
  for (const char of content) total += HAN.test(char) ? 2 : 1;
  return total;
}

function checkText(value: unknown, path: string, name: string, locale: Locale): Issue | string {
  const say = (code: IssueCode, zh: string, en: string, es: string): Issue => ({
    code,
    message: locale === 'zh-CN' ? zh : locale === 'en' ? en : es,
    path: [path],
  });
  if (value === undefined || value === null) {
    return say('missing', `缺少${name}`, `Please describe ${name}.`, `Describa ${name}.`);
  }
  if (typeof value !== 'string') {
    return say('invalid_type', `${name}必须是文字`, `${name} must be text.`, `${name} debe ser un texto.`);
  }
  // Refused before any work on it: no message of any channel takes it, however its spaces collapse.
  if (value.length > STAR_PART_INPUT_LIMIT) {
    return say(
      'too_big',
      `${name}超过${STAR_PART_INPUT_LIMIT}个字符`,
      `${name} is longer than ${STAR_PART_INPUT_LIMIT} characters.`,
      `${name} tiene más de ${STAR_PART_INPUT_LIMIT} caracteres.`,
    );
  }
  const text = value.replace(/\s+/g, () => ' ').trim();
  if (text === '') return say('missing', `缺少${name}`, `Please describe ${name}.`, `Describa ${name}.`);
  const content = text.replace(NOT_CONTENT, () => '').toLowerCase();
  if (content === '') {
    return say(
      'not_meaningful',
      `${name}只有标点符号`,
      `${name} is only punctuation.`,
      `${name} solo contiene signos de puntuación.`,
    );
  }
  if (PLACEHOLDERS.has(content) || /^(.)\1+$/u.test(content)) {
    return say(
      'placeholder',
      `${name}是占位内容（“${text.slice(0, 20)}”），请具体说明`,
      `${name} is a placeholder (“${text.slice(0, 20)}”); please say what happened.`,
      `${name} es un texto de relleno («${text.slice(0, 20)}»); explique qué ocurrió.`,
    );
  }
  if (weight(content) < 4) {
    return say(
      'too_small',
      `${name}太短，请具体说明`,
      `${name} is too short; please give details.`,
      `${name} es demasiado breve; dé más detalles.`,
    );
  }
  return text;
}

function escapeMarkdown(text: string): string {
  return text.replace(BIDI, () => '').replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Checks a STAR message (STAR法则) and writes it for a channel. Every part must be present and say
 * something: not empty, not only punctuation, not a placeholder (`n/a`, `无`, `...`), not a word or
 * two. Email needs the order number and a contact as well (“邮件正文需包含订单编号、问题描述及联系方式”)
 * and gets a subject, a greeting and a closing; chat, hotline and social media get the four lines
 * only, within `STAR_MAX_LENGTH`. Never throws: a bad channel or locale is an issue too.
 *
 * @param parts - `{ situation, task, action, result }` in the customer's words
 * @param options - `{ channel, locale?, orderId?, contact?, format? }`
 * @returns the message, or every issue (each `path` names the part: `['task']`, `['orderId']`…)
 * @example
 * composeStarMessage(
 *   { situation: '已签收电饭煲', task: '希望换一台新的', action: '已拍照并联系商家', result: '商家三天未回复' },
 *   { channel: 'online-chat' },
 * );
 * //=> { success: true, data: '情境：已签收电饭煲\n任务：希望换一台新的\n行动：已拍照并联系商家\n结果：商家三天未回复' }
 */
export function composeStarMessage(parts: StarParts, options: StarOptions): SafeResult<string> {
  return safely(() => composeStar(parts, options));
}

function composeStar(parts: StarParts, options: StarOptions): SafeResult<string> {
  const issues: Issue[] = [];
  const given = (typeof options === 'object' && options !== null ? options : {}) as Partial<
    Record<keyof StarOptions, unknown>
  >;
  const locale: Locale = isLocale(given.locale) ? given.locale : 'zh-CN';
  if (given.locale !== undefined && !isLocale(given.locale)) {
    issues.push({
      code: 'invalid_argument',
      message: `Unknown locale; expected one of ${LOCALES.join(', ')}`,
      path: ['locale'],
    });
  }
  const channel = given.channel;
  if (!isChannelId(channel)) {
    issues.push({
      code: 'invalid_argument',
      message: `Unknown channel; expected one of ${CHANNEL_IDS.join(', ')}`,
      path: ['channel'],
    });
  }
  const format = given.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') {
    issues.push({
      code: 'invalid_argument',
      message: "Unknown format; expected 'text' or 'markdown'",
      path: ['format'],
    });
  }
  const words = WORDS[locale];
  const source = (typeof parts === 'object' && parts !== null ? parts : {}) as Partial<
    Record<string, unknown>
  >;
  const texts: string[] = [];
  for (const part of STAR_PARTS) {
    const value = Object.hasOwn(source, part) ? source[part] : undefined;
    const checked = checkText(value, part, words.names[part], locale);
    if (typeof checked === 'string') texts.push(checked);
    else issues.push(checked);
  }
  const email = channel === 'email';
  let orderId: string | undefined;
  if (given.orderId !== undefined || email) {
    const raw = typeof given.orderId === 'string' ? given.orderId.trim() : given.orderId;
    if (raw === undefined || raw === '') {
      issues.push({
        code: 'missing',
        message:
          locale === 'zh-CN'
            ? '邮件正文需包含订单编号'
            : locale === 'en'
              ? 'An email must include the order number.'
              : 'Un correo debe incluir el número de pedido.',
        path: ['orderId'],
      });
    } else if (!isOrderId(raw)) {
      issues.push({
        code: 'invalid_format',
        message:
          locale === 'zh-CN'
            ? `订单编号应为${ORDER_ID_LENGTH.min}至${ORDER_ID_LENGTH.max}位数字`
            : locale === 'en'
              ? `An order number is ${ORDER_ID_LENGTH.min} to ${ORDER_ID_LENGTH.max} digits.`
              : `Un número de pedido tiene de ${ORDER_ID_LENGTH.min} a ${ORDER_ID_LENGTH.max} dígitos.`,
        path: ['orderId'],
      });
    } else orderId = raw;
  }
  let contact: string | undefined;
  if (given.contact !== undefined || email) {
    const raw =
      typeof given.contact === 'string' ? given.contact.replace(/\s+/g, () => ' ').trim() : given.contact;
    if (raw === undefined || raw === '') {
      issues.push({
        code: 'missing',
        message:
          locale === 'zh-CN'
            ? '邮件正文需包含联系方式'
            : locale === 'en'
              ? 'An email must include a way to contact you.'
              : 'Un correo debe incluir un medio de contacto.',
        path: ['contact'],
      });
    } else if (
      typeof raw !== 'string' ||
      raw.length > 200 ||
      !(isEmailAddress(raw) || (raw.match(/\d/g)?.length ?? 0) >= 7)
    ) {
      issues.push({
        code: 'invalid_format',
        message:
          locale === 'zh-CN'
            ? '联系方式应为电话号码或邮箱地址'
            : locale === 'en'
              ? 'The contact must be a phone number or an email address.'
              : 'El contacto debe ser un teléfono o un correo electrónico.',
        path: ['contact'],
      });
    } else contact = raw;
  }
  if (issues.length > 0 || !isChannelId(channel)) return { success: false, error: { issues } };

  const markdown = format === 'markdown';
  const user = (text: string) => (markdown ? escapeMarkdown(text) : text);
  const line = (label: string, text: string) =>
    markdown ? `- **${label}**${words.colon}${user(text)}` : `${label}${words.colon}${text}`;
  const body = STAR_PARTS.map((part, index) => line(words.labels[part], texts[index] ?? ''));
  let message: string;
  if (email && orderId !== undefined && contact !== undefined) {
    const subject = markdown
      ? `**${words.subjectLabel}**${words.colon}${user(words.subject(orderId))}`
      : `${words.subjectLabel}${words.colon}${words.subject(orderId)}`;
    message = [
      subject,
      '',
      words.hello,
      '',
      line(words.orderLabel, orderId),
      ...body,
      line(words.contactLabel, contact),
      '',
      words.thanks,
    ].join('\n');
  } else {
    const head = orderId === undefined ? [] : [line(words.orderLabel, orderId)];
    const tail = contact === undefined ? [] : [line(words.contactLabel, contact)];
    message = [...head, ...body, ...tail].join('\n');
  }
  const max = STAR_MAX_LENGTH[channel];
  if (message.length > max) {
    return {
      success: false,
      error: {
        issues: [
          {
            code: 'too_big',
            message:
              locale === 'zh-CN'
                ? `内容共${message.length}字，超过该渠道上限${max}字，请精简或改用邮件`
                : locale === 'en'
                  ? `The message is ${message.length} characters; this channel takes at most ${max}. Shorten it or send an email.`
                  : `El mensaje tiene ${message.length} caracteres; este canal admite como máximo ${max}. Acórtelo o envíe un correo.`,
            path: [],
          },
        ],
      },
    };
  }
  return { success: true, data: message };
}

/**
 * `local@domain.tld` with no white space and one `@`, the domain holding a dot that neither starts
 * nor ends it. A scan rather than `/^[^\s@]+@[^\s@]+\.[^\s@]+$/`, which backtracks quadratically.
 */
function isEmailAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@')) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot > 0 && domain.lastIndexOf('.') < domain.length - 1;
}
