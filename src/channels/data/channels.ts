// The four contact channels' own guide facts (一、如何快速联系淘宝天天特卖人工客服): their names, how
// to reach a person, the hours in words and what each suits, each beside the guide's words. The
// numbers, hours and response promises they mention come from `./contact.js`. The names sit in
// their own table so that a bundle which needs only a channel's name (the SLA's derivation) does
// not carry the steps and quotes in three languages.
import type { ChannelId } from '../../shared/channel-ids.js';
import type { LocalizedText } from '../../shared/locale.js';
import {
  BEIJING_AREA_CODE,
  CUSTOMER_SERVICE_EMAIL,
  EMAIL_RESPONSE_HOURS,
  GUIDE_RESPONSE_TARGETS,
  HOTLINE_NUMBER,
  SOCIAL_MEDIA_OPENING,
} from './contact.js';

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
 * The name of each channel, as the guide's headings write it (“1. APP内在线客服”, “2. 官方服务热线”,
 * “3. 邮件沟通渠道”, “4. 社交媒体渠道”).
 *
 * @example
 * CHANNEL_NAMES.hotline['zh-CN']; //=> '官方服务热线'
 */
export const CHANNEL_NAMES: Readonly<Record<ChannelId, LocalizedText>> = {
  /** “- 1. APP内在线客服” */
  'online-chat': { 'zh-CN': 'APP内在线客服', en: 'In-app online chat', es: 'Chat en línea en la app' },
  /** “- 2. 官方服务热线” */
  hotline: { 'zh-CN': '官方服务热线', en: 'Customer service hotline', es: 'Línea de atención telefónica' },
  /** “- 3. 邮件沟通渠道” */
  email: { 'zh-CN': '邮件沟通渠道', en: 'Email', es: 'Correo electrónico' },
  /** “- 4. 社交媒体渠道” */
  'social-media': { 'zh-CN': '社交媒体渠道', en: 'Social media', es: 'Redes sociales' },
};

/**
 * The texts the guide gives one channel: the steps to a person, the hours in words, what the
 * channel suits and the guide's sentences they rest on.
 *
 * @example
 * const texts: ChannelGuideTexts = CHANNEL_GUIDE_TEXTS.email;
 */
export interface ChannelGuideTexts {
  readonly steps: readonly LocalizedText[];
  readonly accounts?: readonly SocialAccount[];
  /** Whether the guide states the channel's hours (hotline 7×24, social media 9–21 on workdays). */
  readonly hoursStatedByGuide: boolean;
  readonly hoursText: LocalizedText;
  readonly suitedFor: LocalizedText;
  /** The guide's sentences, verbatim. */
  readonly guideQuotes: readonly string[];
}

// A named type rather than an inline one: Stryker 9.6 cannot instrument the inline form with quoted
// keys (stryker-js #6149).
interface ChannelGuideTextTable {
  readonly 'online-chat': ChannelGuideTexts;
  readonly hotline: ChannelGuideTexts;
  readonly email: ChannelGuideTexts;
  readonly 'social-media': ChannelGuideTexts & { readonly accounts: readonly SocialAccount[] };
}

/**
 * Each channel's steps, hours in words, suitability and quotes, from the guide's section 一.
 *
 * @example
 * CHANNEL_GUIDE_TEXTS['social-media'].accounts.map((a) => a.handle); //=> ['@淘宝网', '淘宝官方账号']
 */
