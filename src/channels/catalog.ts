// The guide's four contact routes (一、如何快速联系淘宝天天特卖人工客服) as data.
import type { BusinessHours } from '../calendar/index.js';
import { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { describeValue } from '../shared/assert.js';
import type { LocalizedText } from '../shared/locale.js';
import {
  BEIJING_AREA_CODE,
  CUSTOMER_SERVICE_EMAIL,
  GUIDE_RESPONSE_TARGETS,
  HOTLINE_NUMBER,
  type ResponseTarget,
} from './data/contact.js';
import { channelHours } from './channel-hours.js';

/**
 * An account on a social network where customer service reads messages.
 *
 * @example
 * const weibo: SocialAccount = { platform: 'weibo', handle: '@淘宝网', name: { 'zh-CN': '淘宝官方微博', en: 'Taobao on Weibo', es: 'Taobao en Weibo' } };
 */
export interface SocialAccount {
  readonly platform: 'weibo' | 'wechat';
  /** How the guide writes the account: “@淘宝网”, “淘宝官方账号”. */
  readonly handle: string;
  readonly name: LocalizedText;
}

/**
 * A contact channel of the guide, with every fact the guide states about it.
 * `Id` narrows `response` to the channel's own response facts (`getChannel('email').response.complex`).
 *
 * @example
 * const chat: Channel<'online-chat'> = getChannel('online-chat');
 * chat.steps.map((s) => s['zh-CN']);
 */
export interface Channel<Id extends ChannelId = ChannelId> {
  readonly id: Id;
  /** The channel's name, e.g. 官方服务热线. */
  readonly name: LocalizedText;
  /** How to reach a person, step by step. */
  readonly steps: readonly LocalizedText[];
  /** The number to call (hotline). */
  readonly phone?: string;
  /** The address to write to (email). */
  readonly email?: string;
  /** The accounts to message (social media). */
  readonly accounts?: readonly SocialAccount[];
  /** When a person reads or answers: a `BusinessHours` of `tiantian-support/calendar`. */
  readonly hours: BusinessHours;
  /**
   * Whether the guide states these hours. It does for the hotline (7×24) and social media
   * (workdays 09:00–21:00); for online chat and email it states none, and the library treats them
   * as always open for submission.
   */
  readonly hoursStatedByGuide: boolean;
  /** The hours in words, saying where the guide is silent. */
  readonly hoursText: LocalizedText;
  /** The guide's response facts for the channel (from `GUIDE_RESPONSE_TARGETS`). */
  readonly response: (typeof GUIDE_RESPONSE_TARGETS)[Id];
  /** The response target to show when one is shown. */
  readonly primaryResponse: ResponseTarget;
  /** What the guide says the channel suits. */
  readonly suitedFor: LocalizedText;
  /** The guide's sentences this entry rests on, verbatim. */
  readonly guideQuotes: readonly string[];
}

// Each table below is built in a `/* @__PURE__ */` arrow call: its property reads (`X.start`) are not
// known to be free of side effects, and a bundler must be able to drop the whole catalog (and with it
// the China calendar) from a bundle that does not use it.
const ONLINE_CHAT: Channel<'online-chat'> = /* @__PURE__ */ (() => ({
  id: 'online-chat',
  name: { 'zh-CN': 'APP内在线客服', en: 'In-app online chat', es: 'Chat en línea en la app' },
  steps: [
    {
      'zh-CN': '打开手机淘宝APP,点击底部导航栏的“我的淘宝”进入个人中心',
      en: 'Open the Taobao app and tap “My Taobao” (我的淘宝) in the bottom bar',
      es: 'Abre la app de Taobao y toca «Mi Taobao» (我的淘宝) en la barra inferior',
    },
    {
      'zh-CN': '在页面顶部找到“客户服务”入口,点击后选择“在线客服”',
      en: 'At the top of the page tap “Customer service” (客户服务), then “Online chat” (在线客服)',
      es: 'Arriba en la página toca «Atención al cliente» (客户服务) y luego «Chat en línea» (在线客服)',
    },
    {
      'zh-CN': '系统会先进入智能客服问答窗口',
      en: 'The chat starts with the virtual assistant (智能客服)',
      es: 'El chat empieza con el asistente virtual (智能客服)',
    },
    {
      'zh-CN': '输入“转人工”或“人工客服”,等待系统分配客服人员',
      en: 'Type “转人工” or “人工客服” to be queued for a person, and wait to be assigned an agent',
      es: 'Escribe «转人工» o «人工客服» para pasar a la cola de un agente y espera a que te asignen uno',
    },
  ],
  hours: channelHours('online-chat'),
  hoursStatedByGuide: false,
  hoursText: {
    'zh-CN': '指南未说明在线客服的服务时间;本库视为随时可提交',
    en: 'The guide states no hours for online chat; treated as always open for submission',
    es: 'La guía no indica horario para el chat; se considera siempre abierto para enviar consultas',
  },
  response: GUIDE_RESPONSE_TARGETS['online-chat'],
  primaryResponse: GUIDE_RESPONSE_TARGETS['online-chat'].afterHandoff,
  suitedFor: {
    'zh-CN': '紧急支付问题(即时响应);商品质量争议(在线客服转人工,1小时内)',
    en: 'Urgent payment problems (immediate answer); quality disputes (ask for a person, within 1 hour)',
    es: 'Problemas de pago urgentes (respuesta inmediata); disputas de calidad (pide un agente, en menos de 1 hora)',
  },
  guideQuotes: [
    '打开手机淘宝APP,点击底部导航栏的“我的淘宝”进入个人中心。',
    '在页面顶部找到“客户服务”入口,点击后选择“在线客服”。',
    '进入对话界面后,系统会自动跳转至智能客服问答窗口。',
    '若需转接人工服务,请在对话框内输入“转人工”或“人工客服”,等待系统分配客服人员即可。',
    '紧急支付问题 | 电话/在线客服 | 即时响应',
    '商品质量争议 | 在线客服转人工 | 1小时内',
  ],
}))();

const HOTLINE: Channel<'hotline'> = /* @__PURE__ */ (() => ({
  id: 'hotline',
  name: { 'zh-CN': '官方服务热线', en: 'Customer service hotline', es: 'Línea de atención telefónica' },
  steps: [
    {
      'zh-CN': `拨打全国统一客服热线:${HOTLINE_NUMBER}`,
      en: `Call the nationwide customer service hotline: ${HOTLINE_NUMBER}`,
      es: `Llama a la línea nacional de atención al cliente: ${HOTLINE_NUMBER}`,
    },
    {
      'zh-CN': '北京地区固定电话可直拨,其他地区需加拨区号(首次拨号需注意区分固定电话区号)',
      en: `From a landline in Beijing dial it directly; from a landline elsewhere add the area code (${BEIJING_AREA_CODE})`,
      es: `Desde un fijo de Pekín márcalo directamente; desde un fijo de otra zona añade el prefijo (${BEIJING_AREA_CODE})`,
    },
    {
      'zh-CN': '按语音提示选择对应服务',
      en: 'Follow the voice menu to choose the service you need',
      es: 'Sigue el menú de voz para elegir el servicio que necesitas',
    },
  ],
  phone: HOTLINE_NUMBER,
  hours: channelHours('hotline'),
  hoursStatedByGuide: true,
  hoursText: {
    'zh-CN': '7×24小时全天候服务',
    en: 'Open 24 hours a day, 7 days a week',
    es: 'Abierta las 24 horas, los 7 días de la semana',
  },
  response: GUIDE_RESPONSE_TARGETS.hotline,
  primaryResponse: GUIDE_RESPONSE_TARGETS.hotline.immediate,
  suitedFor: {
    'zh-CN': '特别适合需要快速解决紧急问题的用户',
    en: 'Especially suited to customers who need an urgent problem solved quickly',
    es: 'Especialmente indicada para quien necesita resolver rápido un problema urgente',
  },
  guideQuotes: [
    `拨打全国统一客服热线:${HOTLINE_NUMBER}(按语音提示选择对应服务)。`,
    '该热线提供7×24小时全天候服务,特别适合需要快速解决紧急问题的用户。',
    '首次拨号需注意区分固定电话区号,北京地区可直拨,其他地区需加拨区号。',
    '紧急支付问题 | 电话/在线客服 | 即时响应',
  ],
}))();

const EMAIL: Channel<'email'> = /* @__PURE__ */ (() => ({
  id: 'email',
  name: { 'zh-CN': '邮件沟通渠道', en: 'Email', es: 'Correo electrónico' },
  steps: [
    {
      'zh-CN': `发送邮件至官方客服邮箱:${CUSTOMER_SERVICE_EMAIL}`,
      en: `Write to the customer service mailbox: ${CUSTOMER_SERVICE_EMAIL}`,
      es: `Escribe al buzón de atención al cliente: ${CUSTOMER_SERVICE_EMAIL}`,
    },
    {
      'zh-CN': '邮件正文需包含订单编号、问题描述及联系方式',
      en: 'The body must include the order number, a description of the problem and how to contact you',
      es: 'El cuerpo debe incluir el número de pedido, una descripción del problema y un contacto',
    },
    {
      'zh-CN': '建议使用PC端撰写,便于附加相关凭证照片',
      en: 'Writing on a computer is suggested, to attach photos of the evidence',
      es: 'Se recomienda escribir desde un ordenador, para adjuntar fotos de las pruebas',
    },
  ],
  email: CUSTOMER_SERVICE_EMAIL,
  hours: channelHours('email'),
  hoursStatedByGuide: false,
  hoursText: {
    'zh-CN': '指南未说明邮件的处理时间;随时可发送,平均24-48小时回复',
    en: 'The guide states no hours for email; send any time, answered in 24 to 48 hours on average',
    es: 'La guía no indica horario para el correo; envía cuando quieras, respuesta en 24 a 48 horas de media',
  },
  response: GUIDE_RESPONSE_TARGETS.email,
  primaryResponse: GUIDE_RESPONSE_TARGETS.email.typical,
  suitedFor: {
    'zh-CN': '建议使用PC端撰写,便于附加相关凭证照片',
    en: 'Cases that need evidence: write on a computer to attach photos of it',
    es: 'Casos con pruebas: escribe desde un ordenador para adjuntar las fotos',
  },
  guideQuotes: [
    `发送邮件至官方客服邮箱:${CUSTOMER_SERVICE_EMAIL}。`,
    '邮件正文需包含订单编号、问题描述及联系方式。',
    '建议使用PC端撰写,便于附加相关凭证照片。',
    '平均响应时效为24-48小时,复杂问题可能延长至72小时。',
    '物流延迟投诉 | 邮件/社交媒体 | 24小时内',
  ],
}))();

const SOCIAL_MEDIA: Channel<'social-media'> = /* @__PURE__ */ (() => ({
  id: 'social-media',
  name: { 'zh-CN': '社交媒体渠道', en: 'Social media', es: 'Redes sociales' },
  steps: [
    {
      'zh-CN': '通过淘宝官方微博(@淘宝网)留言咨询',
      en: 'Message Taobao’s official Weibo account (@淘宝网)',
      es: 'Envía un mensaje a la cuenta oficial de Taobao en Weibo (@淘宝网)',
    },
    {
      'zh-CN': '或通过微信公众号(淘宝官方账号)留言咨询',
      en: 'Or message the official WeChat account (淘宝官方账号)',
      es: 'O envía un mensaje a la cuenta oficial de WeChat (淘宝官方账号)',
    },
  ],
  accounts: [
    {
      platform: 'weibo',
      handle: '@淘宝网',
      name: { 'zh-CN': '淘宝官方微博', en: 'Taobao’s official Weibo', es: 'Weibo oficial de Taobao' },
    },
    {
      platform: 'wechat',
      handle: '淘宝官方账号',
      name: {
        'zh-CN': '微信公众号(淘宝官方账号)',
        en: 'Official WeChat account',
        es: 'Cuenta oficial de WeChat',
      },
    },
  ],
  hours: channelHours('social-media'),
  hoursStatedByGuide: true,
  hoursText: {
    'zh-CN': '工作日早9点至晚9点(北京时间)',
    en: 'Working days 09:00 to 21:00 (Beijing time)',
    es: 'Días laborables de 09:00 a 21:00 (hora de Pekín)',
  },
  response: GUIDE_RESPONSE_TARGETS['social-media'],
  primaryResponse: GUIDE_RESPONSE_TARGETS['social-media'].typical,
  suitedFor: {
    'zh-CN': '尤其适合需要隐私保护的敏感问题沟通',
    en: 'Especially suited to sensitive matters that need privacy',
    es: 'Especialmente indicadas para asuntos delicados que requieren privacidad',
  },
  guideQuotes: [
    '通过淘宝官方微博(@淘宝网)、微信公众号(淘宝官方账号)留言咨询。',
    '工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复。',
    '此渠道尤其适合需要隐私保护的敏感问题沟通。',
    '物流延迟投诉 | 邮件/社交媒体 | 24小时内',
  ],
}))();

const NOT_OURS = new Set(['hours', 'response', 'primaryResponse']);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // `hours` and the response facts belong to other modules: freeze only our own data.
    for (const [key, child] of Object.entries(value)) if (!NOT_OURS.has(key)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The guide's four contact channels (一、如何快速联系淘宝天天特卖人工客服), in the guide's order:
 * in-app online chat, the hotline, email, social media. Frozen.
 *
 * @example
 * CHANNELS.map((c) => c.id); //=> ['online-chat', 'hotline', 'email', 'social-media']
 * CHANNELS[1].phone === HOTLINE_NUMBER; //=> true
 */
export const CHANNELS: readonly [
  Channel<'online-chat'>,
  Channel<'hotline'>,
  Channel<'email'>,
  Channel<'social-media'>,
] = /* @__PURE__ */ deepFreeze([ONLINE_CHAT, HOTLINE, EMAIL, SOCIAL_MEDIA] as const);

/**
 * The channel with the given id.
 *
 * @param id - one of `CHANNEL_IDS`
 * @returns the channel, with `response` narrowed to its own response facts
 * @throws {TiantianError} `'unknown_channel'` for any other value; the message lists the valid ids
 * @example
 * getChannel('email').email === CUSTOMER_SERVICE_EMAIL; //=> true
 * getChannel('social-media').hoursText.en; //=> 'Working days 09:00 to 21:00 (Beijing time)'
 */
export function getChannel<Id extends ChannelId>(id: Id): Channel<Id> {
  if (!isChannelId(id)) {
    throw new TiantianError(
      'unknown_channel',
      `Unknown channel ${describeValue(id)}; expected one of ${CHANNEL_IDS.join(', ')}`,
      { path: ['id'] },
    );
  }
  return CHANNELS.find((channel) => channel.id === id) as unknown as Channel<Id>;
}
