import type { Command } from '../io.js';

/** `tiantian-support sla`: not built yet. */
export const slaCommand: Command = async (_args, io) => {
  io.err('tiantian-support sla: not available in this version\n');
  return 2;
};
