// Channel choice (三、3. 合理选择沟通渠道): which channel to use for an issue type, best first.
import { assertDate, assertIssueType, assertLocale, describeValue } from '../shared/assert.js';
import type { ChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import type { IssueType } from '../shared/issue-types.js';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../shared/locale.js';
import { getChannel } from './catalog.js';
import {
  EMAIL_RESPONSE_HOURS,
  GUIDE_CHANNEL_TABLE,
  GUIDE_RESPONSE_TARGETS,
  HOTLINE_NUMBER,
  type ResponseTarget,
  SOCIAL_MEDIA_OPENING,
} from './data/contact.js';
import { isOpen, nextOpening } from './hours.js';

/**
 * How good a channel is for an issue type: tier 1 channels are the first choices (for the guide's
 * table rows, the channels of the row), tier 2 are fallbacks. A channel closed at `now` ranks below
 * the open channels of its own tier, never below a worse tier.
 *
 * @example
 * const tier: RecommendationTier = 1;
 */
export type RecommendationTier = 1 | 2;

/**
 * One channel of a row of `CHANNEL_RECOMMENDATIONS`.
 *
 * @example
 * const entry: RecommendationEntry = { channel: 'hotline', tier: 1, reason: { 'zh-CN': '…', en: '…', es: '…' } };
 */
export interface RecommendationEntry {
  readonly channel: ChannelId;
  readonly tier: RecommendationTier;
  /** Why this channel, for the customer. */
  readonly reason: LocalizedText;
}

/**
 * The recommendation rule of one issue type.
 *
 * @example
 * const rule: RecommendationRule = CHANNEL_RECOMMENDATIONS['logistics-delay'];
 * rule.source; //=> 'guide-table'
 */
export interface RecommendationRule {
  /** The channels, best first. */
  readonly channels: readonly RecommendationEntry[];
  /** `'guide-table'`: a row of the guide's channel table; `'library'`: the library's reading of the guide. */
  readonly source: 'guide-table' | 'library';
  /** An urgent issue: a sensitive request does not put social media (answered in hours) first. */
  readonly urgent: boolean;
  /** Why, in words a reviewer can check against the guide. */
  readonly rationale: string;
}

const text = (zh: string, en: string, es: string): LocalizedText => ({ 'zh-CN': zh, en, es });

// Reusable reasons. Quotes of the guide are kept verbatim in zh-CN.
// The tables are built in `/* @__PURE__ */` arrow calls so that a bundle which does not use them can
// drop them (calls and property reads are otherwise kept as possible side effects).
// The response times and hours come from ./data/contact.js: the email hours, the channel table's
// rows (物流延迟投诉 | 24小时内; 商品质量争议 | 1小时内), social media's “2小时内” and its opening hours.
const REASON = /* @__PURE__ */ (() => {
  const EMAIL = GUIDE_RESPONSE_TARGETS.email;
  const SOCIAL = GUIDE_RESPONSE_TARGETS['social-media'].typical;
  const [, { response: DELAY }, { response: QUALITY }] = GUIDE_CHANNEL_TABLE;
  const OPEN = SOCIAL_MEDIA_OPENING;
  return {
    hotlineUrgent: text(
      `热线${HOTLINE_NUMBER}提供7×24小时全天候服务,特别适合需要快速解决紧急问题的用户`,
      `The hotline ${HOTLINE_NUMBER} is open 24/7 and especially suited to urgent problems that need a quick fix`,
      `La línea ${HOTLINE_NUMBER} atiende 24/7 y es la más indicada para problemas urgentes que hay que resolver rápido`,
    ),
    hotlinePerson: text(
      `拨打${HOTLINE_NUMBER},按语音提示选择对应服务,直接与客服人员沟通(7×24小时)`,
      `Call ${HOTLINE_NUMBER} and follow the voice menu to talk to an agent (open 24/7)`,
      `Llama al ${HOTLINE_NUMBER} y sigue el menú de voz para hablar con un agente (24/7)`,
    ),
    chatImmediate: text(
      '在线客服即时响应;输入“转人工”即可排队等待人工客服',
      'Online chat answers immediately; type “转人工” to be queued for a person',
      'El chat responde de inmediato; escribe «转人工» para pasar con un agente',
    ),
    chatPerson: text(
      `在线客服转人工,${QUALITY.label['zh-CN']}回复;对话中可直接发送照片与截图`,
      `Online chat, then ask for a person (转人工): answered ${QUALITY.label.en}; photos and screenshots can be sent in the chat`,
      `Chat en línea pidiendo un agente (转人工): respuesta ${QUALITY.label.es}; puedes enviar fotos y capturas en el chat`,
    ),
    chatConsult: text(
      '在线客服随时可咨询:智能客服先解答,需要时输入“转人工”',
      'Ask in the online chat any time: the assistant answers first; type “转人工” for a person',
      'Pregunta en el chat cuando quieras: responde primero el asistente; escribe «转人工» para un agente',
    ),
    emailEvidence: text(
      `邮件建议使用PC端撰写,便于附加相关凭证照片;平均${EMAIL.typical.label['zh-CN']}回复`,
      `Email, written on a computer, carries photos of the evidence as attachments; answered in ${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours on average`,
      `El correo, escrito desde un ordenador, lleva las fotos de las pruebas como adjuntos; respuesta ${EMAIL.typical.label.es} de media`,
    ),
    emailRecord: text(
      `邮件留下书面记录,便于持续跟进;平均${EMAIL.typical.label['zh-CN']}回复,复杂问题可能延长至${EMAIL_RESPONSE_HOURS.complex}小时`,
      `Email leaves a written record to follow up on; answered in ${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours on average, up to ${EMAIL_RESPONSE_HOURS.complex} for complex cases`,
      `El correo deja constancia escrita para el seguimiento; respuesta ${EMAIL.typical.label.es}, hasta ${EMAIL_RESPONSE_HOURS.complex} en casos complejos`,
    ),
    emailTable: text(
      `指南推荐物流延迟投诉使用邮件,${DELAY.label['zh-CN']}响应`,
      `The guide recommends email for delivery-delay complaints: answered ${DELAY.label.en}`,
      `La guía recomienda el correo para quejas por retraso en la entrega: respuesta ${DELAY.label.es}`,
    ),
    socialTable: text(
      `指南推荐物流延迟投诉使用社交媒体(微博@淘宝网、微信公众号),${DELAY.label['zh-CN']}响应`,
      `The guide recommends social media (Weibo @淘宝网, WeChat) for delivery-delay complaints: answered ${DELAY.label.en}`,
      `La guía recomienda las redes sociales (Weibo @淘宝网, WeChat) para quejas por retraso: respuesta ${DELAY.label.es}`,
    ),
    socialPrivacy: text(
      `社交媒体渠道尤其适合需要隐私保护的敏感问题沟通;工作日9:00-21:00提交通常${SOCIAL.label['zh-CN']}回复`,
      `Social media is especially suited to sensitive matters that need privacy; on working days ${OPEN.start}–${OPEN.end} usually answered ${SOCIAL.label.en}`,
      'Las redes sociales son las más indicadas para asuntos delicados que requieren privacidad; en días laborables de 9:00 a 21:00 suelen responder en 2 horas',
    ),
    socialMessage: text(
      `通过微博@淘宝网或微信公众号留言,工作日9:00-21:00提交通常${SOCIAL.label['zh-CN']}回复`,
      `Message Weibo @淘宝网 or the WeChat account; on working days ${OPEN.start}–${OPEN.end} usually answered ${SOCIAL.label.en}`,
      'Escribe a Weibo @淘宝网 o a la cuenta de WeChat; en días laborables de 9:00 a 21:00 suelen responder en 2 horas',
    ),
  } as const;
})();

const entry = (channel: ChannelId, tier: RecommendationTier, reason: LocalizedText): RecommendationEntry => ({
  channel,
  tier,
  reason,
});

/**
 * The channel recommendation of every issue type, with its rationale. Three rows are the guide's
 * channel table verbatim (紧急支付问题 | 电话/在线客服 | 即时响应; 物流延迟投诉 | 邮件/社交媒体 | 24小时内;
 * 商品质量争议 | 在线客服转人工 | 1小时内); the others are the library's reading of the guide, each
 * with its reason: evidence-heavy issues go to email (“便于附加相关凭证照片”), urgent ones to the
 * hotline (“特别适合需要快速解决紧急问题的用户”), questions a person answers in real time to online chat.
 *
 * @example
 * CHANNEL_RECOMMENDATIONS['security-fraud'].channels[0].channel; //=> 'hotline'
 * CHANNEL_RECOMMENDATIONS['customs-blocked'].channels[0].channel; //=> 'email'
 */
export const CHANNEL_RECOMMENDATIONS: Readonly<Record<IssueType, RecommendationRule>> =
  /* @__PURE__ */ (() => ({
    'paid-not-shipped': {
      channels: [
        entry('online-chat', 1, REASON.chatPerson),
        entry('hotline', 1, REASON.hotlinePerson),
        entry('email', 2, REASON.emailEvidence),
      ],
      source: 'library',
      urgent: false,
      rationale:
        'Q1 “立即联系客服核查订单状态”: contact a person at once, in chat or by phone; email carries the order screenshots for a 双倍赔偿 claim.',
    },
    'not-as-described': {
      channels: [entry('online-chat', 1, REASON.chatPerson), entry('email', 2, REASON.emailEvidence)],
      source: 'library',
      urgent: false,
      rationale:
        'Q2 “拍照取证后发起退货申请,同步向客服提供对比图佐证”: comparison photos go to a person in chat; email suits many attachments.',
    },
    'coupon-unusable': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('hotline', 2, REASON.hotlinePerson)],
      source: 'library',
      urgent: false,
      rationale:
        'Q3 “检查券有效期及使用门槛,若仍无效可申请人工核销”: the chat checks the rules, then 转人工 for the manual write-off.',
    },
    'customs-blocked': {
      channels: [entry('email', 1, REASON.emailEvidence), entry('online-chat', 2, REASON.chatPerson)],
      source: 'library',
      urgent: false,
      rationale:
        'Q4 “提供购买发票、成分证明等材料”: documents travel best as email attachments (“便于附加相关凭证照片”).',
    },
    'mistaken-order': {
      channels: [entry('online-chat', 1, REASON.chatImmediate), entry('hotline', 1, REASON.hotlinePerson)],
      source: 'library',
      urgent: false,
      rationale:
        'Q5 “在发货前可直接取消订单”: cancelling before shipment is a race, so the immediate channels.',
    },
    'payment-problem': {
      channels: [entry('hotline', 1, REASON.hotlineUrgent), entry('online-chat', 1, REASON.chatImmediate)],
      source: 'guide-table',
      urgent: true,
      rationale: 'The guide’s table: 紧急支付问题 | 电话/在线客服 | 即时响应.',
    },
    'logistics-delay': {
      channels: [entry('email', 1, REASON.emailTable), entry('social-media', 1, REASON.socialTable)],
      source: 'guide-table',
      urgent: false,
      rationale: 'The guide’s table: 物流延迟投诉 | 邮件/社交媒体 | 24小时内.',
    },
    'quality-dispute': {
      channels: [entry('online-chat', 1, REASON.chatPerson), entry('email', 2, REASON.emailEvidence)],
      source: 'guide-table',
      urgent: false,
      rationale:
        'The guide’s table: 商品质量争议 | 在线客服转人工 | 1小时内; email as the fallback for photos of the damage.',
    },
    'return-exchange': {
      channels: [entry('online-chat', 1, REASON.chatPerson), entry('email', 2, REASON.emailRecord)],
      source: 'library',
      urgent: false,
      rationale:
        '退换货流程指引 (return request, return address, refund status) is step-by-step help a person gives in chat.',
    },
    'contact-human': {
      channels: [entry('online-chat', 1, REASON.chatImmediate), entry('hotline', 1, REASON.hotlinePerson)],
      source: 'library',
      urgent: false,
      rationale:
        'The guide’s section 一: online chat with “转人工” or “人工客服” comes first; the 7×24 hotline reaches a person too.',
    },
    'complaint-followup': {
      channels: [
        entry('email', 1, REASON.emailRecord),
        entry('online-chat', 2, REASON.chatPerson),
        entry('social-media', 2, REASON.socialMessage),
      ],
      source: 'library',
      urgent: false,
      rationale:
        '投诉记录跟踪 “建立专属档案,持续跟进复杂投诉”: a written thread suits follow-up; 复杂问题 up to 72 hours by email.',
    },
    compensation: {
      channels: [entry('online-chat', 1, REASON.chatPerson), entry('email', 2, REASON.emailEvidence)],
      source: 'library',
      urgent: false,
      rationale:
        '赔偿方案制定 “协商补偿金额或优惠券发放”: a negotiation with a person, in chat; email carries the proof.',
    },
    'stock-restock': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('social-media', 2, REASON.socialMessage)],
      source: 'library',
      urgent: false,
      rationale: '库存动态更新 “实时查询商品库存状态”: a real-time question for the chat.',
    },
    'promotion-rules': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('social-media', 2, REASON.socialMessage)],
      source: 'library',
      urgent: false,
      rationale:
        '活动规则解读: a pre-sales question the chat answers at once; promotions run on social media too.',
    },
    'product-info': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('social-media', 2, REASON.socialMessage)],
      source: 'library',
      urgent: false,
      rationale: '商品特性解析: a pre-sales question the chat answers at once.',
    },
    'cross-border-tax': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('email', 2, REASON.emailRecord)],
      source: 'library',
      urgent: false,
      rationale:
        '跨境商品指导 “关税计算”: a question for the chat; email for a written answer with the figures.',
    },
    'membership-points': {
      channels: [entry('online-chat', 1, REASON.chatConsult), entry('hotline', 2, REASON.hotlinePerson)],
      source: 'library',
      urgent: false,
      rationale:
        '用户权益保障 (会员等级、积分兑换): an account question for the chat, the hotline as fallback.',
    },
    'tech-issue': {
      channels: [entry('hotline', 1, REASON.hotlinePerson), entry('email', 2, REASON.emailEvidence)],
      source: 'library',
      urgent: false,
      rationale:
        '系统故障排查 (支付失败、页面卡顿): when the app misbehaves its chat may too, so the phone; email carries screenshots.',
    },
    'security-fraud': {
      channels: [entry('hotline', 1, REASON.hotlineUrgent), entry('online-chat', 2, REASON.chatImmediate)],
      source: 'library',
      urgent: true,
      rationale:
        '安全风险防控 (钓鱼网站、恶意攻击) is urgent: the 7×24 hotline “特别适合需要快速解决紧急问题的用户”.',
    },
    'evidence-guide': {
      channels: [entry('email', 1, REASON.emailEvidence), entry('online-chat', 2, REASON.chatConsult)],
      source: 'library',
      urgent: false,
      rationale: 'Evidence is sent as photos: “建议使用PC端撰写,便于附加相关凭证照片”.',
    },
    feedback: {
      channels: [entry('social-media', 1, REASON.socialMessage), entry('email', 2, REASON.emailRecord)],
      source: 'library',
      urgent: false,
      rationale: '功能优化建议 “收集用户反馈”: not urgent; the public accounts and email take suggestions.',
    },
  }))();

