// Escalation threats in a customer's words: a complaint to the platform or the regulator, a bad
// review, going public, a manager or a lawyer. A bot should hand such a customer to a person.

/**
 * The words that signal an escalation, as written (matched case-insensitively): 投诉 (complaint),
 * 12315 (the consumer hotline of 市场监管总局), 差评 (bad review), 曝光 (going public), and the
 * same in English and Spanish.
 *
 * @example
 * ESCALATION_CUES.includes('12315'); //=> true
 */
export const ESCALATION_CUES: readonly string[] = [
  '投诉',
  '12315',
  '差评',
  '曝光',
  '举报',
  '消协',
  '消费者协会',
  '工商',
  '律师',
  '起诉',
  '告你们',
  '媒体',
  'manager',
  'supervisor',
  'lawyer',
  'attorney',
  'sue you',
  'complaint',
  'bad review',
  'abogado',
  'denuncia',
  'demandar',
  'queja',
  'reclamación formal',
];

/**
 * Whether a message threatens to escalate, and the cues that showed it.
 *
 * @example
 * const signal: EscalationSignal = { escalate: true, cues: ['12315'] };
 */
export interface EscalationSignal {
  readonly escalate: boolean;
  readonly cues: readonly string[];
}

/**
 * Finds the escalation cues (`ESCALATION_CUES`) in a message: 投诉, 12315, 差评, 曝光, manager,
 * lawyer, …; a Latin cue counts only as a whole word.
 *
 * @param text - the customer's message (the first 4096 characters are read)
 * @returns whether to escalate, and the cues found in list order
 * @example
 * escalationSignal('再不处理我就打12315投诉').cues; //=> ['投诉', '12315']
 * escalationSignal('优惠券用不了').escalate; //=> false
 */
export function escalationSignal(text: string): EscalationSignal {
  const t = text.slice(0, 4096).toLowerCase();
  const cues = ESCALATION_CUES.filter((cue) => {
    const at = t.indexOf(cue);
    if (at < 0) return false;
    if (!/^[a-z]/.test(cue)) return true;
    const before = t[at - 1] ?? ' ';
    const after = t[at + cue.length] ?? ' ';
    return !/[a-z]/.test(before) && !/[a-z]/.test(after === 's' ? ' ' : after);
  });
  return { escalate: cues.length > 0, cues };
}
