// Internal: which of the guide's response targets apply to a channel and an issue type. The one
// source of truth for both `responseDeadline` and `guidePolicy`.
import type { ChannelId } from '../shared/channel-ids.js';
import {
  GUIDE_CHANNEL_TABLE,
  GUIDE_RESPONSE_TARGETS,
  type ResponseTarget,
} from '../channels/data/contact.js';
import type { IssueType } from '../shared/issue-types.js';

/** One candidate target and the rule it comes from. */
export interface TargetCandidate {
  readonly target: ResponseTarget;
  readonly source: 'channel' | 'issue-type';
}

/** The targets that compete for a request; the earliest due among them wins, the channel on ties. */
export interface GuideTargets {
  /** The channel's own target (always first). */
  readonly channel: TargetCandidate;
  /** The channel table's row for the issue type, when the row lists this channel. */
  readonly issueType?: TargetCandidate;
  /** Email's “24-48小时”: the earliest an answer is expected. */
  readonly earliest?: ResponseTarget;
}

/** The channel's own target: social media 2 open hours, email 48 h (72 h complex), chat 1 h, hotline 0. */
export function channelTarget(channel: ChannelId, complex: boolean): ResponseTarget {
  switch (channel) {
    case 'social-media':
      return GUIDE_RESPONSE_TARGETS['social-media'].typical;
    case 'email':
      return complex ? GUIDE_RESPONSE_TARGETS.email.complex : GUIDE_RESPONSE_TARGETS.email.typical;
    case 'online-chat':
      return GUIDE_RESPONSE_TARGETS['online-chat'].afterHandoff;
    case 'hotline':
      return GUIDE_RESPONSE_TARGETS.hotline.immediate;
  }
}

/** The targets that apply to a channel and, optionally, an issue type. */
export function guideTargets(
  channel: ChannelId,
  issueType: IssueType | undefined,
  complex: boolean,
): GuideTargets {
  const own: TargetCandidate = { target: channelTarget(channel, complex), source: 'channel' };
  const row =
    issueType === undefined ? undefined : GUIDE_CHANNEL_TABLE.find((entry) => entry.issueType === issueType);
  const byIssue: TargetCandidate | undefined = row?.channels.includes(channel)
    ? { target: row.response, source: 'issue-type' }
    : undefined;
  return {
    channel: own,
    ...(byIssue === undefined ? {} : { issueType: byIssue }),
    ...(channel === 'email' ? { earliest: GUIDE_RESPONSE_TARGETS.email.earliest } : {}),
  };
}

/**
 * The candidates a policy needs so that its earliest due equals `responseDeadline`'s: a candidate
 * that can never be earlier (same clock, no fewer minutes) is left out.
 */
export function competingTargets(targets: GuideTargets): readonly TargetCandidate[] {
  const { channel, issueType } = targets;
  if (issueType === undefined) return [channel];
  if (issueType.target.clock !== channel.target.clock) return [channel, issueType];
  return issueType.target.minutes < channel.target.minutes ? [issueType] : [channel];
}
