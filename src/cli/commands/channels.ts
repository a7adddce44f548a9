import { CHANNEL_IDS } from '../../shared/channel-ids.js';
import type { Command } from '../io.js';

/** `tiantian-support channels`: the catalog of contact channels. */
export const channelsCommand: Command = async (args, io) => {
  if (args.includes('--json')) io.out(`${JSON.stringify(CHANNEL_IDS, null, 2)}\n`);
  else io.out(`${CHANNEL_IDS.join('\n')}\n`);
  return 0;
};
