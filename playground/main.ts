// The playground: what the library does for a person, in the browser, from its public entries only.
// Each panel lives in its own module; this one wires them to the page and to the locale switch.
// Every text that comes from the user or the library goes into the page as text, never as HTML.
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from 'tiantian-support';
import { initCases, localizeCases, pageCaseLogs } from './case-panel.js';
import { $, fillSelect, locale } from './dom.js';
import { takeFiles, updateEvidence } from './evidence-panel.js';
import { initInsights, updateInsights } from './insights-panel.js';
import { initPricing, localizePricing, updatePricing } from './pricing-panel.js';
import { updateSafety } from './safety-panel.js';
import { type Key, UI } from './text.js';
import { updateTriage } from './triage-panel.js';

/** Static labels carry `data-t` (their text) or `data-t-placeholder` (their placeholder): a key of UI. */
function applyLocale(): void {
  const loc = locale();
  const t = UI[loc];
  document.documentElement.lang = loc;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]'))
    node.textContent = t[node.dataset.t as Key];
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-t-placeholder]'))
    node.placeholder = t[node.dataset.tPlaceholder as Key];
  const issue = $<HTMLSelectElement>('issue');
  const wanted = issue.value || 'quality-dispute';
  fillSelect(
    issue,
    ISSUE_TYPES.map((id) => [id, ISSUE_TYPE_LABELS[id][loc]]),
  );
  issue.value = wanted;
  updateTriage();
  updateEvidence();
  localizePricing();
  updatePricing();
  localizeCases();
  updateSafety();
  updateInsights();
}

async function start(): Promise<void> {
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
  initPricing(updatePricing);
  $('pii-text').addEventListener('input', updateSafety);
  applyLocale();
  await initCases(updateInsights);
  await initInsights(pageCaseLogs);
  document.body.dataset.ready = 'true';
}

void start();
