// The sla area's own guide facts, each beside the guide's words. The channels' response promises
// live in channels/data/contact.ts (GUIDE_RESPONSE_TARGETS), which the sla area imports.
import type { LocalizedText } from '../shared/locale.js';

/**
 * How long an online chat record must be kept, in months: the guide's 三.5 妥善保存沟通证据,
 * “文字存档:在线聊天记录需完整保存至少1个月”. Counted as the 民法典 counts a period in months
 * (arts. 201–203): see `chatRecordRetention`.
 *
 * @example
 * CHAT_RECORD_RETENTION_MONTHS; //=> 1
 */
export const CHAT_RECORD_RETENTION_MONTHS = 1;

/**
 * The compensation the guide names for an order not shipped by the promised time (Q1 支付成功未发货:
 * “若超过承诺时间未发货,可申请双倍赔偿”): double compensation (双倍赔偿).
 *
 * @example
 * SHIPPING_LATE_COMPENSATION['zh-CN']; //=> '双倍赔偿'
 */
export const SHIPPING_LATE_COMPENSATION: LocalizedText = {
  'zh-CN': '双倍赔偿',
  en: 'double compensation',
  es: 'compensación doble',
};
