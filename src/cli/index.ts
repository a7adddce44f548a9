import { createInterface } from 'node:readline';
import { main } from './main.js';

// A reader that stops early (`… | head`) closes the pipe: the rest of the output has nowhere to
// go, which is not an error of the command. Anything else on stdout is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
  isTTY: process.stdout.isTTY === true,
  now: () => new Date(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tiantian-support: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
