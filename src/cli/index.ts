import { createInterface } from 'node:readline';
import { main } from './main.js';

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
