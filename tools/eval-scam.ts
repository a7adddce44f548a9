// `npx tsx tools/eval-scam.ts`: the figures of assessScamRisk (share of scams at medium or above,
// share of benign messages at medium or above) on every labelled set of tests/safety, with the
// shipped model (trained on all of them: development figures), and the stratified 5-fold
// cross-validation of the whole detector (rules, links and a wording model trained without the
// fold): the estimate of how it does on messages nobody fitted it to; and leave-one-set-out, each
// set judged by a model that saw none of its author's messages (harsher: a set's family mix is its own).
import { SCAM_WORDING_MODEL } from '../src/safety/generated/scam-model.js';
import { assessScamRiskWith } from '../src/safety/scam.js';
import type { ScamWordingModel } from '../src/safety/wording.js';
import { crossValidate, crossValidateBySet, type LabelledMessage, labelledMessages } from './scam-model.js';

const flagged = (model: ScamWordingModel, m: LabelledMessage): boolean => {
  const { level } = assessScamRiskWith(model, m.text);
  return level === 'medium' || level === 'high';
};

/** Per set: scams flagged / scams, benign flagged / benign. */
export function figuresBySet(messages: readonly LabelledMessage[], verdicts: readonly boolean[]) {
  const rows = new Map<string, { scams: number; caught: number; benign: number; wrong: number }>();
  const total = { scams: 0, caught: 0, benign: 0, wrong: 0 };
  const customer = { benign: 0, wrong: 0 };
  messages.forEach((m, i) => {
    const row = rows.get(m.set) ?? { scams: 0, caught: 0, benign: 0, wrong: 0 };
    rows.set(m.set, row);
    for (const r of [row, total]) {
      if (m.scam) {
        r.scams++;
        if (verdicts[i]) r.caught++;
      } else {
        r.benign++;
        if (verdicts[i]) r.wrong++;
      }
    }
    if (!m.scam && m.set !== 'FAQ examples') {
      customer.benign++;
      if (verdicts[i]) customer.wrong++;
    }
  });
  return { rows, total, customer };
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

function print(title: string, messages: readonly LabelledMessage[], verdicts: readonly boolean[]): void {
  const { rows, total, customer } = figuresBySet(messages, verdicts);
  console.log(`\n${title}`);
  for (const [set, r] of rows) {
    console.log(
      `  ${set.padEnd(22)} scams ${`${r.caught}/${r.scams}`.padStart(8)} ${pct(r.caught, r.scams).padStart(7)}   benign ${`${r.wrong}/${r.benign}`.padStart(9)} ${pct(r.wrong, r.benign).padStart(6)}`,
    );
  }
  console.log(
    `  pooled: recall ${pct(total.caught, total.scams)} (${total.caught}/${total.scams}), customer benign ${pct(customer.wrong, customer.benign)} (${customer.wrong}/${customer.benign}), all benign ${pct(total.wrong, total.benign)}`,
  );
}

const messages = labelledMessages();
if (process.argv.includes('--shipped') || !process.argv.includes('--cv')) {
  print(
    'shipped model (trained on every set: development figures)',
    messages,
    messages.map((m) => flagged(SCAM_WORDING_MODEL, m)),
  );
}
if (process.argv.includes('--cv') || !process.argv.includes('--shipped')) {
  print('stratified 5-fold cross-validation (seed 42)', messages, crossValidate(messages, flagged));
  print(
    'leave one set out (each set judged by a model trained on the others)',
    messages,
    crossValidateBySet(messages, flagged),
  );
}
