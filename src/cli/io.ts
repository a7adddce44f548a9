import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command needs from the outside world, so tests can run commands in-process. */
export interface CliIo {
  /** Writes text as is (add your own newline). */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard input as lines, when a command reads it. */
  readonly lines: () => AsyncIterable<string>;
  /** Whether standard output is a terminal (colors, progress). */
  readonly isTTY: boolean;
  /** The current instant (tests pass a fixed one). */
  readonly now: () => Date;
  /** The caller's IANA time zone, for "your local time". */
  readonly timeZone: string;
}

/** One sub-command: gets its own arguments (after the command name), returns the exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * A usage error, exit code 2. Its message names values from outside (an argument, a file name), so
 * it is printed as one line per entry of `lines` with every control, line-break and bidi character
 * escaped; `help`, the program's own text, follows as is.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The message's lines (one per issue); each is escaped on its own when printed. */
  readonly lines: readonly string[];
  /** The command's help, printed after the message; program text, never a value from outside. */
  readonly help: string | undefined;

  constructor(message: string | readonly string[], help?: string) {
    const lines = typeof message === 'string' ? [message] : [...message];
    super(lines.join('\n'));
    this.lines = lines;
    this.help = help;
  }
}

/**
 * `parseArgs` that refuses an option given twice: node's takes the last silently, so
 * `--at 10:00 --at 11:00` would answer for 11:00 without a word. Options declared `multiple` may
 * repeat.
 *
 * @param config - what `parseArgs` takes
 * @returns what `parseArgs` returns
 * @throws {UsageError} when a single-valued option appears more than once
 */
export function parseOnce<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const { tokens } = parseArgs({ ...config, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || config.options?.[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} is given more than once; give it once`);
    seen.add(token.name);
  }
  return parseArgs(config);
}
