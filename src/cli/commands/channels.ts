import { formatZonedDateTime } from '../../calendar/index.js';
import { CHANNELS, type Channel, isOpen, nextOpening } from '../../channels/index.js';
import { LOCALES, type Locale, isLocale } from '../../shared/locale.js';
import { PLATFORM_TIME_ZONE } from '../../shared/time-zone.js';
import { type Command, parseOnce, UsageError } from '../io.js';

const HELP = `Usage: tiantian-support channels [--json] [--locale zh-CN|en|es]

The four contact channels of the guide: how to reach a person, hours, expected response, and
whether each is open now (and when it next opens).

Options:
  --json            print JSON for machines
  --locale <code>   zh-CN (default), en or es
  -h, --help        show this help
`;

const LABELS: Record<
  Locale,
  {
    reach: string;
    hours: string;
    response: string;
    suited: string;
    open: string;
    closed: string;
    nextOpening: string;
    beijing: string;
    now: string;
  }
> = {
  'zh-CN': {
    reach: '联系方式',
    hours: '服务时间',
    response: '响应时效',
    suited: '适用',
    open: '现在:开放',
    closed: '现在:未开放',
    nextOpening: '下次开放',
    beijing: '北京时间',
    now: '当前时间',
  },
  en: {
    reach: 'How to reach',
    hours: 'Hours',
    response: 'Response',
    suited: 'Suited for',
    open: 'Now: open',
    closed: 'Now: closed',
    nextOpening: 'next opens',
    beijing: 'Beijing time',
    now: 'Now',
  },
  es: {
    reach: 'Cómo contactar',
    hours: 'Horario',
    response: 'Respuesta',
    suited: 'Indicado para',
    open: 'Ahora: abierto',
    closed: 'Ahora: cerrado',
    nextOpening: 'abre',
    beijing: 'hora de Pekín',
    now: 'Ahora',
  },
};

const contactOf = (channel: Channel): string[] => {
  const lines: string[] = [];
  if (channel.phone !== undefined) lines.push(`☎ ${channel.phone}`);
  if (channel.email !== undefined) lines.push(`✉ ${channel.email}`);
  for (const account of channel.accounts ?? []) lines.push(`${account.platform}: ${account.handle}`);
  return lines;
};

/** `tiantian-support channels`: the catalog of contact channels, open or closed now. */
export const channelsCommand: Command = async (args, io) => {
  let values: { json?: boolean; locale?: string; help?: boolean };
  try {
    ({ values } = parseOnce({
      args: [...args],
      options: {
        json: { type: 'boolean' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), HELP);
  }
  if (values.help === true) {
    io.out(HELP);
    return 0;
  }
  const locale = values.locale ?? 'zh-CN';
  if (!isLocale(locale)) {
    throw new UsageError(`unknown locale "${locale}"; expected one of ${LOCALES.join(', ')}`);
  }
  const now = io.now();
  const rows = CHANNELS.map((channel) => {
    const open = isOpen(channel, now);
    return { channel, open, next: open ? null : nextOpening(channel, now) };
  });

  if (values.json === true) {
    const json = {
      now: now.toISOString(),
      locale,
      channels: rows.map(({ channel, open, next }) => ({
        id: channel.id,
        name: channel.name[locale],
        steps: channel.steps.map((step) => step[locale]),
        ...(channel.phone === undefined ? {} : { phone: channel.phone }),
        ...(channel.email === undefined ? {} : { email: channel.email }),
        ...(channel.accounts === undefined
          ? {}
          : { accounts: channel.accounts.map((a) => ({ platform: a.platform, handle: a.handle })) }),
        hours: channel.hoursText[locale],
        hoursStatedByGuide: channel.hoursStatedByGuide,
        response: {
          minutes: channel.primaryResponse.minutes,
          clock: channel.primaryResponse.clock,
          label: channel.primaryResponse.label[locale],
        },
        suitedFor: channel.suitedFor[locale],
        openNow: open,
        nextOpening: next === null ? null : next.toISOString(),
      })),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }

  const l = LABELS[locale];
  const lines: string[] = [`${l.now}: ${formatZonedDateTime(now, PLATFORM_TIME_ZONE)} (${l.beijing})`, ''];
  for (const { channel, open, next } of rows) {
    lines.push(`${channel.name[locale]} [${channel.id}]`);
    lines.push(`  ${l.reach}:`);
    for (const contact of contactOf(channel)) lines.push(`    ${contact}`);
    channel.steps.forEach((step, index) => {
      lines.push(`    ${index + 1}. ${step[locale]}`);
    });
    lines.push(`  ${l.hours}: ${channel.hoursText[locale]}`);
    lines.push(`  ${l.response}: ${channel.primaryResponse.label[locale]}`);
    lines.push(`  ${l.suited}: ${channel.suitedFor[locale]}`);
    if (open || next === null) {
      lines.push(`  ${l.open}`);
    } else {
      const local =
        io.timeZone === PLATFORM_TIME_ZONE
          ? ''
          : `; ${formatZonedDateTime(next, io.timeZone)} ${io.timeZone}`;
      lines.push(
        `  ${l.closed}, ${l.nextOpening} ${formatZonedDateTime(next, PLATFORM_TIME_ZONE)} (${l.beijing}${local})`,
      );
    }
    lines.push('');
  }
  io.out(lines.join('\n'));
  return 0;
};
