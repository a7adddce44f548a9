// A case file (投诉档案): append events, see the case's status and clocks, verify the log against
// its Merkle root and a checkpoint, and tamper with an entry to see verification name it.
import {
  appendCaseEvent,
  type CaseEvent,
  type CaseLog,
  type CaseLogVerification,
  type Checkpoint,
  caseStatus,
  createCaseLog,
  createCheckpoint,
  evidenceEvent,
  formatCheckpoint,
  safeAppendCaseEvent,
  verifyCaseLog,
} from 'tiantian-support/cases';
import { CHANNEL_IDS, type ChannelId, getChannel } from 'tiantian-support/channels';
import { ISSUE_TYPE_LABELS, type IssueType, type Locale } from 'tiantian-support';
import { $, beijingTime, el, fillSelect, locale } from './dom.js';
import { chosenEvidence } from './evidence-panel.js';
import {
  CASE_STATE_NAMES,
  CLOCK_NAMES,
  CLOCK_STATE_NAMES,
  EVENT_CHOICES,
  type EventChoice,
  FAULT_NAMES,
  fill,
  UI,
} from './text.js';

/** Every case opened on this page, the current one last. */
const cases: CaseLog[] = [];
/** The last checkpoint made of the current case. */
let checkpoint: Checkpoint | undefined;
/** The last verification shown, and the entry last tampered with, of the current case. */
let verified: CaseLogVerification | undefined;
let tamperedAt: number | undefined;
let onChange: () => void = () => {};

/** The case logs of this page, for the report. */
export function pageCaseLogs(): readonly CaseLog[] {
  return cases;
}

const current = (): CaseLog => cases[cases.length - 1] ?? createCaseLog();

function replaceCurrent(log: CaseLog): void {
  cases[cases.length - 1] = log;
}

const APPENDABLE = [
  'customer',
  'agent',
  'bot',
  'evidence',
  'pending',
  'on-hold',
  'open',
  'solved',
  'closed',
  'escalated',
  'signed-for',
] as const satisfies readonly EventChoice[];

/** The name of an event in the table: its author for a message, its new state for a status. */
function choiceOf(event: CaseEvent): EventChoice {
  switch (event.type) {
    case 'message':
      return event.from;
    case 'status':
      return event.to;
    case 'evidence':
    case 'evidence-checked':
      return 'evidence';
    case 'opened':
    case 'escalated':
    case 'signed-for':
      return event.type;
    default:
      return 'other';
  }
}

function detailOf(event: CaseEvent, loc: Locale): string {
  switch (event.type) {
    case 'opened':
      return `${ISSUE_TYPE_LABELS[event.issueType][loc]} · ${getChannel(event.channel).name[loc]}${event.orderId ? ` · ${event.orderId}` : ''}`;
    case 'message':
      return event.text;
    case 'evidence':
      return `${event.fileName} (sha256 ${event.sha256.slice(0, 12)}…)`;
    case 'escalated':
      return [event.to, event.reason].filter(Boolean).join(' — ');
    default:
      return '';
  }
}

/** The events the chosen kind adds now, or the sentence saying what is missing. */
async function eventsToAppend(choice: EventChoice, text: string, at: Date): Promise<CaseEvent[] | string> {
  const t = UI[locale()];
  switch (choice) {
    case 'customer':
    case 'agent':
    case 'bot':
      return text === '' ? t.needText : [{ type: 'message', at, from: choice, text }];
    case 'evidence': {
      const files = chosenEvidence();
      return files.length === 0 ? t.needFiles : Promise.all(files.map((file) => evidenceEvent(file, at)));
    }
    case 'pending':
    case 'on-hold':
    case 'open':
    case 'solved':
    case 'closed':
      return [{ type: 'status', at, to: choice }];
    case 'escalated':
      return [text === '' ? { type: 'escalated', at } : { type: 'escalated', at, reason: text }];
    case 'signed-for':
      return [{ type: 'signed-for', at }];
    default:
      return [];
  }
}

function say(
  id: string,
  text: string,
  tone: 'ok' | 'bad' | 'muted',
  attrs: Record<string, string> = {},
): void {
  $(id).replaceChildren(el('p', { class: tone, ...attrs }, text));
}

