// The channels' guide facts (一、如何快速联系淘宝天天特卖人工客服 and the channel table of 三.3), each
// beside the guide's words. Texts elsewhere use these constants rather than repeating them.
import type { ChannelId } from '../../shared/channel-ids.js';
import type { IssueType } from '../../shared/issue-types.js';
import type { LocalizedText } from '../../shared/locale.js';

/**
 * The hotline number (全国统一客服热线) the guide gives:
 * “拨打全国统一客服热线:9510208(按语音提示选择对应服务)”.
 *
 * @example
 * `tel:${HOTLINE_NUMBER}`; // the hotline's tel: link
 */
export const HOTLINE_NUMBER = '9510208';

/**
 * Beijing's telephone area code. The hotline is a Beijing number: the guide says “北京地区可直拨,
 * 其他地区需加拨区号”, so the area code to add is Beijing's.
 *
 * @example
 * `${BEIJING_AREA_CODE}${HOTLINE_NUMBER}`; // what a landline outside Beijing dials
 */
export const BEIJING_AREA_CODE = '010';

/**
 * The customer service mailbox (官方客服邮箱) the guide gives:
 * “发送邮件至官方客服邮箱:tiantian@taobao.com”.
 *
 * @example
 * `mailto:${CUSTOMER_SERVICE_EMAIL}`; // the mailbox's mailto: link
 */
export const CUSTOMER_SERVICE_EMAIL = 'tiantian@taobao.com';

/**
 * Email's response times in hours, as the guide gives them: “平均响应时效为24-48小时,复杂问题可能延长至
 * 72小时” (24 at the earliest, 48 typically, 72 for a complex case). `GUIDE_RESPONSE_TARGETS.email`
 * and the reply scripts' texts are built from them.
 *
 * @example
 * EMAIL_RESPONSE_HOURS.complex; //=> 72
 */
export const EMAIL_RESPONSE_HOURS = { earliest: 24, typical: 48, complex: 72 } as const;

/**
 * How soon an answer is expected: `minutes` of `clock` time after the message (0: immediately).
 * `business` minutes count only the channel's open hours; `calendar` minutes count every minute.
 *
 * @example
 * const socialMedia: ResponseTarget = { minutes: 120, clock: 'business', label: { 'zh-CN': '2小时内', en: 'within 2 hours', es: 'en menos de 2 horas' } };
 */
export interface ResponseTarget {
  readonly minutes: number;
  readonly clock: 'business' | 'calendar';
  readonly label: LocalizedText;
}

// A named type rather than an inline one after `satisfies`: Stryker 9.6 cannot instrument the inline
// form with quoted keys (stryker-js #6149).
interface GuideResponseTargets {
  readonly 'online-chat': { readonly afterHandoff: ResponseTarget };
  readonly hotline: { readonly immediate: ResponseTarget };
  readonly email: {
    readonly earliest: ResponseTarget;
    readonly typical: ResponseTarget;
    readonly complex: ResponseTarget;
  };
  readonly 'social-media': { readonly typical: ResponseTarget };
}

/**
 * The response facts the source guide states for each channel (一、如何快速联系淘宝天天特卖人工客服).
 * The guide states no response time for online chat in general; its channel table gives “在线客服转人工 …
 * 1小时内” for quality disputes, which API.md takes as the target after transfer to a person.
 *
 * @example
 * GUIDE_RESPONSE_TARGETS.email.typical.minutes; //=> 2880 (48 hours)
 */
