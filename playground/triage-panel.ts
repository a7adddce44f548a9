// The customer's words → triage: the answer, the channels with their live deadlines and whether they
// are open now, the evidence checklist and the reply script.
import { triage, type TriageResult } from 'tiantian-support';
import { getChannel, isChannelOpen } from 'tiantian-support/channels';
import type { Locale } from 'tiantian-support';
import { $, beijingTime, el, locale } from './dom.js';
import { UI } from './text.js';

/** A confidence under this is shown as low, plainly. */
const LOW_CONFIDENCE = 0.5;

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

export function updateTriage(): void {
  const loc = locale();
  const text = $<HTMLTextAreaElement>('question').value;
  const target = $('triage');
  if (text.trim() === '') {
    target.replaceChildren();
    return;
  }
  target.replaceChildren(...renderTriage(triage(text, { now: new Date(), locale: loc }), loc));
}