async function newCase(): Promise<void> {
  const orderId = $<HTMLInputElement>('order').value.trim();
  const opened: CaseEvent = {
    type: 'opened',
    at: new Date(),
    issueType: $<HTMLSelectElement>('case-issue').value as IssueType,
    channel: $<HTMLSelectElement>('case-channel').value as ChannelId,
    ...(/^\d{6,32}$/.test(orderId) ? { orderId } : {}),
  };
  cases.push(await appendCaseEvent(createCaseLog(), opened));
  checkpoint = undefined;
  verified = undefined;
  tamperedAt = undefined;
  renderVerification();
  renderCheckpoint();
  renderCase(true);
  onChange();
}

async function append(): Promise<void> {
  const choice = $<HTMLSelectElement>('event-kind').value as EventChoice;
  const text = $<HTMLInputElement>('event-text').value.trim();
  const events = await eventsToAppend(choice, text, new Date());
  if (typeof events === 'string') {
    say('verification', events, 'bad');
    return;
  }
  let log = current();
  let refused: string | undefined;
  for (const event of events) {
    const next = await safeAppendCaseEvent(log, event);
    if (!next.success) {
      refused = next.error.issues[0]?.message ?? '';
      break;
    }
    log = next.data;
  }
  replaceCurrent(log);
  verified = undefined;
  renderVerification();
  renderCase(true);
  onChange();
  if (refused === undefined) $<HTMLInputElement>('event-text').value = '';
  else say('verification', refused, 'bad');
}

/** Shows the last verification (with the entry tampered with, if any), in the page's locale. */
function renderVerification(): void {
  const loc = locale();
  const t = UI[loc];
  const target = $('verification');
  if (!verified) {
    target.replaceChildren();
    return;
  }
  const notice = tamperedAt === undefined ? [] : [el('p', {}, fill(t.tampered, { index: tamperedAt }))];
  if (verified.valid) {
    const { size } = current();
    const text = checkpoint
      ? `${fill(t.valid, { size })}; ${fill(t.validWithCheckpoint, { size: checkpoint.size })}`
      : fill(t.valid, { size });
    target.replaceChildren(...notice, el('p', { class: 'ok', 'data-valid': 'true' }, text));
    return;
  }
  target.replaceChildren(
    ...notice,
    el(
      'p',
      {
        class: 'bad',
        'data-valid': 'false',
        'data-index': String(verified.index),
        'data-reason': verified.reason,
      },
      fill(t.invalid, { index: verified.index, reason: FAULT_NAMES[verified.reason][loc] }),
    ),
    el('p', { class: 'muted' }, verified.message),
  );
}

async function verify(): Promise<void> {
  verified = await verifyCaseLog(current(), checkpoint ? { checkpoints: [checkpoint] } : {});
  renderVerification();
}

function renderCheckpoint(): void {
  $('checkpoint-text').replaceChildren(
    ...(checkpoint
      ? [
          el('p', {}, UI[locale()].checkpointMade),
          el('pre', { id: 'checkpoint-note' }, formatCheckpoint(checkpoint)),
        ]
      : []),
  );
}

async function makeCheckpoint(): Promise<void> {
  checkpoint = await createCheckpoint(current(), { origin: `playground.local/cases/${cases.length}` });
  renderCheckpoint();
}

/** Edits one entry's event in place, as someone rewriting the record would, keeping its hashes. */
async function tamper(): Promise<void> {
  const log = current();
  const index = Number($<HTMLSelectElement>('tamper-index').value);
  const entry = log.entries[index];
  if (!entry) return;
  const event = entry.event;
  const edited: CaseEvent =
    event.type === 'message'
      ? { ...event, text: `${event.text}${UI[locale()].tamperMark}` }
      : { ...event, at: new Date(event.at.getTime() + 60_000) };
  replaceCurrent({ ...log, entries: log.entries.map((e, i) => (i === index ? { ...e, event: edited } : e)) });
  tamperedAt = index;
  renderCase();
  await verify();
}

