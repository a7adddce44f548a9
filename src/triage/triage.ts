import {
  type ChannelRecommendation,
  detectHandoff,
  type HandoffDetection,
  recommendChannels,
} from '../channels/index.js';
import { type EvidenceItem, getEvidenceChecklist } from '../evidence/index.js';
import { extractEntities, type FaqEntities, type FaqResolution, resolveFaq } from '../faq/index.js';
import { type EscalationSignal, escalationSignal } from './escalation.js';
import { getScript, type ScriptId, safeRenderScript, scriptsForIssueType } from '../scripts/index.js';
import { assertDate, assertLocale, describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { SafeResult } from '../shared/result.js';
import { resultOf } from '../shared/safe-call.js';
import type { IssueType } from '../shared/issue-types.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/locale.js';
import { isOrderId } from '../shared/order-id.js';
import { type ServiceDuty, type ServiceModule, serviceModuleFor } from '../channels/data/service-modules.js';
import { type ResponseDeadline, responseDeadline } from '../sla/index.js';
import { assessScamRisk, type ScamAssessment } from '../safety/scam.js';

/**
 * Options of {@link triage}.
 *
 * @example
 * const options: TriageOptions = { now: new Date('2026-09-30T20:30:00+08:00'), locale: 'en', orderId: '1550672064762308113' };
 */
export interface TriageOptions {
  /**
   * The instant of the question: deadlines count from it and closed channels rank lower.
   * @default new Date()
   */
  readonly now?: Date;
  /**
   * The locale of the texts (answer, reasons, checklist, reply).
   * @default 'zh-CN'
   */
  readonly locale?: Locale;
  /** The order the question is about, when known: it fills the reply script's `orderId`. */
  readonly orderId?: string;
  /**
   * A sensitive matter that wants privacy (social media ranks first).
   * @default false
   */
  readonly sensitive?: boolean;
}

/**
 * A recommended channel with its response deadline if the customer writes at `now`.
 *
 * @example
 * const [first]: TriageChannel[] = triage('付款失败了').channels;
 */
export interface TriageChannel extends ChannelRecommendation {
  readonly deadline: ResponseDeadline;
}

/**
 * The suggested reply script (话术): its variables, the values triage already knows, the ones
 * still missing, and the rendered text when nothing is missing.
 *
 * @example
 * const script: TriageScript | null = triage('优惠券用不了').script;
 */
export interface TriageScript {
  readonly id: ScriptId;
  readonly title: string;
  readonly variables: readonly string[];
  /** Values triage filled in (the evidence list, the order number when given). */
  readonly values: Readonly<Record<string, unknown>>;
  /** Variables the agent still has to fill before `renderScript`. */
  readonly missing: readonly string[];
  /** The reply in `locale`, present only when no variable is missing. */
  readonly text?: string;
}

/**
 * Everything the library knows about a customer's words, in one object.
 *
 * @example
 * const result: TriageResult = triage('付款成功三天了还没发货', { now: new Date('2026-09-30T20:30:00+08:00') });
 */
export interface TriageResult {
  readonly query: string;
  readonly locale: Locale;
  readonly now: Date;
  /** `'handoff'` when the customer asked for a person; otherwise the FAQ status. */
  readonly status: 'handoff' | FaqResolution['status'];
  readonly handoff: HandoffDetection;
  /** The FAQ resolution, or `null` when a request for a person short-circuited it. */
  readonly faq: FaqResolution | null;
  /** The issue type acted on: `contact-human` for a hand-off, the FAQ's best otherwise, `null` for no match. */
  readonly issueType: IssueType | null;
  /** The entry's title and answer steps in `locale` (empty for no match). */
  readonly title: string | null;
  readonly answer: readonly string[];
  /** Recommended channels, best first, each with its response deadline at `now`. */
  readonly channels: readonly TriageChannel[];
  /** What to prepare (凭证), in `locale`'s words on each item. */
  readonly evidence: readonly EvidenceItem[];
  readonly script: TriageScript | null;
  /** The guide's service module and duty that own the issue. */
  readonly serviceModule: { readonly module: ServiceModule; readonly duty: ServiceDuty } | null;
  /** Order numbers, tracking numbers, amounts and durations found in the text (`extractEntities`). */
  readonly entities: FaqEntities;
  /** The order acted on: `options.orderId`, else the first order number in the text, else null. */
  readonly orderId: string | null;
  /** A threat to escalate (投诉, 12315, 差评, 曝光, manager, lawyer): a person's channel then ranks first. */
  readonly escalation: EscalationSignal;
  /** The second topic of a message with two (its intent and confidence), or null. */
  readonly secondary: { readonly issueType: IssueType; readonly score: number } | null;
  /**
   * The message's scam risk (`assessScamRisk`): from `'medium'` on, `script` is the
   * `phishing-warning` reply, whatever the topic.
   */
  readonly scamRisk: ScamAssessment;
}

/** A second topic counts when its confidence is at least this share of the main one's. */
const SECONDARY_SHARE = 0.45;
/** The channels where a person answers at once, ranked first on an escalation. */
const PERSON_FIRST = ['hotline', 'online-chat'] as const;

function suggestScript(
  id: ScriptId | undefined,
  evidence: readonly EvidenceItem[],
  locale: Locale,
  orderId: string | undefined,
): TriageScript | null {
  if (id === undefined) return null;
  const script = getScript(id);
  const known: Record<string, unknown> = {
    items: evidence.filter((item) => item.required).map((item) => item.name[locale]),
    orderId,
  };
  const values: Record<string, unknown> = {};
  for (const name of script.variables) if (known[name] !== undefined) values[name] = known[name];
  const missing = script.variables.filter((name) => !(name in values));
  const base = { id, title: script.title[locale], variables: script.variables, values, missing };
  if (missing.length > 0) return base;
  // Every variable is known: the untrusted-input path validates the values triage gathered.
  const rendered = safeRenderScript(id, values, { locale });
  return rendered.success ? { ...base, text: rendered.data } : base;
}

/** The options' values, read once: a getter or Proxy trap that throws is a coded error. */
function readOptions(options: TriageOptions): Record<keyof TriageOptions, unknown> {
  try {
    const { now, locale, orderId, sensitive } = options;
    return { now, locale, orderId, sensitive };
  } catch {
    throw new TiantianError(
      'invalid_argument',
      'options could not be read: a getter or a Proxy trap in it threw. Pass plain data.',
      { path: ['options'] },
    );
  }
}

/**
 * {@link triage} in safeParse shape, the one call a bot makes for whatever a JSON body holds: a
 * query that is not a string (`null`, `undefined`, a number), an invalid `now`, an unknown locale,
 * an order number that is not 6 to 32 digits are issues with the code `triage` would throw
 * (`invalid_argument`, `invalid_date`), and a getter or Proxy trap that throws is
 * an `invalid_type` issue. It never throws.
 *
 * @param query - anything, typically a field of a request body
 * @param options - as `triage`
 * @returns `{ success: true, data: triage }` or `{ success: false, error: { issues } }`
 * @example
 * safeTriage('优惠券用不了', { now: new Date('2026-09-30T12:00:00+08:00') }).success; //=> true
 * safeTriage(undefined).success; //=> false
 */
export function safeTriage(query: unknown, options?: TriageOptions): SafeResult<TriageResult> {
  return resultOf(() => triage(query as string, options));
}

/**
 * One call from a customer's words to what a bot or an agent needs: whether they asked for a
 * person (转人工), the FAQ entry that answers them with its confidence, the channels to use with
 * their response deadlines at `now`, the evidence checklist, the suggested reply script (话术) and
 * the service module that owns the issue. A request for a person short-circuits to the channels.
 *
 * @param query - the customer's words, any string
 * @param options - `now`, `locale`, `orderId` (else the text's first order number), `sensitive`
 * @returns the triage; `status: 'no-match'` with empty lists for off-topic text
 * @throws {TiantianError} `'invalid_argument'` when `query` is not a string or an option is wrong,
 * `'invalid_date'` for an invalid `now`
 * @example
 * const result = triage('付款成功三天了还没发货', { now: new Date('2026-09-30T20:30:00+08:00'), locale: 'en' });
 * result.issueType; //=> 'paid-not-shipped'
 * result.channels[0]?.deadline.due; // when that channel's answer is due
 * triage('今天天气怎么样').status; //=> 'no-match'
 * triage('转人工').status; //=> 'handoff'
 * triage('订单号 3287711520094561234，商家说48小时发货，现在都五天了').orderId; //=> '3287711520094561234'
 */
export function triage(query: string, options: TriageOptions = {}): TriageResult {
  if (typeof query !== 'string') {
    throw new TiantianError('invalid_argument', `query must be a string, got ${describeValue(query)}`, {
      path: ['query'],
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError('invalid_argument', `options must be an object, got ${describeValue(options)}`, {
      path: ['options'],
    });
  }
  const read = readOptions(options);
  const now = read.now === undefined ? new Date() : assertDate(read.now, 'now');
  const locale = assertLocale(read.locale ?? DEFAULT_LOCALE);
  const given = read.orderId;
  if (given !== undefined && (typeof given !== 'string' || !isOrderId(given))) {
    throw new TiantianError(
      'invalid_argument',
      `orderId must be a string of 6 to 32 digits, got ${describeValue(given)}`,
      {
        path: ['orderId'],
      },
    );
  }

  const entities = extractEntities(query);
  const orderId = given ?? entities.orderIds[0];
  const escalation = escalationSignal(query);
  // A message that looks like fake customer service gets the phishing warning (issue #17).
  const scamRisk = assessScamRisk(query);
  const handoff = detectHandoff(query);
  const faq = handoff.handoff ? null : resolveFaq(query);
  const issueType: IssueType | null = handoff.handoff ? 'contact-human' : (faq?.best?.id ?? null);
  const status: TriageResult['status'] = handoff.handoff ? 'handoff' : (faq?.status ?? 'no-match');
  const second = faq?.best ? faq.candidates[1] : undefined;
  const secondary =
    second !== undefined && faq?.best && second.score >= faq.best.score * SECONDARY_SHARE
      ? { issueType: second.id, score: second.score }
      : null;
  const base = {
    query,
    locale,
    now,
    status,
    handoff,
    faq,
    issueType,
    entities,
    orderId: orderId ?? null,
    escalation,
    secondary,
    scamRisk,
  };
  if (issueType === null) {
    return {
      ...base,
      title: null,
      answer: [],
      channels: [],
      evidence: [],
      script: scamRisk.reply === undefined ? null : suggestScript(scamRisk.reply, [], locale, orderId),
      serviceModule: null,
    };
  }

  const recommended = recommendChannels(issueType, {
    now,
    locale,
    ...(read.sensitive === undefined ? {} : { sensitive: read.sensitive as boolean }),
  });
  // On an escalation a person answers first: the hotline and the chat move ahead, in that order.
  const ranked = escalation.escalate
    ? [
        ...PERSON_FIRST.flatMap((id) => recommended.filter((r) => r.channel === id)),
        ...recommended.filter((r) => !(PERSON_FIRST as readonly string[]).includes(r.channel)),
      ]
    : recommended;
  const channels = ranked.map((recommendation) => ({
    ...recommendation,
    deadline: responseDeadline({ channel: recommendation.channel, submittedAt: now, issueType }),
  }));
  const entry = faq?.best?.entry;
  const evidence = handoff.handoff ? [] : getEvidenceChecklist(issueType);
  const { module, duty } = serviceModuleFor(issueType);
  return {
    ...base,
    title: entry ? entry.title[locale] : null,
    answer: entry ? entry.answer.map((step) => step[locale]) : [],
    channels,
    evidence,
    script: suggestScript(scamRisk.reply ?? scriptsForIssueType(issueType)[0], evidence, locale, orderId),
    serviceModule: { module, duty },
  };
}
