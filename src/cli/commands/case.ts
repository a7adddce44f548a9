import { readFile, writeFile } from 'node:fs/promises';
import { verifyEvidenceBundle } from '../../cases/bundle.js';
import { CaseEventJsonSchema } from '../../cases/events.js';
import { appendCaseEvent, createCaseLog, safeAppendCaseEvent } from '../../cases/log.js';
import { CASE_LOG_FORMAT, type CaseLog } from '../../cases/log-shape.js';
import { parseCaseLog } from '../../cases/parse.js';
import { caseStatus } from '../../cases/status.js';
import { verifyCaseLog } from '../../cases/verify.js';
import { formatZonedDateTime, parseZonedDateTime } from '../../calendar/index.js';
import { type CliIo, type Command, parseOnce, UsageError } from '../io.js';
import { printable } from '../printable.js';

const HELP = `Usage: tiantian-support case <new|add|show|verify> <file.jsonl> [options]

A case file (投诉档案) kept as JSON lines: one log entry { event, leafHash, root } per line.

  new <file> --issue <type> --channel <id> [--order <digits>] [--at <time>]
  add <file> --event '<event JSON>'    e.g. '{"type":"message","from":"agent","text":"已处理"}' (at: now)
  show <file> [--json]                 status, SLA clocks and legal clocks now
  verify <file>                        a case file, or an evidence bundle (.json)

Times: "YYYY-MM-DD HH:mm" Beijing time or ISO 8601 with an offset; default now.
Exit code: 0 done / valid; 1 invalid (the first bad entry is named) or breached; 2 usage error.
`;

function instant(text: string | undefined, io: CliIo): Date {
  if (text === undefined) return io.now();
  const at = /T/.test(text) ? new Date(text) : parseZonedDateTime(text, 'Asia/Shanghai');
  if (Number.isNaN(at.getTime())) throw new UsageError(`${JSON.stringify(text)} is not a time`);
  return at;
}

async function readLog(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('\n')) {
    const value = JSON.parse(trimmed);
    if (value?.format !== undefined) return value;
  }
  const entries = trimmed === '' ? [] : trimmed.split('\n').map((line) => JSON.parse(line));
  const last = entries.at(-1);
  return { format: CASE_LOG_FORMAT, size: entries.length, root: last?.root ?? createCaseLog().root, entries };
}

async function loadLog(file: string): Promise<CaseLog> {
  const parsed = parseCaseLog(await readLog(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a case file: ${issue?.message} at ${issue?.path.join('.')}`);
  }
  return parsed.data;
}

async function writeLog(file: string, log: CaseLog): Promise<void> {
  await writeFile(file, log.entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
}

/** `tiantian-support case …` */
export const caseCommand: Command = async (args, io) => {
  const { values, positionals } = parseOnce({
    args: [...args],
    allowPositionals: true,
    options: {
      issue: { type: 'string' },
      channel: { type: 'string' },
      order: { type: 'string' },
      at: { type: 'string' },
      event: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, file] = positionals;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!file || !['new', 'add', 'show', 'verify'].includes(action ?? ''))
    throw new UsageError('give an action (new, add, show or verify) and a case file', HELP);
  if (action === 'new') {
    const event = {
      type: 'opened',
      at: instant(values.at, io),
      issueType: values.issue,
      channel: values.channel,
      ...(values.order ? { orderId: values.order } : {}),
    };
    const result = await safeAppendCaseEvent(createCaseLog(), event);
    if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join('; '));
    await writeLog(file, result.data);
    io.out(`Opened ${printable(file)}: ${values.issue} via ${values.channel}\n`);
    return 0;
  }
  if (action === 'add') {
    const log = await loadLog(file);
    const raw = JSON.parse(values.event ?? 'null');
    const parsed = CaseEventJsonSchema.safeParse({ at: instant(values.at, io).toISOString(), ...raw });
    if (!parsed.success) throw new UsageError(`--event: ${parsed.error.issues[0]?.message}`);
    const next = await appendCaseEvent(log, parsed.data);
    await writeLog(file, next);
    io.out(`Added entry ${next.size - 1} (${parsed.data.type}); root ${next.root}\n`);
    return 0;
  }
  if (action === 'verify') {
    const value = JSON.parse(
      (await readFile(file, 'utf8')).trim().split('\n').length === 1 ? await readFile(file, 'utf8') : 'null',
    );
    if (value?.format === 'tiantian-support/evidence-bundle@1') {
      const result = await verifyEvidenceBundle(value);
      io.out(
        result.valid
          ? `Valid bundle: ${result.entries.length} proven entries\n`
          : `Invalid bundle: ${result.log.valid ? 'a proof fails' : printable(result.log.message)}\n`,
      );
      return result.valid ? 0 : 1;
    }
    const result = await verifyCaseLog(await loadLog(file));
    io.out(
      result.valid
        ? 'Valid: every entry matches its hashes\n'
        : `Invalid at entry ${result.index} (${result.reason}): ${printable(result.message)}\n`,
    );
    return result.valid ? 0 : 1;
  }
  const status = caseStatus(await loadLog(file), { now: io.now() });
  if (values.json) {
    io.out(`${JSON.stringify({ state: status.state, clocks: status.clocks }, null, 2)}\n`);
  } else {
    io.out(`State: ${status.state}${status.escalated ? ' (escalated)' : ''}\n`);
    for (const clock of status.clocks)
      io.out(
        `  ${clock.id.padEnd(26)} ${clock.state.padEnd(8)} due ${formatZonedDateTime(clock.due, 'Asia/Shanghai')} Beijing  ${clock.basis.en}\n`,
      );
  }
  return status.clocks.some((c) => c.state === 'breached') ? 1 : 0;
};
