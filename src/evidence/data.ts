// The evidence area's guide facts (三.1 提前准备关键信息 and 三.5 妥善保存沟通证据), each beside the
// guide's words. The checklists (checklists.ts) and the picture check (image-size.ts) use them.
import type { LocalizedText } from '../shared/locale.js';
import { CHAT_RECORD_RETENTION_MONTHS } from '../sla/data.js';

/**
 * The guide's resolution rule (图片分辨率建议800×600以上), phrased so that rotation does not
 * matter: the long side at least 800 pixels and the short side at least 600.
 *
 * @example
 * MINIMUM_RESOLUTION; //=> { longSide: 800, shortSide: 600 }
 */
export const MINIMUM_RESOLUTION = { longSide: 800, shortSide: 600 } as const;

/**
 * The naming rule of every evidence file (文件命名格式为“订单号+问题类型”), as a pattern.
 *
 * @example
 * EVIDENCE_NAMING_PATTERN; //=> '{orderId}+{issueType}[-{sequence}].{extension}'
 */
export const EVIDENCE_NAMING_PATTERN = '{orderId}+{issueType}[-{sequence}].{extension}' as const;

/**
 * One of the guide's rules for keeping proof (妥善保存沟通证据).
 *
 * @example
 * const rule: EvidenceKeepingRule = EVIDENCE_KEEPING_RULES[1];
 * rule.minimumMonths; //=> 1
 */
export interface EvidenceKeepingRule {
  readonly id: 'call-recording' | 'chat-archive' | 'third-party-witness';
  readonly name: LocalizedText;
  readonly rule: LocalizedText;
  /**
   * How long to keep it in months, when the guide says (至少1个月), counted as `chatRecordRetention`
   * (tiantian-support/sla) counts it: to 24:00 of the corresponding day of the next month.
   */
  readonly minimumMonths: number | null;
}

/**
 * The guide's three rules for keeping proof: 录音记录 (tell the other side before recording a
 * call), 文字存档 (keep chat logs complete for at least a month), 第三方见证 (a third party for
 * major disputes).
 *
 * @example
 * EVIDENCE_KEEPING_RULES.map((r) => r.id); //=> ['call-recording', 'chat-archive', 'third-party-witness']
 */
export const EVIDENCE_KEEPING_RULES: readonly EvidenceKeepingRule[] = Object.freeze([
  {
    id: 'call-recording',
    name: { 'zh-CN': '录音记录', en: 'Call recording', es: 'Grabación de llamadas' },
    rule: {
      'zh-CN': '电话沟通时应提前告知对方进行录音',
      en: 'When talking on the phone, tell the other side beforehand that you are recording.',
      es: 'Al hablar por teléfono, avise antes a la otra parte de que graba la llamada.',
    },
    minimumMonths: null,
  },
  {
    id: 'chat-archive',
    name: { 'zh-CN': '文字存档', en: 'Chat archive', es: 'Archivo de chats' },
    rule: {
      'zh-CN': '在线聊天记录需完整保存至少1个月',
      en: 'Keep online chat logs complete for at least one month.',
      es: 'Conserve completos los chats en línea durante al menos un mes.',
    },
    minimumMonths: CHAT_RECORD_RETENTION_MONTHS,
  },
  {
    id: 'third-party-witness',
    name: { 'zh-CN': '第三方见证', en: 'Third-party witness', es: 'Testigo externo' },
    rule: {
      'zh-CN': '重大纠纷可邀请平台监察部门介入',
      en: "In a major dispute, ask the platform's supervision department to step in.",
      es: 'En una disputa grave, pida la intervención del departamento de supervisión de la plataforma.',
    },
    minimumMonths: null,
  },
]);