/**
 * One recommended channel.
 *
 * @example
 * const [best]: ChannelRecommendation[] = recommendChannels('payment-problem');
 */
export interface ChannelRecommendation {
  readonly channel: ChannelId;
  readonly tier: RecommendationTier;
  /** Why this channel. */
  readonly reason: LocalizedText;
  /** `reason` in the requested locale. */
  readonly reasonText: string;
  /** When to expect an answer: the guide's table row, or the channel's own target. */
  readonly response: ResponseTarget;
  /** Whether to ask for a person: in online chat, type “转人工”. */
  readonly handoff: boolean;
  /** Whether the channel is open at `now` (only when `now` was given). */
  readonly openNow?: boolean;
  /** When it next opens (only when `now` was given and it is closed). */
  readonly nextOpening?: Date;
}

/**
 * Options of {@link recommendChannels}.
 *
 * @example
 * const options: RecommendChannelsOptions = { now: new Date('2026-10-01T10:00:00+08:00'), sensitive: true, locale: 'en' };
 */
export interface RecommendChannelsOptions {
  /** The instant of the question; closed channels then rank below open ones of the same tier. */
  readonly now?: Date;
  /**
   * A sensitive matter that wants privacy: social media comes first (“尤其适合需要隐私保护的敏感问题”),
   * or right after the immediate channels of an urgent issue.
   * @default false
   */
  readonly sensitive?: boolean;
  /**
   * The locale of `reasonText`.
   * @default 'zh-CN'
   */
  readonly locale?: Locale;
}

