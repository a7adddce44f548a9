// Oversized customer text into every entry point that takes it (issue 13, defect 5): a 1 MB and a
// 10 MB message, plain and NFKC-expanding (U+FDFA is 18 characters after NFKC), side by side with
// the cost of one `text.normalize('NFKC')` of the same input (the work the caps avoid) and with a
// 1 kB message. The bound: one call of detectHandoff or triage on 1 MB takes under 50 ms on this
// shared machine, else the bench throws.
import { bench, describe } from 'vitest';
import { detectHandoff, safeDetectHandoff, validateEmailRequest } from '../src/channels/index.js';
import { extractEntities, normalizeFaqText, resolveFaq, safeResolveFaq } from '../src/faq/index.js';
import { assessScamRisk, redactPii } from '../src/safety/index.js';
import { composeStarMessage } from '../src/scripts/index.js';
import { escalationSignal, safeTriage, triage } from '../src/triage/index.js';

const NOW = new Date('2026-09-30T12:00:00+08:00');
const BOUND_MS = 50;
const message = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const TEXTS = {
  '1 kB': message('我的订单三天没发货，怎么办？', 1_000),
  '1 MB': message('我的订单三天没发货，怎么办？', 1_000_000),
  '1 MB NFKC-expanding': message('\uFDFA', 1_000_000),
  '10 MB': message('我的订单三天没发货，怎么办？', 10_000_000),
} as const;

/** Runs `call`, and throws when a 1 MB input took longer than the bound. */
function bounded(size: string, name: string, call: () => unknown): () => void {
  return () => {
    const start = performance.now();
    call();
    const took = performance.now() - start;
    if (size.startsWith('1 MB') && took > BOUND_MS)
      throw new Error(`${name} on ${size} took ${took.toFixed(1)} ms`);
  };
}

const ENTRY_POINTS: ReadonlyArray<readonly [string, (text: string) => unknown, boolean]> = [
  ['detectHandoff', (t) => detectHandoff(t), true],
  ['safeDetectHandoff', (t) => safeDetectHandoff(t), true],
  ['triage', (t) => triage(t, { now: NOW }), true],
  ['safeTriage', (t) => safeTriage(t, { now: NOW }), true],
  ['resolveFaq', (t) => resolveFaq(t), false],
  ['safeResolveFaq', (t) => safeResolveFaq(t), false],
  ['extractEntities', (t) => extractEntities(t), false],
  ['escalationSignal', (t) => escalationSignal(t), false],
  ['normalizeFaqText', (t) => normalizeFaqText(t), false],
  [
    'composeStarMessage',
    (t) => composeStarMessage({ situation: t, task: t, action: t, result: t }, { channel: 'online-chat' }),
    false,
  ],
  [
    'validateEmailRequest',
    (t) => validateEmailRequest({ orderId: '1550672064762308113', description: t, contact: '13800138000' }),
    false,
  ],
  ['redactPii', (t) => redactPii(t), false],
  ['assessScamRisk', (t) => assessScamRisk(t), false],
];

for (const [size, text] of Object.entries(TEXTS)) {
  const heavy = size.startsWith('10 MB') || size.includes('NFKC');
  const options = heavy ? { time: 300, iterations: 3, warmupIterations: 1 } : { time: 300 };
  describe(`${size} message`, () => {
    bench("baseline: text.normalize('NFKC')", () => void text.normalize('NFKC'), options);
    for (const [name, call, isBounded] of ENTRY_POINTS) {
      bench(name, isBounded ? bounded(size, name, () => call(text)) : () => void call(text), options);
    }
  });
}
