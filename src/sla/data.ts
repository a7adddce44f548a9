// The sla area's own guide facts, each beside the guide's words. The channels' response promises
// live in channels/data/contact.ts (GUIDE_RESPONSE_TARGETS), which the sla area imports.

/**
 * How long an online chat record must be kept, in months: the guide's 三.5 妥善保存沟通证据,
 * “文字存档:在线聊天记录需完整保存至少1个月”. Counted as the 民法典 counts a period in months
 * (arts. 201–203): see `chatRecordRetention`.
 *
 * @example
 * CHAT_RECORD_RETENTION_MONTHS; //=> 1
 */
export const CHAT_RECORD_RETENTION_MONTHS = 1;
