import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tiantian-support case', () => {
  it('opens a case, adds events, shows its clocks and verifies it; finds an edited entry', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'case-')), 'case.jsonl');
    const now = new Date('2026-10-08T10:31:00+08:00');
    const opened = await runCli(
      [
        'case',
        'new',
        file,
        '--issue',
        'quality-dispute',
        '--channel',
        'social-media',
        '--at',
        '2026-09-30 20:30',
      ],
      { now },
    );
    const added = await runCli(
      [
        'case',
        'add',
        file,
        '--at',
        '2026-09-30 20:30',
        '--event',
        '{"type":"message","from":"customer","text":"杯子有裂纹"}',
      ],
      { now },
    );
    const shown = await runCli(['case', 'show', file], { now });
    const valid = await runCli(['case', 'verify', file], { now });
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('杯子有裂纹', '杯子完好'));
    const invalid = await runCli(['case', 'verify', file], { now });
    expect({
      codes: [opened.code, added.code, shown.code, valid.code, invalid.code],
      firstReply: /first-reply\s+breached/.test(shown.out),
      invalid: invalid.out,
    }).toEqual({
      codes: [0, 0, 1, 0, 1],
      firstReply: true,
      invalid:
        "Invalid at entry 1 (edited): Entry 1's event no longer matches its leaf hash: it was edited\n",
    });
  });

  it('refuses an unknown action with its usage', async () => {
    const result = await runCli(['case', 'frobnicate', 'x.jsonl']);
    expect(result.code).toBe(2);
  });
});
