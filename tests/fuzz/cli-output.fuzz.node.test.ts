// Control and bidi characters in every human-readable output of the command line (issue 13, defect
// 3): a value from outside (an argument, an option's value, a file name on disk) that holds ANSI
// escapes, line breaks of any kind, C1 controls or bidi controls must reach the terminal escaped, and
// must never start a line of its own (a name holding "\n✓ 订单截图: all good" would forge a line).
// `--json` output is JSON, decoded by its reader, and is not checked here.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

/** What a terminal acts on instead of showing (the line breaks that separate output lines aside). */
const UNSAFE = /[\p{Cc}\p{Cs}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;
const BREAKS = ['\n', '\r', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029'];
const NOISE = [
  '\u001b[2J',
  '\u001b[31m',
  '\u202e',
  '\u2066',
  '\u200f',
  '\ufeff',
  '\t',
  '\u007f',
  '\u009b',
  'a',
  '订',
  ' ',
];

/** A value that tries to start a line "FORGED …" of its own, with terminal noise around it. */
const hostile: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }),
    fc.constantFrom(...BREAKS),
    fc.array(fc.constantFrom(...NOISE, ...BREAKS), { maxLength: 4 }),
  )
  .map(([before, brk, after]) => `x${before.join('')}${brk}FORGED ✓ 订单截图: all good${after.join('')}`);

const ORDER = '1550672064762308113';
const WORK = mkdtempSync(join(tmpdir(), 'cli-output-'));
const EMPTY_DIR = join(WORK, 'empty');
mkdirSync(EMPTY_DIR);

function expectInert(output: string, where: string): void {
  for (const line of output.split('\n')) {
    expect(UNSAFE.test(line), `${where}: ${JSON.stringify(line.slice(0, 120))}`).toBe(false);
    expect(line.startsWith('FORGED'), `${where}: a forged line`).toBe(false);
  }
}

/** Every command line that shows a value from outside in its human-readable output or its errors. */
const INVOCATIONS: ReadonlyArray<readonly [string, (h: string) => string[]]> = [
  ['an unknown command', (h) => [h]],
  ['an unknown option', (h) => ['ask', `--${h}`, 'x']],
  ['ask: the question', (h) => ['ask', h]],
  ['ask: the question, in English', (h) => ['ask', h, '--locale', 'en']],
  ['ask: --order', (h) => ['ask', '质量问题', '--order', h]],
  ['ask: --locale', (h) => ['ask', '质量问题', '--locale', h]],
  ['ask: --now', (h) => ['ask', '质量问题', '--now', h]],
  ['script: the id', (h) => ['script', h]],
  ['script: a text value', (h) => ['script', 'handoff-greeting', '--var', `agentName=${h}`]],
  [
    'script: the order and list values',
    (h) => ['script', 'request-evidence', '--var', `orderId=${h}`, '--var', `items=${h}`],
  ],
  ['script: a variable name', (h) => ['script', 'handoff-greeting', '--var', `${h}=x`]],
  [
    'script: a duration',
    (h) => ['script', 'escalate-to-platform', '--var', 'caseId=1', '--var', `window=${h}`],
  ],
  ['script: html', (h) => ['script', 'handoff-greeting', '--var', `agentName=${h}`, '--html']],
  ['sla: --channel', (h) => ['sla', '--channel', h]],
  ['sla: --at', (h) => ['sla', '--channel', 'email', '--at', h]],
  ['sla: --issue', (h) => ['sla', '--channel', 'email', '--issue', h]],
  ['sla: --locale', (h) => ['sla', '--channel', 'email', '--locale', h]],
  ['channels: --locale', (h) => ['channels', '--locale', h]],
  ['evidence checklist: --issue', (h) => ['evidence', 'checklist', '--issue', h]],
  [
    'evidence check: --order',
    (h) => ['evidence', 'check', EMPTY_DIR, '--order', h, '--issue', 'quality-dispute'],
  ],
  [
    'evidence check: the folder',
    (h) => ['evidence', 'check', join(WORK, h), '--order', ORDER, '--issue', 'quality-dispute'],
  ],
  ['evidence: the sub-command', (h) => ['evidence', h]],
  ['price: a line', (h) => ['price', '--line', `${h}:s1:200:1`]],
  ['price: a malformed line', (h) => ['price', '--line', h]],
  ['price: a threshold', (h) => ['price', '--line', 'A:s1:200:1', '--threshold', h]],
  ['price: the input file', (h) => ['price', join(WORK, h)]],
  ['tax: --value', (h) => ['tax', '--value', h]],
  ['tax: --from', (h) => ['tax', '--value', '100', '--from', h]],
  ['case: the action', (h) => ['case', h, join(WORK, 'case.jsonl')]],
  ['case: the file', (h) => ['case', 'show', join(WORK, h)]],
  ['report: a file', (h) => ['report', join(WORK, h), '--from', '2026-09-01', '--to', '2026-10-01']],
  ['report: --from', (h) => ['report', join(WORK, 'x.json'), '--from', h, '--to', '2026-10-01']],
];

describe('human-readable CLI output with hostile values (fuzz)', () => {
  it.each(INVOCATIONS)('%s: shown escaped, never starting a line', async (name, argv) => {
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        const { out, err } = await runCli(argv(h));
        expectInert(out, `${name} (stdout)`);
        expectInert(err, `${name} (stderr)`);
      }),
      { numRuns: 25 },
    );
  });

  it('evidence check: file names on disk, in every locale and with --rename', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 3 }), async (names) => {
        const dir = join(WORK, `folder-${run++}`);
        mkdirSync(dir);
        // A file system takes any character but "/" and NUL; the same bytes twice are a duplicate.
        for (const [i, n] of names.entries()) writeFileSync(join(dir, `${n}-${i}.jpg`), `not a picture ${i}`);
        writeFileSync(join(dir, `${names[0]}.mp4`), 'video');
        for (const extra of [['--locale', 'zh-CN'], ['--locale', 'en'], ['--locale', 'es'], ['--rename']]) {
          const { out, err } = await runCli([
            'evidence',
            'check',
            dir,
            '--order',
            ORDER,
            '--issue',
            'quality-dispute',
            ...extra,
          ]);
          expectInert(out, `evidence check ${extra.join(' ')} (stdout)`);
          expectInert(err, `evidence check ${extra.join(' ')} (stderr)`);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('the hostile values do reach the output, escaped (the check above is not vacuous)', async () => {
    const { out } = await runCli(['ask', 'x\u001b[2J\nFORGED']);
    expect(out).toContain('x\\u{1b}[2J\\u{a}FORGED');
  });
});
