import { channelHours } from '../channels/index.js';
import { assertChannelId, assertIssueType, describeValue } from '../shared/assert.js';
import type { ChannelId } from '../shared/channel-ids.js';
import { TiantianError } from '../shared/errors.js';
import type { IssueType } from '../shared/issue-types.js';
import { defineSlaPolicy, type SlaPolicy, type SlaWarning } from './policy.js';
import { competingTargets, guideTargets } from './targets.js';

/**
 * Options of `guidePolicy`.
 *
 * @example
 * const options: GuidePolicyOptions = { issueType: 'logistics-delay', complex: false };
 */
export interface GuidePolicyOptions {
  /** The issue type: the channel table's stricter targets apply where its row lists the channel. */
  readonly issueType?: IssueType | undefined;
  /**
   * A complex email case (72 hours).
   * @default false
   */
  readonly complex?: boolean | undefined;
  /**
   * When each target turns `at-risk`.
   * @default { fraction: 0.25 }
   */
  readonly warnBefore?: SlaWarning | undefined;
}

/**
 * The source guide's response promise for a channel as an SLA policy: `first-reply` targets built
 * from the same facts as `responseDeadline` (one source of truth), so that the policy's earliest
 * due for a ticket created at `submittedAt` equals `responseDeadline(...).due`. Social media and
 * 物流延迟投诉 get two first-reply targets (2 open hours and 24 calendar hours): the earlier binds.
 *
 * For online chat, the hour runs from the hand-off to a person (转人工): give the hand-off instant as
 * the ticket's `created` event.
 *
 * @param channel - the channel
 * @param options - issue type, complex, warning
 * @returns a policy with id `guide:<channel>[:<issueType>][:complex]`
 * @throws {TiantianError} `'unknown_channel'`, `'unknown_issue_type'`, `'invalid_argument'` (non-boolean
 *   `complex`), `'invalid_configuration'` (a bad warning)
 * @example
 * const policy = guidePolicy('social-media');
 * const at = new Date('2026-09-30T20:30:00+08:00');
 * slaStatus(policy, [{ type: 'created', at }], at).metrics['first-reply']?.due.toISOString();
 * //=> '2026-10-08T02:30:00.000Z', as responseDeadline({ channel: 'social-media', submittedAt: at }).due
 */
export function guidePolicy(channel: ChannelId, options: GuidePolicyOptions = {}): SlaPolicy {
  const id = assertChannelId(channel);
  const issueType = options.issueType === undefined ? undefined : assertIssueType(options.issueType);
  if (options.complex !== undefined && typeof options.complex !== 'boolean') {
    throw new TiantianError(
      'invalid_argument',
      `complex must be a boolean, got ${describeValue(options.complex)}`,
      {
        path: ['complex'],
      },
    );
  }
  const complex = options.complex ?? false;
  const hours = channelHours(id);
  const targets = competingTargets(guideTargets(id, issueType, complex)).map(({ target }) => ({
    metric: 'first-reply' as const,
    minutes: target.minutes,
    clock: target.clock,
    hours,
    // A warning in minutes longer than a target (the hotline's 0) is clamped to the target.
    ...(options.warnBefore === undefined
      ? {}
      : {
          warnBefore:
            typeof options.warnBefore === 'number'
              ? Math.min(options.warnBefore, target.minutes)
              : options.warnBefore,
        }),
  }));
  const name = [
    'guide',
    id,
    ...(issueType === undefined ? [] : [issueType]),
    ...(complex ? ['complex'] : []),
  ];
  return defineSlaPolicy({ id: name.join(':'), targets });
}
