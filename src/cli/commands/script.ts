import type { Command } from '../io.js';

/** `tiantian-support script`: not built yet. */
export const scriptCommand: Command = async (_args, io) => {
  io.err('tiantian-support script: not available in this version\n');
  return 2;
};
