// Oversized customer text into every entry point that takes text (issue 13, defect 5): a 1 kB, a 1 MB
// and a 10 MB message, plain and NFKC-expanding (U+FDFA is 18 characters after NFKC), side by side with
// the cost of one `text.normalize('NFKC')` of the same input (the work the caps avoid).
//
// Each entry point has a time bound per call, checked on every call of the bench (it throws when one
// call takes longer):
// - `capped`: the entry point reads at most a fixed prefix (or refuses a text over its limit) before
//   normalizing: 100 ms per call whatever the length of the text (the worst measured is a few tens
//   of ms: the capped part of an NFKC-expanding text, 18 times longer once normalized; the margin is
//   for a shared, loaded machine). detectHandoff and triage on 1 MB must answer in milliseconds
//   (issue 13, "Done when").
// - `linear`: the entry point reads the whole text on purpose (a redaction or a scam check that
//   skipped a part would miss what it hides): 1 µs per UTF-16 unit of the input (10 s for 10 MB),
//   on this shared machine.
// `OPEN` lists what is known to break its bound (measured, reported by a warning instead of a throw,
// so that the other figures are still taken): each is an open defect, not an accepted cost.
import { afterAll, bench, describe } from 'vitest';
import { parseCaseLog } from '../src/cases/index.js';
import {
  composeEmail,
  detectHandoff,
  safeDetectHandoff,
  validateEmailRequest,
} from '../src/channels/index.js';
import {
  checkEvidence,
  isPortableFileName,
  issueTypeFromLabel,
  parseEvidenceFileName,
  safeFormatEvidenceFileName,
} from '../src/evidence/index.js';
import {
  createFaqResolver,
  defaultFaqEntries,
  extractEntities,
  normalizeFaqText,
  resolveFaq,
  safeResolveFaq,
} from '../src/faq/index.js';
import { parseYuan } from '../src/money/index.js';
import { assessScamRisk, redactPii } from '../src/safety/index.js';
import { composeStarMessage, safeRenderScript } from '../src/scripts/index.js';
import { escalationSignal, safeTriage, triage } from '../src/triage/index.js';

const NOW = new Date('2026-09-30T12:00:00+08:00');
const ORDER = '1550672064762308113';
const CAPPED_MS = 100;
const LINEAR_MS_PER_UNIT = 0.001;

const message = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const PLAIN = '我的订单三天没发货，怎么办？请转人工 order 1550672064762308113 ';
const TEXTS = {
  '1 kB': message(PLAIN, 1_000),
  '1 MB': message(PLAIN, 1_000_000),
  '1 MB NFKC-expanding': message('\uFDFA', 1_000_000),
  '10 MB': message(PLAIN, 10_000_000),
  '10 MB NFKC-expanding': message('\uFDFA', 10_000_000),
} as const;
type Size = keyof typeof TEXTS;

const resolver = createFaqResolver(defaultFaqEntries);
const STAR = {
  situation: '已签收电饭煲',
  task: '希望换一台新的',
  action: '已拍照并联系商家',
  result: '商家三天未回复',
};

type Bound = 'capped' | 'linear';
const ENTRY_POINTS: ReadonlyArray<readonly [string, Bound, (text: string) => unknown]> = [
  ['detectHandoff', 'capped', (t) => detectHandoff(t)],
  ['safeDetectHandoff', 'capped', (t) => safeDetectHandoff(t)],
  ['triage', 'capped', (t) => triage(t, { now: NOW })],
  ['safeTriage', 'capped', (t) => safeTriage(t, { now: NOW })],
  ['resolveFaq', 'capped', (t) => resolveFaq(t)],
  ['safeResolveFaq', 'capped', (t) => safeResolveFaq(t)],
  ['createFaqResolver().resolve', 'capped', (t) => resolver.resolve(t)],
  ['normalizeFaqText', 'capped', (t) => normalizeFaqText(t)],
  ['extractEntities', 'capped', (t) => extractEntities(t)],
  ['escalationSignal', 'capped', (t) => escalationSignal(t)],
  [
    'composeStarMessage',
    'capped',
    (t) => composeStarMessage({ ...STAR, situation: t }, { channel: 'online-chat' }),
  ],
  [
    'validateEmailRequest',
    'capped',
    (t) => validateEmailRequest({ orderId: ORDER, description: t, contact: '13800138000' }),
  ],
  [
    'composeEmail',
    'capped',
    (t) => {
      try {
        return composeEmail({ orderId: ORDER, description: t, contact: '13800138000' });
      } catch (error) {
        return error; // too_big beyond 20,000 characters
      }
    },
  ],
  ['isPortableFileName', 'capped', (t) => isPortableFileName(t)],
  ['parseEvidenceFileName', 'capped', (t) => parseEvidenceFileName(t)],
  [
    'safeFormatEvidenceFileName',
    'capped',
    (t) => safeFormatEvidenceFileName({ orderId: t, issueType: 'quality-dispute', extension: 'jpg' }),
  ],
  ['issueTypeFromLabel', 'capped', (t) => issueTypeFromLabel(t)],
  [
    'checkEvidence (a file name)',
    'capped',
    (t) =>
      checkEvidence([{ name: t, width: 1080, height: 1920 }], {
        issueType: 'quality-dispute',
        orderId: ORDER,
      }),
  ],
  ['parseYuan', 'capped', (t) => parseYuan(t)],
  ['safeRenderScript (a value)', 'linear', (t) => safeRenderScript('handoff-greeting', { agentName: t })],
  ['parseCaseLog (the JSON text)', 'linear', (t) => parseCaseLog(t)],
  ['redactPii', 'linear', (t) => redactPii(t)],
  ['assessScamRisk', 'capped', (t) => assessScamRisk(t)],
];

