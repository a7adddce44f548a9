// The guide's four contact routes (一、如何快速联系淘宝天天特卖人工客服), assembled from the facts of
// `./data/` (names, steps, hours, response promises) and the channels' hours.
import type { BusinessHours } from '../calendar/index.js';
import { CHANNEL_IDS, type ChannelId, isChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import { describeValue } from '../shared/assert.js';
import type { LocalizedText } from '../shared/locale.js';
import { CHANNEL_GUIDE_TEXTS, CHANNEL_NAMES, type SocialAccount } from './data/channels.js';
import {
  CUSTOMER_SERVICE_EMAIL,
  GUIDE_RESPONSE_TARGETS,
  HOTLINE_NUMBER,
  type ResponseTarget,
} from './data/contact.js';
import { channelHours } from './channel-hours.js';

export type { SocialAccount } from './data/channels.js';

/**
 * A contact channel of the guide, with every fact the guide states about it.
 * `Id` narrows `response` to the channel's own response facts (`getChannel('email').response.complex`).
 *
 * @example
 * const chat: Channel<'online-chat'> = getChannel('online-chat');
 * chat.steps.map((s) => s['zh-CN']);
 */
export interface Channel<Id extends ChannelId = ChannelId> {
  readonly id: Id;
  /** The channel's name, e.g. 官方服务热线. */
  readonly name: LocalizedText;
  /** How to reach a person, step by step. */
  readonly steps: readonly LocalizedText[];
  /** The number to call (hotline). */
  readonly phone?: string;
  /** The address to write to (email). */
  readonly email?: string;
  /** The accounts to message (social media). */
  readonly accounts?: readonly SocialAccount[];
  /** When a person reads or answers: a `BusinessHours` of `tiantian-support/calendar`. */
  readonly hours: BusinessHours;
  /**
   * Whether the guide states these hours. It does for the hotline (7×24) and social media
   * (workdays 09:00–21:00); for online chat and email it states none, and the library treats them
   * as always open for submission.
   */
  readonly hoursStatedByGuide: boolean;
  /** The hours in words, saying where the guide is silent. */
  readonly hoursText: LocalizedText;
  /** The guide's response facts for the channel (from `GUIDE_RESPONSE_TARGETS`). */
  readonly response: (typeof GUIDE_RESPONSE_TARGETS)[Id];
  /** The response target to show when one is shown. */
  readonly primaryResponse: ResponseTarget;
  /** What the guide says the channel suits. */
  readonly suitedFor: LocalizedText;
  /** The guide's sentences this entry rests on, verbatim. */
  readonly guideQuotes: readonly string[];
}

// Each table below is built in a `/* @__PURE__ */` arrow call: its property reads (`X.start`) are not
// known to be free of side effects, and a bundler must be able to drop the whole catalog (and with it
// the China calendar) from a bundle that does not use it.
const ONLINE_CHAT: Channel<'online-chat'> = /* @__PURE__ */ (() => ({
  id: 'online-chat',
  name: CHANNEL_NAMES['online-chat'],
  steps: CHANNEL_GUIDE_TEXTS['online-chat'].steps,
  hours: channelHours('online-chat'),
  hoursStatedByGuide: CHANNEL_GUIDE_TEXTS['online-chat'].hoursStatedByGuide,
  hoursText: CHANNEL_GUIDE_TEXTS['online-chat'].hoursText,
  response: GUIDE_RESPONSE_TARGETS['online-chat'],
  primaryResponse: GUIDE_RESPONSE_TARGETS['online-chat'].afterHandoff,
  suitedFor: CHANNEL_GUIDE_TEXTS['online-chat'].suitedFor,
  guideQuotes: CHANNEL_GUIDE_TEXTS['online-chat'].guideQuotes,
}))();

const HOTLINE: Channel<'hotline'> = /* @__PURE__ */ (() => ({
  id: 'hotline',
  name: CHANNEL_NAMES.hotline,
  steps: CHANNEL_GUIDE_TEXTS.hotline.steps,
  phone: HOTLINE_NUMBER,
  hours: channelHours('hotline'),
  hoursStatedByGuide: CHANNEL_GUIDE_TEXTS.hotline.hoursStatedByGuide,
  hoursText: CHANNEL_GUIDE_TEXTS.hotline.hoursText,
  response: GUIDE_RESPONSE_TARGETS.hotline,
  primaryResponse: GUIDE_RESPONSE_TARGETS.hotline.immediate,
  suitedFor: CHANNEL_GUIDE_TEXTS.hotline.suitedFor,
  guideQuotes: CHANNEL_GUIDE_TEXTS.hotline.guideQuotes,
}))();

const EMAIL: Channel<'email'> = /* @__PURE__ */ (() => ({
  id: 'email',
  name: CHANNEL_NAMES.email,
  steps: CHANNEL_GUIDE_TEXTS.email.steps,
  email: CUSTOMER_SERVICE_EMAIL,
  hours: channelHours('email'),
  hoursStatedByGuide: CHANNEL_GUIDE_TEXTS.email.hoursStatedByGuide,
  hoursText: CHANNEL_GUIDE_TEXTS.email.hoursText,
  response: GUIDE_RESPONSE_TARGETS.email,
  primaryResponse: GUIDE_RESPONSE_TARGETS.email.typical,
  suitedFor: CHANNEL_GUIDE_TEXTS.email.suitedFor,
  guideQuotes: CHANNEL_GUIDE_TEXTS.email.guideQuotes,
}))();

const SOCIAL_MEDIA: Channel<'social-media'> = /* @__PURE__ */ (() => ({
  id: 'social-media',
  name: CHANNEL_NAMES['social-media'],
  steps: CHANNEL_GUIDE_TEXTS['social-media'].steps,
  accounts: CHANNEL_GUIDE_TEXTS['social-media'].accounts,
  hours: channelHours('social-media'),
  hoursStatedByGuide: CHANNEL_GUIDE_TEXTS['social-media'].hoursStatedByGuide,
  hoursText: CHANNEL_GUIDE_TEXTS['social-media'].hoursText,
  response: GUIDE_RESPONSE_TARGETS['social-media'],
  primaryResponse: GUIDE_RESPONSE_TARGETS['social-media'].typical,
  suitedFor: CHANNEL_GUIDE_TEXTS['social-media'].suitedFor,
  guideQuotes: CHANNEL_GUIDE_TEXTS['social-media'].guideQuotes,
}))();

const NOT_OURS = new Set(['hours', 'response', 'primaryResponse']);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // `hours` and the response facts belong to other modules: freeze only our own data.
    for (const [key, child] of Object.entries(value)) if (!NOT_OURS.has(key)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The guide's four contact channels (一、如何快速联系淘宝天天特卖人工客服), in the guide's order:
 * in-app online chat, the hotline, email, social media. Frozen.
 *
 * @example
 * CHANNELS.map((c) => c.id); //=> ['online-chat', 'hotline', 'email', 'social-media']
 * CHANNELS[1].phone === HOTLINE_NUMBER; //=> true
 */
export const CHANNELS: readonly [
  Channel<'online-chat'>,
  Channel<'hotline'>,
  Channel<'email'>,
  Channel<'social-media'>,
] = /* @__PURE__ */ deepFreeze([ONLINE_CHAT, HOTLINE, EMAIL, SOCIAL_MEDIA] as const);

/**
 * The channel with the given id.
 *
 * @param id - one of `CHANNEL_IDS`
 * @returns the channel, with `response` narrowed to its own response facts
 * @throws {TiantianError} `'unknown_channel'` for any other value; the message lists the valid ids
 * @example
 * getChannel('email').email === CUSTOMER_SERVICE_EMAIL; //=> true
 * getChannel('social-media').hoursText.en; //=> 'Working days 09:00 to 21:00 (Beijing time)'
 */
export function getChannel<Id extends ChannelId>(id: Id): Channel<Id> {
  if (!isChannelId(id)) {
    throw new TiantianError(
      'unknown_channel',
      `Unknown channel ${describeValue(id)}; expected one of ${CHANNEL_IDS.join(', ')}`,
      { path: ['id'] },
    );
  }
  return CHANNELS.find((channel) => channel.id === id) as unknown as Channel<Id>;
}
