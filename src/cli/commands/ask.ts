import type { Command } from '../io.js';

/** `tiantian-support ask`: not built yet. */
export const askCommand: Command = async (_args, io) => {
  io.err('tiantian-support ask: not available in this version\n');
  return 2;
};