/**
 * Known to break the bound, with what was measured (this machine): reported, not thrown. None now:
 * assessScamRisk, once 2.7 s on 1 MB of U+FDFA (NFKC makes it 18 units long), reads a bounded part
 * of a long message since 2026-12-02 and is held to the bound of those that cut.
 */
const OPEN: Readonly<Partial<Record<string, readonly Size[]>>> = {};
const SKIPPED: Readonly<Partial<Record<string, readonly Size[]>>> = {};

function boundMs(bound: Bound, text: string): number {
  return bound === 'capped' ? CAPPED_MS : Math.max(CAPPED_MS, text.length * LINEAR_MS_PER_UNIT);
}

/** The time of every call, by entry point and size: printed as medians at the end. */
const TIMES = new Map<string, number[]>();
const median = (list: readonly number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];

/**
 * Runs `call`, keeps its time, and throws (or, for an open defect, warns) once the median of its
 * calls so far (three at least) is over the bound: one call slowed by the other processes of a
 * shared machine does not fail the bench, a slow entry point does.
 */
function bounded(size: Size, name: string, bound: Bound, call: () => unknown): () => void {
  const limit = boundMs(bound, TEXTS[size]);
  const times: number[] = [];
  TIMES.set(`${name}\t${size}`, times);
  let over = 0;
  let reported = false;
  return () => {
    const start = performance.now();
    call();
    const took = performance.now() - start;
    times.push(took);
    if (took > limit) over += 1;
    // The median (the middle call, the upper one of an even count) is over the bound exactly when
    // at least half of the calls are, rounded up; no sort per call, its cost would be timed too.
    if (reported || times.length < 3 || over < Math.ceil(times.length / 2)) return;
    reported = true;
    const text = `${name} on ${size}: median ${median(times)!.toFixed(1)} ms a call (bound ${limit.toFixed(0)} ms, ${bound})`;
    if (!OPEN[name]?.includes(size)) throw new Error(text);
    console.warn(`OPEN (issue 13): ${text}`);
  };
}

afterAll(() => {
  const sizes = Object.keys(TEXTS) as Size[];
  const rows = ENTRY_POINTS.map(([name, bound]) => {
    const cells = sizes.map((size) => {
      const m = median(TIMES.get(`${name}\t${size}`) ?? []);
      return m === undefined ? 'not run' : `${m.toFixed(2)} ms`;
    });
    return `| ${name} | ${bound} | ${cells.join(' | ')} |`;
  });
  console.log(
    [
      `| entry point | bound | ${sizes.join(' | ')} |`,
      `|---|---|${sizes.map(() => '---:').join('|')}|`,
      ...rows,
    ].join('\n'),
  );
  // A loaded machine may hold the hook past its 10 s default, with 10 MB strings to collect.
}, 120_000);

// Each entry point called once first, so that building its tables (a first call) is not timed.
for (const [, , call] of ENTRY_POINTS) call(TEXTS['1 kB']);

for (const [size, text] of Object.entries(TEXTS) as [Size, string][]) {
  const heavy = size !== '1 kB';
  const options = heavy ? { time: 200, iterations: 3, warmupIterations: 1 } : { time: 300 };
  describe(`${size} message`, () => {
    bench("baseline: text.normalize('NFKC')", () => void text.normalize('NFKC'), options);
    for (const [name, bound, call] of ENTRY_POINTS) {
      if (SKIPPED[name]?.includes(size)) continue;
      bench(
        name,
        bounded(size, name, bound, () => call(text)),
        options,
      );
    }
  });
}
