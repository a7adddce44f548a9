// The playground: what the library does for a person, in the browser, from its public entries only.
// Every text that comes from the user or the library goes into the page as text (textContent), never
// as HTML.
import { triage, type TriageResult } from 'tiantian-support';
import { getChannel, isChannelOpen } from 'tiantian-support/channels';
import {
  checkEvidence,
  type EvidenceFile,
  formatEvidenceFileName,
  meetsMinimumResolution,
  readImageSize,
} from 'tiantian-support/evidence';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES, type IssueType, type Locale } from 'tiantian-support';

/** The page's own words, per locale. */
const UI = {
  'zh-CN': {
    lang: '语言',
    triage: '客户的话',
    question: '问题',
    placeholder: '例如：付款三天了还没发货',
    noMatch: '没有匹配的问题（不在客服范围内）',
    lowConfidence: '把握不大',
    confidence: '匹配度',
    channels: '联系渠道',
    open: '现在开放',
    closed: '现在关闭',
    due: '答复期限',
    checklist: '需要准备的凭证',
    required: '必需',
    optional: '可选',
    reply: '回复话术',
    missingVars: '还需填写',
    handoff: '客户要求转人工',
    evidence: '凭证',
    order: '订单号',
    issue: '问题类型',
    drop: '拖入图片，或',
    choose: '选择文件',
    size: '尺寸',
    enough: '满足 800×600',
    tooSmall: '小于 800×600',
    unreadable: '无法读取',
    suggested: '建议文件名',
    report: '凭证检查',
    complete: '凭证齐全',
    incomplete: '凭证不全',
    badOrder: '订单号应为 6 到 32 位数字',
  },
  en: {
    lang: 'Language',
    triage: "The customer's words",
    question: 'Question',
    placeholder: 'e.g. paid three days ago and still not shipped',
    noMatch: 'No match (not a customer-service question)',
    lowConfidence: 'low confidence',
    confidence: 'confidence',
    channels: 'Channels',
    open: 'open now',
    closed: 'closed now',
    due: 'reply due',
    checklist: 'Evidence to prepare',
    required: 'required',
    optional: 'optional',
    reply: 'Reply script',
    missingVars: 'still to fill',
    handoff: 'The customer asks for a person',
    evidence: 'Evidence',
    order: 'Order number',
    issue: 'Issue type',
    drop: 'Drop pictures here, or',
    choose: 'choose files',
    size: 'size',
    enough: 'meets 800×600',
    tooSmall: 'smaller than 800×600',
    unreadable: 'unreadable',
    suggested: 'suggested name',
    report: 'Evidence check',
    complete: 'complete',
    incomplete: 'incomplete',
    badOrder: 'An order number is 6 to 32 digits',
  },
  es: {
    lang: 'Idioma',
    triage: 'Lo que dice el cliente',
    question: 'Pregunta',
    placeholder: 'p. ej. pagué hace tres días y no lo han enviado',
    noMatch: 'Sin coincidencia (no es una consulta de atención al cliente)',
    lowConfidence: 'poca confianza',
    confidence: 'confianza',
    channels: 'Canales',
    open: 'abierto ahora',
    closed: 'cerrado ahora',
    due: 'respuesta antes de',
    checklist: 'Pruebas que preparar',
    required: 'obligatoria',
    optional: 'opcional',
    reply: 'Respuesta sugerida',
    missingVars: 'falta rellenar',
    handoff: 'El cliente pide una persona',
    evidence: 'Pruebas',
    order: 'Número de pedido',
    issue: 'Tipo de problema',
    drop: 'Arrastra imágenes aquí, o',
    choose: 'elige archivos',
    size: 'tamaño',
    enough: 'cumple 800×600',
    tooSmall: 'menor que 800×600',
    unreadable: 'ilegible',
    suggested: 'nombre sugerido',
    report: 'Comprobación de pruebas',
    complete: 'completas',
    incomplete: 'incompletas',
    badOrder: 'Un número de pedido tiene de 6 a 32 dígitos',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** A confidence under this is shown as low, plainly. */
const LOW_CONFIDENCE = 0.5;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** An element with text children (strings become text nodes, never HTML). */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function locale(): Locale {
  return $<HTMLSelectElement>('locale').value as Locale;
}

function beijingTime(at: Date, loc: Locale): string {
  return new Intl.DateTimeFormat(loc, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

function renderTriage(result: TriageResult, loc: Locale): Node[] {
  const t = UI[loc];
  const out: Node[] = [];
  if (result.status === 'no-match') return [el('p', { class: 'muted', id: 'triage-status' }, t.noMatch)];
  const score = result.faq?.best?.score;
  const heading = el('h3', { id: 'triage-title' }, result.title ?? t.handoff);
  out.push(heading);
  if (result.status === 'handoff') out.push(el('p', { id: 'triage-status' }, t.handoff));
  else if (score !== undefined) {
    const low = score < LOW_CONFIDENCE || result.status === 'ambiguous';
    out.push(
      el(
        'p',
        { id: 'triage-status', class: low ? 'bad' : 'muted' },
        `${t.confidence} ${Math.round(score * 100)}%${low ? ` — ${t.lowConfidence}` : ''}`,
      ),
    );
  }
  if (result.answer.length > 0) out.push(el('ol', {}, ...result.answer.map((step) => el('li', {}, step))));
  out.push(el('h4', {}, t.channels));
  const rows = result.channels.map((entry) => {
    const channel = getChannel(entry.channel);
    const open = isChannelOpen(entry.channel, result.now);
    return el(
      'tr',
      { 'data-channel': entry.channel },
      el('td', {}, channel.name[loc]),
      el('td', { class: open ? 'ok' : 'bad' }, open ? t.open : t.closed),
      el('td', {}, `${t.due} ${beijingTime(entry.deadline.due, loc)}`),
      el('td', { class: 'muted' }, entry.reason[loc]),
    );
  });
  out.push(el('table', { id: 'channels' }, el('tbody', {}, ...rows)));
  if (result.evidence.length > 0) {
    out.push(el('h4', {}, t.checklist));
    out.push(
      el(
        'ul',
        { id: 'checklist' },
        ...result.evidence.map((item) =>
          el('li', {}, `${item.name[loc]} (${item.required ? t.required : t.optional})`),
        ),
      ),
    );
  }
  if (result.script) {
    out.push(el('h4', {}, `${t.reply}: ${result.script.title}`));
    if (result.script.text) out.push(el('p', { id: 'reply' }, result.script.text));
    if (result.script.missing.length > 0)
      out.push(el('p', { class: 'muted' }, `${t.missingVars}: ${result.script.missing.join(', ')}`));
  }
  return out;
}

function updateTriage(): void {
  const loc = locale();
  const text = $<HTMLTextAreaElement>('question').value;
  const target = $('triage');
  if (text.trim() === '') {
    target.replaceChildren();
    return;
  }
  target.replaceChildren(...renderTriage(triage(text, { now: new Date(), locale: loc }), loc));
}

/** The files chosen or dropped last, with their bytes. */
let chosen: { name: string; bytes: Uint8Array }[] = [];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : 'jpg';
}

function updateEvidence(): void {
  const loc = locale();
  const t = UI[loc];
  const orderId = $<HTMLInputElement>('order').value.trim();
  const issueType = $<HTMLSelectElement>('issue').value as IssueType;
  const target = $('evidence');
  if (chosen.length === 0) {
    target.replaceChildren();
    return;
  }
  const validOrder = /^\d{6,32}$/.test(orderId);
  const rows = chosen.map(({ name, bytes }, index) => {
    const size = readImageSize(bytes);
    const sizeCell = size.success
      ? el(
          'td',
          { class: meetsMinimumResolution(size.data) ? 'ok' : 'bad', 'data-role': 'size' },
          `${t.size} ${size.data.width}×${size.data.height} — ${meetsMinimumResolution(size.data) ? t.enough : t.tooSmall}`,
        )
      : el(
          'td',
          { class: 'muted', 'data-role': 'size' },
          `${t.unreadable}: ${size.error.issues[0]?.message ?? ''}`,
        );
    const suggestion = validOrder
      ? formatEvidenceFileName({
          orderId,
          issueType,
          extension: extensionOf(name),
          ...(chosen.length > 1 ? { sequence: index + 1 } : {}),
        })
      : t.badOrder;
    return el(
      'tr',
      {},
      el('td', {}, el('code', {}, name)),
      sizeCell,
      el('td', { 'data-role': 'suggested' }, `${t.suggested}: `, el('code', {}, suggestion)),
    );
  });
  const parts: Node[] = [el('table', { id: 'files-table' }, el('tbody', {}, ...rows))];
  if (validOrder) {
    const files: EvidenceFile[] = chosen.map(({ name, bytes }) => ({ name, bytes }));
    const report = checkEvidence(files, { issueType, orderId, locale: loc });
    if (report.success) {
      parts.push(
        el('h4', {}, `${t.report}: ${report.data.complete ? t.complete : t.incomplete}`),
        el('ul', { id: 'report' }, ...report.data.messages.map((message) => el('li', {}, message))),
      );
    }
  }
  target.replaceChildren(...parts);
}

async function takeFiles(list: FileList | null): Promise<void> {
  if (!list) return;
  chosen = await Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  updateEvidence();
}

function applyLocale(): void {
  const loc = locale();
  const t = UI[loc];
  document.documentElement.lang = loc;
  $('locale-label').textContent = t.lang;
  $('triage-heading').textContent = t.triage;
  $('question-label').textContent = t.question;
  $<HTMLTextAreaElement>('question').placeholder = t.placeholder;
  $('evidence-heading').textContent = t.evidence;
  $('order-label').textContent = t.order;
  $('issue-label').textContent = t.issue;
  $('drop-hint').textContent = t.drop;
  $('files-label').textContent = t.choose;
  const issue = $<HTMLSelectElement>('issue');
  const current = issue.value || 'quality-dispute';
  issue.replaceChildren(...ISSUE_TYPES.map((id) => el('option', { value: id }, ISSUE_TYPE_LABELS[id][loc])));
  issue.value = current;
  updateTriage();
  updateEvidence();
}

function start(): void {
  $('locale').addEventListener('change', applyLocale);
  $('question').addEventListener('input', updateTriage);
  $('order').addEventListener('input', updateEvidence);
  $('issue').addEventListener('change', updateEvidence);
  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', () => void takeFiles(input.files));
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void takeFiles(event.dataTransfer?.files ?? null);
  });
  applyLocale();
}

start();
