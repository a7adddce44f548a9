import type { Command } from '../io.js';

/** `tiantian-support evidence`: not built yet. */
export const evidenceCommand: Command = async (_args, io) => {
  io.err('tiantian-support evidence: not available in this version\n');
  return 2;
};
