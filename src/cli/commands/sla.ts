import { formatZonedDateTime, parseZonedDateTime } from '../../calendar/index.js';
import { CHANNEL_IDS, isChannelId } from '../../shared/channel-ids.js';
import { isTiantianError } from '../../shared/errors.js';
import { ISSUE_TYPES, isIssueType } from '../../shared/issue-types.js';
import { isLocale, LOCALES, type Locale } from '../../shared/locale.js';
import { PLATFORM_TIME_ZONE } from '../../shared/time-zone.js';
import {
  guidePolicy,
  type ResponseDeadline,
  responseDeadline,
  type SlaTargetStatus,
  slaStatus,
} from '../../sla/index.js';
import { type Command, parseOnce, UsageError } from '../io.js';

const BEIJING = PLATFORM_TIME_ZONE;

const HELP = `Usage: tiantian-support sla --channel <id> [--at "YYYY-MM-DD HH:mm"] [options]

When an answer is due on a channel, by the guide's rules, how that was worked out, and the status now.

Options:
  --channel <id>        ${CHANNEL_IDS.join(' | ')} (required)
  --at <time>           when the message was sent: "YYYY-MM-DD HH:mm" in Beijing time, or ISO 8601
                        with an offset ("2026-09-30T20:00:00+08:00"); default: now
  --issue <type>        the issue type (e.g. logistics-delay): the channel table's stricter targets apply
  --complex             a complex email case (72 hours instead of 48)
  --handoff-at <time>   online chat: when the chat reached a person (转人工); same forms as --at
  --locale <locale>     ${LOCALES.join(' | ')} for the derivation (default: en)
  --json                print the answer as JSON
  -h, --help            show this help

Exit code: 0 on track, at risk or not yet started; 1 breached; 2 usage error.

Example:
  tiantian-support sla --channel social-media --at "2026-09-30 20:30"
`;

const OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** Reads a time option: Beijing wall-clock time, or ISO 8601 with an explicit offset. */
function readInstant(text: string, option: string): Date {
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && OFFSET.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return at;
  } else {
    try {
      return parseZonedDateTime(text, BEIJING);
    } catch (error) {
      if (!isTiantianError(error)) throw error;
    }
  }
  throw new UsageError(
    `${option} ${JSON.stringify(text)} is not a time; expected "YYYY-MM-DD HH:mm" (Beijing time) or ISO 8601 with an offset, e.g. "2026-09-30 20:30" or "2026-09-30T20:30:00+08:00"`,
  );
}

/** Minutes as “2 d 3 h 5 min”. */
function humanize(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts = [days > 0 ? `${days} d` : '', hours > 0 ? `${hours} h` : '', `${mins} min`].filter(Boolean);
  return (mins === 0 && parts.length > 1 ? parts.slice(0, -1) : parts).join(' ');
}

function local(at: Date, timeZone: string): string {
  try {
    return `${formatZonedDateTime(at, timeZone)} ${timeZone}`;
  } catch {
    return `${formatZonedDateTime(at, 'UTC')} UTC`;
  }
}

interface StatusNow {
  readonly state: 'not-started' | SlaTargetStatus['status'];
  readonly remaining: { readonly business: number; readonly calendar: number } | null;
}

function statusAt(deadline: ResponseDeadline, now: Date, complex: boolean): StatusNow {
  if (now.getTime() < deadline.startedAt.getTime()) return { state: 'not-started', remaining: null };
  const policy = guidePolicy(deadline.channel, { issueType: deadline.issueType, complex });
  const status = slaStatus(policy, [{ type: 'created', at: deadline.startedAt }], now).metrics['first-reply'];
  if (status === undefined) return { state: 'not-started', remaining: null };
  return { state: status.status, remaining: status.remaining };
}

function describeStatus(status: StatusNow, basis: 'business' | 'calendar'): string {
  if (status.remaining === null) return 'not started yet (the message is in the future)';
  const { business, calendar } = status.remaining;
  const both =
    basis === 'business'
      ? `${humanize(business)} of open time (${humanize(calendar)} on the clock)`
      : humanize(calendar);
  switch (status.state) {
    case 'breached':
      return `breached: overdue by ${both}`;
    case 'at-risk':
      return `at risk: ${both} left`;
    default:
      return `on track: ${both} left`;
  }
}

