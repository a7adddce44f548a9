import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/cases/events.js';
import { appendCaseEvent, createCaseLog } from '../../src/cases/index.js';
import { runCli } from './run-cli.js';

const bj = (local: string) => new Date(`${local}+08:00`);
let dir = '';
let files: string[] = [];

async function stored(events: CaseEvent[]): Promise<string> {
  let log = createCaseLog();
  for (const event of events) log = await appendCaseEvent(log, event);
  return JSON.stringify(log);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiantian-report-'));
  const cases: CaseEvent[][] = [
    [
      { type: 'opened', at: bj('2026-10-12T10:00:00'), channel: 'email', issueType: 'feedback' },
      { type: 'message', at: bj('2026-10-12T10:00:05'), from: 'bot', text: '您好' },
      { type: 'message', at: bj('2026-10-12T11:00:00'), from: 'agent', text: '您好，已收到' },
      { type: 'status', at: bj('2026-10-12T12:00:00'), to: 'solved' },
    ],
    [{ type: 'opened', at: bj('2026-10-13T10:00:00'), channel: 'hotline', issueType: 'logistics-delay' }],
  ];
  files = [];
  for (const [i, events] of cases.entries()) {
    const file = join(dir, `case-${i}.json`);
    await writeFile(file, await stored(events));
    files.push(file);
  }
  await writeFile(join(dir, 'bad.json'), '{"format":"nope"}');
});

describe('tiantian-support report', () => {
  it('prints Markdown tables by default', async () => {
    const { code, out } = await runCli(['report', ...files, '--from', '2026-10-01', '--to', '2026-11-01']);
    expect(code).toBe(0);
    expect(out).toContain('2 cases opened in the period');
    expect(out).toContain('| first reply | calendar | 1 | 60.0 | 60.0 | 60.0 | 60.0 |');
  });

  it('--csv, --svg and --json', async () => {
    const csv = await runCli(['report', ...files, '--from', '2026-10-01', '--to', '2026-11-01', '--csv']);
    expect(csv.out.split('\r\n')).toContain('volume,,channel,hotline,,1,,,,,,,,');
    const svg = await runCli(['report', ...files, '--from', '2026-10-01', '--to', '2026-11-01', '--svg']);
    expect(svg.out).toMatch(/^<svg /);
    const json = await runCli([
      'report',
      ...files,
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-01',
      '--json',
      '--group-by',
      'channel',
    ]);
    expect(Object.keys(JSON.parse(json.out).groups)).toEqual(['email', 'hotline']);
  });

  it('exits 1 naming a file that is not a case log', async () => {
    const { code, err } = await runCli([
      'report',
      join(dir, 'bad.json'),
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-01',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('bad.json is not a case log');
  });

  it('names an unreadable file escaped, on its own line, exit 1', async () => {
    const { code, err } = await runCli([
      'report',
      join(dir, 'x\n✓ forged\u001b[2J'),
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-01',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('cannot read');
    expect(err).toContain('x\\u{a}✓ forged\\u{1b}[2J');
    expect(err.split('\n').some((line) => line.startsWith('✓ forged'))).toBe(false);
  });

  it.each([
    [['--from', '2026-10-01'], '--from and --to are required'],
    [['--from', 'yesterday', '--to', '2026-11-01'], '--from "yesterday" is not a time'],
    [['--from', '2026-11-01', '--to', '2026-10-01'], '--to is before --from'],
    [['--from', '2026-10-01', '--to', '2026-11-01', '--csv', '--svg'], 'choose one of'],
    [['--from', '2026-10-01', '--to', '2026-11-01', '--group-by', 'agent'], '--group-by must be'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { code, err } = await runCli(['report', ...files, ...args]);
    expect([code, err.includes(message)]).toEqual([2, true]);
  });
});