const TABLE_RESPONSES = /* @__PURE__ */ new Map(
  /* @__PURE__ */ GUIDE_CHANNEL_TABLE.map((row) => [row.issueType, row]),
);

/**
 * The channels to use for an issue type, best first, each with a reason, the expected response
 * and whether to ask for a person (转人工). The order is:
 * 1. the issue type's row of `CHANNEL_RECOMMENDATIONS` (the guide's table for payment problems,
 *    delivery delays and quality disputes);
 * 2. with `sensitive: true`, social media joins tier 1 with the guide's privacy reason, first, or,
 *    for an urgent issue (`payment-problem`, `security-fraud`), right after the other tier 1
 *    channels, which answer immediately;
 * 3. with `now`, within a tier, channels open at `now` come before closed ones (a stable sort:
 *    otherwise the order of 1 and 2 stays); a closed one says when it next opens.
 *
 * Online chat always has `handoff: true`: the chat starts with the assistant (智能客服), and the
 * guide's way to a person is typing “转人工” or “人工客服”.
 *
 * @param issueType - the kind of problem
 * @param options - `now`, `sensitive`, `locale`
 * @returns the recommended channels, best first (two or three)
 * @throws {TiantianError} `'unknown_issue_type'` for an unknown issue type, `'invalid_date'` for an
 * invalid `now`, `'invalid_argument'` for other bad options
 * @example
 * recommendChannels('payment-problem').map((r) => r.channel); //=> ['hotline', 'online-chat']
 * recommendChannels('logistics-delay', { now: new Date('2026-10-01T10:00:00+08:00') })
 *   .map((r) => [r.channel, r.openNow]); //=> [['email', true], ['social-media', false]]
 */
