/**
 * The four ways the guide gives to reach a person, in the guide's order: in-app online chat
 * (在线客服), the hotline (官方服务热线), email (邮件) and social media (社交媒体: Weibo and WeChat).
 *
 * @example
 * CHANNEL_IDS.includes('hotline'); //=> true
 */
export const CHANNEL_IDS = ['online-chat', 'hotline', 'email', 'social-media'] as const;

/**
 * The id of a contact channel.
 *
 * @example
 * const channel: ChannelId = 'social-media';
 */
export type ChannelId = (typeof CHANNEL_IDS)[number];

/**
 * Whether a value is one of {@link CHANNEL_IDS}.
 *
 * @param value - anything
 * @returns true for a known channel id
 * @example
 * isChannelId('email'); //=> true
 * isChannelId('fax'); //=> false
 */
export function isChannelId(value: unknown): value is ChannelId {
  return (CHANNEL_IDS as readonly unknown[]).includes(value);
}
