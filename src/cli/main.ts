import { caseCommand } from './commands/case.js';
import pkg from '../../package.json' with { type: 'json' };
import { askCommand } from './commands/ask.js';
import { channelsCommand } from './commands/channels.js';
import { evidenceCommand } from './commands/evidence.js';
import { priceCommand } from './commands/price.js';
import { reportCommand } from './commands/report.js';
import { scriptCommand } from './commands/script.js';
import { slaCommand } from './commands/sla.js';
import { taxCommand } from './commands/tax.js';
import { type CliIo, type Command, UsageError } from './io.js';
import { printable } from './printable.js';

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  channels: { run: channelsCommand, summary: 'the contact channels, open or closed now (--json)' },
  sla: { run: slaCommand, summary: 'response deadline and status: --channel <id> --at "YYYY-MM-DD HH:mm"' },
  evidence: {
    run: evidenceCommand,
    summary: 'check or rename evidence files: check <folder> --order <id> --issue <type>',
  },
  script: { run: scriptCommand, summary: 'render a reply script: <id> --var name=value --locale en; list' },
  price: {
    run: priceCommand,
    summary: 'price an order with its offers: --line A:s1:200 --threshold 300-30 (--best, --json)',
  },
  tax: {
    run: taxCommand,
    summary: 'cross-border import tax: --value 425 --vat 13 --consumption 15 (--regime postal)',
  },
  case: { run: caseCommand, summary: 'a case file: case new|add|show|verify <file.jsonl>' },
  report: { run: reportCommand, summary: 'a report of case logs: <files…> --from --to [--csv|--svg|--json]' },
  ask: {
    run: askCommand,
    summary: 'triage a customer question: ask "<question>" (--json; stdin: JSON lines)',
  },
};

/** The top-level help text. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const rows = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: tiantian-support <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun a command with --help for its options.\n`;
}

/**
 * Runs the command line and returns the exit code: 0 done, 1 the answer is negative (a check
 * failed, a deadline is breached), 2 usage error.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${pkg.version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`tiantian-support: unknown command "${printable(name)}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A message carries values from outside: none of its characters may start a line of its own.
    if (error instanceof UsageError) {
      const help = error.help === undefined ? '' : `\n${error.help}`;
      io.err(`tiantian-support ${name}: ${error.lines.map(printable).join('\n')}\n${help}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tiantian-support ${name}: ${printable(message)}\n`);
    return 1;
  }
}