/** `tiantian-support sla`: the response deadline on a channel and its status now. */
export const slaCommand: Command = async (args, io) => {
  let values: ReturnType<typeof parse>['values'];
  const parse = (argv: readonly string[]) =>
    parseOnce({
      args: [...argv],
      options: {
        channel: { type: 'string' },
        at: { type: 'string' },
        issue: { type: 'string' },
        complex: { type: 'boolean' },
        'handoff-at': { type: 'string' },
        locale: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  try {
    values = parse(args).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), HELP);
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const { channel } = values;
  if (channel === undefined) throw new UsageError(`--channel is required: one of ${CHANNEL_IDS.join(', ')}`);
  if (!isChannelId(channel)) {
    throw new UsageError(
      `unknown channel ${JSON.stringify(channel)}; expected one of ${CHANNEL_IDS.join(', ')}`,
    );
  }
  const issueType = values.issue;
  if (issueType !== undefined && !isIssueType(issueType)) {
    throw new UsageError(
      `unknown issue type ${JSON.stringify(issueType)}; expected one of ${ISSUE_TYPES.join(', ')}`,
    );
  }
  const localeText = values.locale ?? 'en';
  if (!isLocale(localeText)) {
    throw new UsageError(
      `unknown locale ${JSON.stringify(localeText)}; expected one of ${LOCALES.join(', ')}`,
    );
  }
  const locale: Locale = localeText;
  const now = io.now();
  const submittedAt = values.at === undefined ? now : readInstant(values.at, '--at');
  const handoffText = values['handoff-at'];
  const handoffAt = handoffText === undefined ? undefined : readInstant(handoffText, '--handoff-at');
  if (handoffAt !== undefined && handoffAt.getTime() < submittedAt.getTime()) {
    throw new UsageError('--handoff-at is before --at; a chat reaches a person after it starts');
  }
  const complex = values.complex ?? false;
  let deadline: ResponseDeadline;
  try {
    deadline = responseDeadline({ channel, submittedAt, issueType, complex, handoffAt });
  } catch (error) {
    // Out of the calendar's range (1901–2099) and the like: the caller's values.
    if (isTiantianError(error)) throw new UsageError(error.message);
    throw error;
  }
  const status = statusAt(deadline, now, complex);
  if (values.json) {
    io.out(
      `${JSON.stringify(
        {
          channel,
          ...(issueType === undefined ? {} : { issueType }),
          complex,
          submittedAt: deadline.submittedAt.toISOString(),
          startedAt: deadline.startedAt.toISOString(),
          due: deadline.due.toISOString(),
          dueBeijing: formatZonedDateTime(deadline.due, BEIJING),
          dueLocal: local(deadline.due, io.timeZone),
          ...(deadline.earliest === undefined ? {} : { earliest: deadline.earliest.toISOString() }),
          basis: deadline.basis,
          source: deadline.source,
          target: deadline.target,
          estimatedDays: deadline.estimatedDays,
          derivation: deadline.derivation,
          now: now.toISOString(),
          status: status.state,
          remainingMinutes: status.remaining,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = [
      `Channel:   ${channel}${issueType === undefined ? '' : ` (issue: ${issueType})`}`,
      `Submitted: ${formatZonedDateTime(deadline.submittedAt, BEIJING)} Beijing time (${local(deadline.submittedAt, io.timeZone)})`,
      ...(deadline.earliest === undefined
        ? []
        : [
            `Earliest:  ${formatZonedDateTime(deadline.earliest, BEIJING)} Beijing time (${local(deadline.earliest, io.timeZone)})`,
          ]),
      `Due:       ${formatZonedDateTime(deadline.due, BEIJING)} Beijing time (${local(deadline.due, io.timeZone)} your time)`,
      `Rule:      ${deadline.target.label.en}, ${deadline.basis} time, from the ${deadline.source === 'channel' ? 'channel' : "channel table's issue type"}`,
      `How:       ${deadline.derivation[locale]}`,
      `Now:       ${formatZonedDateTime(now, BEIJING)} Beijing time: ${describeStatus(status, deadline.basis)}`,
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  return status.state === 'breached' ? 1 : 0;
};
