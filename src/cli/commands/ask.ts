import { formatZonedDateTime, parseZonedDateTime } from '../../calendar/index.js';
import { getChannel } from '../../channels/index.js';
import { isLocale, type Locale } from '../../shared/locale.js';
import { isOrderId } from '../../shared/order-id.js';
import { type TriageResult, triage } from '../../triage/index.js';
import { type CliIo, type Command, parseOnce, UsageError } from '../io.js';
import { printable } from '../printable.js';

const HELP = `Usage: tiantian-support ask "<question>" [options]
       tiantian-support ask [options] < questions.txt   (one question a line → JSON lines)

Triage a customer's words: the FAQ answer and its confidence, hand-off to a person, the channels
with their deadlines, the evidence to prepare, the reply script and the team that owns it.

Options:
  --json               print the triage as JSON
  --locale <locale>    zh-CN (default), en or es
  --now <time>         "YYYY-MM-DD HH:mm" Beijing time, or an ISO instant (default: now)
  --order <id>         the order number, to fill the reply script
  --sensitive          a private matter: social media ranks first
  -h, --help           this help
`;

const HEADINGS = {
  'zh-CN': {
    query: '问题',
    match: '匹配',
    noMatch: '未找到对应的常见问题，可以换个说法，或直接联系人工客服。',
    handoff: '已识别转人工请求',
    confidence: '置信度',
    ambiguous: '（有歧义，请确认）',
    answer: '处理步骤',
    channels: '推荐渠道',
    due: '答复期限',
    open: '开放中',
    closed: '未开放，下次开放',
    evidence: '需准备的凭证',
    required: '必需',
    script: '建议话术',
    missing: '待填写',
    owner: '负责模块',
    beijing: '北京时间',
    lowConfidence: '（置信度低，可能不是这个问题：请确认，或转人工）',
    byChannel: '渠道自身时效',
    byTable: '指南渠道表',
    stricterThan: '严于',
    estimated: '估算：这些日期所在年份尚无国务院放假通知，期限按估算的工作日计',
  },
  en: {
    query: 'Question',
    match: 'Match',
    noMatch: 'No FAQ entry fits. Try other words, or contact a person.',
    handoff: 'Asked for a person',
    confidence: 'confidence',
    ambiguous: ' (ambiguous: please confirm)',
    answer: 'What to do',
    channels: 'Channels',
    due: 'answer due',
    open: 'open',
    closed: 'closed, opens',
    evidence: 'Evidence to prepare',
    required: 'required',
    script: 'Suggested reply',
    missing: 'to fill in',
    owner: 'Owned by',
    beijing: 'Beijing time',
    lowConfidence: ' (low confidence: it may not be this question; please confirm, or ask a person)',
    byChannel: "the channel's own target",
    byTable: "the guide's channel table",
    stricterThan: 'stricter than',
    estimated:
      'estimated: no State Council notice is published for the year of these days, the deadline counts estimated workdays',
  },
  es: {
    query: 'Pregunta',
    match: 'Coincidencia',
    noMatch: 'Ninguna pregunta frecuente encaja. Pruebe con otras palabras o contacte con una persona.',
    handoff: 'Ha pedido hablar con una persona',
    confidence: 'confianza',
    ambiguous: ' (ambigua: confírmela)',
    answer: 'Qué hacer',
    channels: 'Canales',
    due: 'respuesta antes de',
    open: 'abierto',
    closed: 'cerrado, abre',
    evidence: 'Pruebas que preparar',
    required: 'obligatoria',
    script: 'Respuesta sugerida',
    missing: 'por completar',
    owner: 'Responsable',
    beijing: 'hora de Pekín',
    lowConfidence: ' (confianza baja: puede no ser esta pregunta; confírmela o hable con una persona)',
    byChannel: 'el plazo propio del canal',
    byTable: 'la tabla de canales de la guía',
    stricterThan: 'más estricto que',
    estimated:
      'estimado: aún no hay aviso del Consejo de Estado para el año de estos días, el plazo cuenta días laborables estimados',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * Below this FAQ score the match is shown as a guess to confirm (发票怎么开 scores 0.22 against
 * 跨境商品清关受阻): the resolver's own threshold (0.2) keeps it a match, a reader must not take it
 * for a sure one. Clear matches of the guide's questions score 0.5 and more.
 */
const LOW_CONFIDENCE = 0.4;

/** The triage as a person reads it; `color` adds ANSI bold and dim for a terminal. */
export function renderTriage(result: TriageResult, color: boolean): string {
  const t = HEADINGS[result.locale];
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const time = (d: Date) => `${formatZonedDateTime(d)} (${t.beijing})`;
  const lines = [`${bold(t.query)}: ${printable(result.query)}`];
  if (result.status === 'handoff')
    lines.push(`${bold(t.handoff)}: ${printable(result.handoff.phrase ?? '')}`);
  if (result.issueType === null) {
    lines.push(t.noMatch);
    return `${lines.join('\n')}\n`;
  }
  if (result.faq?.best) {
    const score = result.faq.best.score.toFixed(2);
    const note =
      result.faq.best.score < LOW_CONFIDENCE
        ? t.lowConfidence
        : result.status === 'ambiguous'
          ? t.ambiguous
          : '';
    lines.push(
      `${bold(t.match)}: ${result.title} ${dim(`(${result.issueType}, ${t.confidence} ${score})`)}${note}`,
    );
  }
  if (result.answer.length > 0) {
    lines.push('', bold(t.answer));
    result.answer.forEach((step, i) => void lines.push(`  ${i + 1}. ${step}`));
  }
  lines.push('', bold(t.channels));
  result.channels.forEach((c, i) => {
    const name = getChannel(c.channel).name[result.locale];
    const state = c.openNow === false && c.nextOpening ? `${t.closed} ${time(c.nextOpening)}` : t.open;
    // The promise shown is the one that set the deadline; the other is named when it differs.
    const promise = c.deadline.target.label[result.locale];
    const source = c.deadline.source === 'channel' ? t.byChannel : t.byTable;
    const table = c.response.label[result.locale];
    const other = table === promise ? '' : `, ${t.stricterThan} ${table}`;
    lines.push(
      `  ${i + 1}. ${name} — ${promise} (${source}${other}) — ${t.due} ${time(c.deadline.due)} [${state}]`,
    );
    lines.push(`     ${dim(c.reason[result.locale])}`);
    if (c.deadline.estimatedDays.length > 0) {
      lines.push(`     ${t.estimated}: ${c.deadline.estimatedDays.join(', ')}`);
    }
  });
  if (result.evidence.length > 0) {
    lines.push('', bold(t.evidence));
    for (const item of result.evidence) {
      lines.push(`  - ${item.name[result.locale]}${item.required ? ` (${t.required})` : ''}`);
    }
  }
  if (result.script) {
    lines.push('', `${bold(t.script)}: ${result.script.title} ${dim(`[${result.script.id}]`)}`);
    if (result.script.text !== undefined) lines.push(`  ${printable(result.script.text)}`);
    else lines.push(`  ${t.missing}: ${result.script.missing.join(', ')}`);
  }
  if (result.serviceModule) {
    const { module, duty } = result.serviceModule;
    lines.push('', `${bold(t.owner)}: ${module.name[result.locale]} / ${duty.name[result.locale]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The triage for machines: FAQ matches without their whole entries, texts in the chosen locale. */
export function triageToJson(result: TriageResult) {
  const match = (m: { id: string; score: number }) => ({ id: m.id, score: m.score });
  return {
    ...result,
    faq: result.faq && {
      status: result.faq.status,
      best: result.faq.best && match(result.faq.best),
      candidates: result.faq.candidates.map(match),
    },
    evidence: result.evidence.map((item) => ({
      id: item.id,
      name: item.name[result.locale],
      why: item.why[result.locale],
      required: item.required,
    })),
    serviceModule: result.serviceModule && {
      module: result.serviceModule.module.id,
      duty: result.serviceModule.duty.id,
      name: `${result.serviceModule.module.name[result.locale]} / ${result.serviceModule.duty.name[result.locale]}`,
    },
  };
}

function parseNow(text: string | undefined, io: CliIo): Date {
  if (text === undefined) return io.now();
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(text)) return parseZonedDateTime(text);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--now must be "YYYY-MM-DD HH:mm" (Beijing time) or an ISO instant, got "${text}"`);
  }
  return date;
}

/** `tiantian-support ask`: triage a question, or one question per line of standard input. */
export const askCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const locale = values.locale ?? 'zh-CN';
  if (!isLocale(locale)) throw new UsageError(`--locale must be zh-CN, en or es, got "${locale}"`);
  const fixedNow = values.now === undefined ? undefined : parseNow(values.now, io);
  const orderId = values.order?.normalize('NFKC');
  if (orderId !== undefined && !isOrderId(orderId)) {
    throw new UsageError(`--order must be 6 to 32 digits, got ${JSON.stringify(values.order)}`);
  }
  const options = (now: Date) => ({
    now,
    locale,
    ...(orderId === undefined ? {} : { orderId }),
    ...(values.sensitive ? { sensitive: true } : {}),
  });

  if (positionals.length === 0) {
    // Bots: one question per line in, one JSON object per line out, so that output line N answers
    // input line N (a blank line gets the triage of nothing: no match).
    for await (const line of io.lines()) {
      io.out(`${JSON.stringify(triageToJson(triage(line, options(fixedNow ?? io.now()))))}\n`);
    }
    return 0;
  }
  const result = triage(positionals.join(' '), options(fixedNow ?? io.now()));
  io.out(values.json ? `${JSON.stringify(triageToJson(result), null, 2)}\n` : renderTriage(result, io.isTTY));
  return 0;
};

function parse(args: readonly string[]) {
  return parseOnce({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      locale: { type: 'string' },
      now: { type: 'string' },
      order: { type: 'string' },
      sensitive: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
