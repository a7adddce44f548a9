import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/**
 * Runs the CLI in-process and collects what it prints. `now` defaults to 2026-09-30 12:00 Beijing
 * time, the caller's time zone is Europe/Madrid, standard input is `stdin` (lines).
 */
export async function runCli(
  argv: string[],
  options: { now?: Date; stdin?: string[]; isTTY?: boolean } = {},
) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    lines: async function* () {
      yield* options.stdin ?? [];
    },
    isTTY: options.isTTY ?? false,
    now: () => options.now ?? new Date('2026-09-30T12:00:00+08:00'),
    timeZone: 'Europe/Madrid',
  };
  const code = await main(argv, io);
  return { code, out, err };
}