/** Shows the current case; `latest` points the tamper choice at its last entry. */
function renderCase(latest = false): void {
  const loc = locale();
  const t = UI[loc];
  const log = current();
  $('case-head').replaceChildren(
    el('p', {}, fill(t.logHead, { size: log.size, root: '' }), el('code', { id: 'case-root' }, log.root)),
  );
  const head = el(
    'tr',
    {},
    ...[t.entry, t.at, t.type, t.detail, t.leafHash].map((label) => el('th', { scope: 'col' }, label)),
  );
  const rows = log.entries.map(({ event, leafHash }, index) =>
    el(
      'tr',
      { 'data-type': event.type },
      el('td', {}, String(index)),
      el('td', {}, beijingTime(event.at, loc)),
      el('td', {}, EVENT_CHOICES[choiceOf(event)][loc]),
      el('td', {}, detailOf(event, loc)),
      el('td', {}, el('code', {}, `${leafHash.slice(0, 12)}…`)),
    ),
  );
  $('case-entries').replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  const select = $<HTMLSelectElement>('tamper-index');
  fillSelect(
    select,
    log.entries.map(({ event }, index) => [
      String(index),
      `#${index} ${EVENT_CHOICES[choiceOf(event)][loc]}`,
    ]),
  );
  if (latest) select.value = String(log.entries.length - 1);
  renderStatus(log, loc);
}

function renderStatus(log: CaseLog, loc: Locale): void {
  const t = UI[loc];
  let status: ReturnType<typeof caseStatus>;
  try {
    status = caseStatus(log, { now: new Date() });
  } catch (error) {
    say('case-status', error instanceof Error ? error.message : String(error), 'bad');
    return;
  }
  const head = el(
    'tr',
    {},
    ...[t.clock, t.clockState, t.clockDue, t.basis].map((label) => el('th', { scope: 'col' }, label)),
  );
  const rows = status.clocks.map((clock) =>
    el(
      'tr',
      { 'data-clock': clock.id, 'data-state': clock.state },
      el('td', {}, CLOCK_NAMES[clock.id][loc]),
      el(
        'td',
        { class: clock.state === 'breached' ? 'bad' : clock.state === 'met' ? 'ok' : '' },
        CLOCK_STATE_NAMES[clock.state][loc],
      ),
      el('td', {}, beijingTime(clock.due, loc)),
      el('td', { class: 'muted' }, clock.basis[loc]),
    ),
  );
  $('case-status').replaceChildren(
    el(
      'p',
      { id: 'case-state', 'data-state': status.state },
      `${t.state}: ${CASE_STATE_NAMES[status.state][loc]}${status.escalated ? ` (${t.escalatedNow})` : ''}`,
    ),
    el('table', { id: 'clocks' }, el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}

/** Puts the case panel's choices in the page's locale. */
export function localizeCases(): void {
  const loc = locale();
  fillSelect(
    $<HTMLSelectElement>('case-channel'),
    CHANNEL_IDS.map((id) => [id, getChannel(id).name[loc]]),
  );
  fillSelect(
    $<HTMLSelectElement>('case-issue'),
    Object.entries(ISSUE_TYPE_LABELS).map(([id, label]) => [id, label[loc]]),
  );
  fillSelect(
    $<HTMLSelectElement>('event-kind'),
    APPENDABLE.map((choice) => [choice, EVENT_CHOICES[choice][loc]]),
  );
  if (cases.length > 0) renderCase();
  renderVerification();
  renderCheckpoint();
}

/** Wires the buttons and opens the first case; `changed` runs whenever a case log changes. */
export async function initCases(changed: () => void): Promise<void> {
  onChange = changed;
  localizeCases();
  $<HTMLSelectElement>('case-issue').value = 'paid-not-shipped';
  $('case-new').addEventListener('click', () => void newCase());
  $('case-append').addEventListener('click', () => void append());
  $('case-verify').addEventListener('click', () => void verify());
  $('case-checkpoint').addEventListener('click', () => void makeCheckpoint());
  $('case-tamper').addEventListener('click', () => void tamper());
  await newCase();
}
