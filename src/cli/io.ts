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

/** A usage error: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
