export { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