// Built in a `/* @__PURE__ */` arrow call: its property reads (`SOCIAL_MEDIA_OPENING.start`) are not
// known to be free of side effects, and a bundler must be able to drop the table from a bundle that
// needs only `CHANNEL_NAMES`.
export const CHANNEL_GUIDE_TEXTS: ChannelGuideTextTable = /* @__PURE__ */ (() => ({
  'online-chat': {
    steps: [
      // “打开手机淘宝APP,点击底部导航栏的“我的淘宝”进入个人中心。”
      {
        'zh-CN': '打开手机淘宝APP,点击底部导航栏的“我的淘宝”进入个人中心',
        en: 'Open the Taobao app and tap “My Taobao” (我的淘宝) in the bottom bar',
        es: 'Abre la app de Taobao y toca «Mi Taobao» (我的淘宝) en la barra inferior',
      },
      // “在页面顶部找到“客户服务”入口,点击后选择“在线客服”。”
      {
        'zh-CN': '在页面顶部找到“客户服务”入口,点击后选择“在线客服”',
        en: 'At the top of the page tap “Customer service” (客户服务), then “Online chat” (在线客服)',
        es: 'Arriba en la página toca «Atención al cliente» (客户服务) y luego «Chat en línea» (在线客服)',
      },
      // “进入对话界面后,系统会自动跳转至智能客服问答窗口。”
      {
        'zh-CN': '系统会先进入智能客服问答窗口',
        en: 'The chat starts with the virtual assistant (智能客服)',
        es: 'El chat empieza con el asistente virtual (智能客服)',
      },
      // “若需转接人工服务,请在对话框内输入“转人工”或“人工客服”,等待系统分配客服人员即可。”
      {
        'zh-CN': '输入“转人工”或“人工客服”,等待系统分配客服人员',
        en: 'Type “转人工” or “人工客服” to be queued for a person, and wait to be assigned an agent',
        es: 'Escribe «转人工» o «人工客服» para pasar a la cola de un agente y espera a que te asignen uno',
      },
    ],
    // The guide gives online chat no hours.
    hoursStatedByGuide: false,
    hoursText: {
      'zh-CN': '指南未说明在线客服的服务时间;本库视为随时可提交',
      en: 'The guide states no hours for online chat; treated as always open for submission',
      es: 'La guía no indica horario para el chat; se considera siempre abierto para enviar consultas',
    },
    // “紧急支付问题 | 电话/在线客服 | 即时响应”, “商品质量争议 | 在线客服转人工 | 1小时内”
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
  },
  hotline: {
    steps: [
      // “拨打全国统一客服热线:${HOTLINE_NUMBER}(按语音提示选择对应服务)”
      {
        'zh-CN': `拨打全国统一客服热线:${HOTLINE_NUMBER}`,
        en: `Call the nationwide customer service hotline: ${HOTLINE_NUMBER}`,
        es: `Llama a la línea nacional de atención al cliente: ${HOTLINE_NUMBER}`,
      },
      // “首次拨号需注意区分固定电话区号,北京地区可直拨,其他地区需加拨区号。”
      {
        'zh-CN': '北京地区固定电话可直拨,其他地区需加拨区号(首次拨号需注意区分固定电话区号)',
        en: `From a landline in Beijing dial it directly; from a landline elsewhere add the area code (${BEIJING_AREA_CODE})`,
        es: `Desde un fijo de Pekín márcalo directamente; desde un fijo de otra zona añade el prefijo (${BEIJING_AREA_CODE})`,
      },
      // “(按语音提示选择对应服务)”
      {
        'zh-CN': '按语音提示选择对应服务',
        en: 'Follow the voice menu to choose the service you need',
        es: 'Sigue el menú de voz para elegir el servicio que necesitas',
      },
    ],
    // “该热线提供7×24小时全天候服务”
    hoursStatedByGuide: true,
    hoursText: {
      'zh-CN': '7×24小时全天候服务',
      en: 'Open 24 hours a day, 7 days a week',
      es: 'Abierta las 24 horas, los 7 días de la semana',
    },
    // “特别适合需要快速解决紧急问题的用户”
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
  },
  email: {
    steps: [
      // “发送邮件至官方客服邮箱:${CUSTOMER_SERVICE_EMAIL}。”
      {
        'zh-CN': `发送邮件至官方客服邮箱:${CUSTOMER_SERVICE_EMAIL}`,
        en: `Write to the customer service mailbox: ${CUSTOMER_SERVICE_EMAIL}`,
        es: `Escribe al buzón de atención al cliente: ${CUSTOMER_SERVICE_EMAIL}`,
      },
      // “邮件正文需包含订单编号、问题描述及联系方式。”
      {
        'zh-CN': '邮件正文需包含订单编号、问题描述及联系方式',
        en: 'The body must include the order number, a description of the problem and how to contact you',
        es: 'El cuerpo debe incluir el número de pedido, una descripción del problema y un contacto',
      },
      // “建议使用PC端撰写,便于附加相关凭证照片。”
      {
        'zh-CN': '建议使用PC端撰写,便于附加相关凭证照片',
        en: 'Writing on a computer is suggested, to attach photos of the evidence',
        es: 'Se recomienda escribir desde un ordenador, para adjuntar fotos de las pruebas',
      },
    ],
    // The guide gives email no hours; “平均响应时效为24-48小时”.
    hoursStatedByGuide: false,
    hoursText: {
      'zh-CN': `指南未说明邮件的处理时间;随时可发送,平均${GUIDE_RESPONSE_TARGETS.email.typical.label['zh-CN']}回复`,
      en: `The guide states no hours for email; send any time, answered in ${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours on average`,
      es: `La guía no indica horario para el correo; envía cuando quieras, respuesta ${GUIDE_RESPONSE_TARGETS.email.typical.label.es} de media`,
    },
    // “建议使用PC端撰写,便于附加相关凭证照片”
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
  },
  'social-media': {
    // “通过淘宝官方微博(@淘宝网)、微信公众号(淘宝官方账号)留言咨询。”
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
    // “淘宝官方微博(@淘宝网)、微信公众号(淘宝官方账号)”
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
    // “工作日早9点至晚9点”
    hoursStatedByGuide: true,
    hoursText: {
      'zh-CN': '工作日早9点至晚9点(北京时间)',
      en: `Working days ${SOCIAL_MEDIA_OPENING.start} to ${SOCIAL_MEDIA_OPENING.end} (Beijing time)`,
      es: `Días laborables de ${SOCIAL_MEDIA_OPENING.start} a ${SOCIAL_MEDIA_OPENING.end} (hora de Pekín)`,
    },
    // “此渠道尤其适合需要隐私保护的敏感问题沟通。”
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
  },
}))();