// Built in a `/* @__PURE__ */` arrow call: it computes from `EMAIL_RESPONSE_HOURS`, and a bundler
// must still be able to drop the table from a bundle that does not use it.
export const GUIDE_RESPONSE_TARGETS = /* @__PURE__ */ (() =>
  ({
    /** “在线客服转人工 | 1小时内” */
    'online-chat': {
      afterHandoff: {
        minutes: 60,
        clock: 'calendar',
        label: {
          'zh-CN': '转人工后1小时内',
          en: 'within 1 hour of reaching a person',
          es: 'en menos de 1 hora tras pasar con un agente',
        },
      },
    },
    /** “该热线提供7×24小时全天候服务” and “电话/在线客服 | 即时响应” */
    hotline: {
      immediate: {
        minutes: 0,
        clock: 'calendar',
        label: { 'zh-CN': '即时响应', en: 'immediately', es: 'de inmediato' },
      },
    },
    /** “平均响应时效为24-48小时,复杂问题可能延长至72小时”: the hours are `EMAIL_RESPONSE_HOURS`. */
    email: {
      earliest: {
        minutes: (EMAIL_RESPONSE_HOURS.earliest * 60) as number,
        clock: 'calendar',
        label: {
          'zh-CN': `最快${EMAIL_RESPONSE_HOURS.earliest}小时`,
          en: `${EMAIL_RESPONSE_HOURS.earliest} hours at the earliest`,
          es: `como pronto en ${EMAIL_RESPONSE_HOURS.earliest} horas`,
        },
      },
      typical: {
        minutes: (EMAIL_RESPONSE_HOURS.typical * 60) as number,
        clock: 'calendar',
        label: {
          'zh-CN': `${EMAIL_RESPONSE_HOURS.earliest}-${EMAIL_RESPONSE_HOURS.typical}小时`,
          en: `within ${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours`,
          es: `en ${EMAIL_RESPONSE_HOURS.earliest} a ${EMAIL_RESPONSE_HOURS.typical} horas`,
        },
      },
      complex: {
        minutes: (EMAIL_RESPONSE_HOURS.complex * 60) as number,
        clock: 'calendar',
        label: {
          'zh-CN': `复杂问题${EMAIL_RESPONSE_HOURS.complex}小时内`,
          en: `within ${EMAIL_RESPONSE_HOURS.complex} hours for complex cases`,
          es: `en ${EMAIL_RESPONSE_HOURS.complex} horas para casos complejos`,
        },
      },
    },
    /** “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复” */
    'social-media': {
      typical: {
        minutes: 120,
        clock: 'business',
        label: { 'zh-CN': '2小时内', en: 'within 2 hours', es: 'en menos de 2 horas' },
      },
    },
  }) as const satisfies GuideResponseTargets)();

/**
 * The opening hours the guide states for social media: “工作日早9点至晚9点” (workdays 09:00–21:00,
 * Beijing time). The hotline is “7×24小时全天候”.
 *
 * @example
 * SOCIAL_MEDIA_OPENING; //=> { start: '09:00', end: '21:00' }
 */
export const SOCIAL_MEDIA_OPENING = { start: '09:00', end: '21:00' } as const;

/**
 * One row of the guide's channel table (三、3. 合理选择沟通渠道: 问题类型 | 推荐渠道 | 响应时效).
 *
 * @example
 * const row: ChannelTableRow = GUIDE_CHANNEL_TABLE[0];
 */
export interface ChannelTableRow {
  readonly issueType: IssueType;
  /** The row's 问题类型 cell as the guide writes it. */
  readonly problem: string;
  /** The row's 推荐渠道 cell, as channel ids, best first. */
  readonly channels: readonly ChannelId[];
  /** Whether the row asks for a person (“转人工”). */
  readonly handoff: boolean;
  /** The row's 响应时效 cell. */
  readonly response: ResponseTarget;
}

/**
 * The guide's channel table, verbatim in meaning:
 * 紧急支付问题 | 电话/在线客服 | 即时响应; 物流延迟投诉 | 邮件/社交媒体 | 24小时内; 商品质量争议 | 在线客服转人工 | 1小时内.
 *
 * @example
 * GUIDE_CHANNEL_TABLE.find((row) => row.issueType === 'logistics-delay')?.channels; //=> ['email', 'social-media']
 */
export const GUIDE_CHANNEL_TABLE: readonly [ChannelTableRow, ChannelTableRow, ChannelTableRow] = [
  {
    issueType: 'payment-problem',
    problem: '紧急支付问题',
    channels: ['hotline', 'online-chat'],
    handoff: false,
    response: {
      minutes: 0,
      clock: 'calendar',
      label: { 'zh-CN': '即时响应', en: 'immediately', es: 'de inmediato' },
    },
  },
  {
    issueType: 'logistics-delay',
    problem: '物流延迟投诉',
    channels: ['email', 'social-media'],
    handoff: false,
    response: {
      minutes: 1440, // 24 h: a literal, as a bundler keeps a table that computes `24 * 60`
      clock: 'calendar',
      label: { 'zh-CN': '24小时内', en: 'within 24 hours', es: 'en menos de 24 horas' },
    },
  },
  {
    issueType: 'quality-dispute',
    problem: '商品质量争议',
    channels: ['online-chat'],
    handoff: true,
    response: {
      minutes: 60,
      clock: 'calendar',
      label: { 'zh-CN': '1小时内', en: 'within 1 hour', es: 'en menos de 1 hora' },
    },
  },
];