export function recommendChannels(
  issueType: IssueType,
  options: RecommendChannelsOptions = {},
): ChannelRecommendation[] {
  assertIssueType(issueType);
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError('invalid_argument', `options must be an object, got ${describeValue(options)}`, {
      path: ['options'],
    });
  }
  const now = options.now === undefined ? undefined : assertDate(options.now, 'now');
  if (options.sensitive !== undefined && typeof options.sensitive !== 'boolean') {
    throw new TiantianError(
      'invalid_argument',
      `options.sensitive must be a boolean, got ${describeValue(options.sensitive)}`,
      { path: ['sensitive'] },
    );
  }
  const locale = assertLocale(options.locale ?? DEFAULT_LOCALE);
  const rule = CHANNEL_RECOMMENDATIONS[issueType];
  const tableRow = TABLE_RESPONSES.get(issueType);

  let entries: RecommendationEntry[] = [...rule.channels];
  if (options.sensitive === true) {
    const privacy = entry('social-media', 1, REASON.socialPrivacy);
    entries = entries.filter((e) => e.channel !== 'social-media');
    // Urgent: last of tier 1 once sorted by tier (the sort below keeps this order within a tier).
    entries = rule.urgent ? [...entries, privacy] : [privacy, ...entries];
  }

  const ranked = entries.map((e) => {
    const open = now === undefined || isOpen(e.channel, now);
    return { e, open };
  });
  // Array.prototype.sort is stable (ES2019): equal entries keep the rule's order.
  ranked.sort((a, b) => a.e.tier - b.e.tier || Number(b.open) - Number(a.open));

  return ranked.map(({ e, open }) => {
    const response =
      tableRow?.channels.includes(e.channel) === true
        ? tableRow.response
        : getChannel(e.channel).primaryResponse;
    const base = {
      channel: e.channel,
      tier: e.tier,
      reason: e.reason,
      reasonText: e.reason[locale],
      response,
      handoff: e.channel === 'online-chat',
    };
    if (now === undefined) return base;
    return open
      ? { ...base, openNow: true }
      : { ...base, openNow: false, nextOpening: nextOpening(e.channel, now) };
  });
}
