import { readFile } from 'node:fs/promises';
import { parseZonedDateTime } from '../../calendar/index.js';
import { isTiantianError } from '../../shared/errors.js';
import {
  type bestCombination,
  formatYuan,
  type Offer,
  type Order,
  type PriceResult,
  safeBestCombination,
  parseYuan,
  safePriceOrder,
} from '../../money/index.js';
import { isLocale, LOCALES, type Locale } from '../../shared/locale.js';
import { type CliIo, type Command, parseOnce, UsageError } from '../io.js';
import { printable } from '../printable.js';

/** An amount of yuan from a flag, in fen. */
export function yuanOption(text: string, option: string): number {
  const parsed = parseYuan(text);
  if (!parsed.success)
    throw new UsageError(`${option}: ${parsed.error.issues[0]?.message ?? 'not an amount'}`);
  return parsed.data;
}

/** A time: ISO 8601 with an offset, or "YYYY-MM-DD[ HH:mm]" in Beijing time. */
export function instantOption(text: string, option: string): Date {
  if (/^\d{4}-\d{2}-\d{2}T.*(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return at;
  } else {
    try {
      return parseZonedDateTime(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} 00:00` : text, 'Asia/Shanghai');
    } catch (error) {
      if (!isTiantianError(error)) throw error;
    }
  }
  throw new UsageError(
    `${option} ${JSON.stringify(text)} is not a time; expected "YYYY-MM-DD HH:mm" (Beijing time) or ISO 8601 with an offset`,
  );
}

/** JSON from a file, or from standard input for "-"; ISO strings under `at`, `validFrom`, `validTo` become Dates. */
export async function readJson(path: string, io: CliIo): Promise<unknown> {
  let text = '';
  if (path === '-') {
    for await (const line of io.lines()) text += `${line}\n`;
  } else {
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    return JSON.parse(text, (key, value) =>
      (key === 'at' || key === 'validFrom' || key === 'validTo') && typeof value === 'string'
        ? new Date(value)
        : value,
    );
  } catch (error) {
    throw new UsageError(
      `${path === '-' ? 'standard input' : path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const HELP = `Usage: tiantian-support price [file.json | -] [options]

Prices an order with its promotions and coupons (满减, 每满减, 折扣, 优惠券), exact to the fen: what each
offer saves or why it does not apply, and what every line pays.

Input: a JSON file (or - for standard input) { "order": { "lines": [...] }, "offers": [...] }, amounts in
fen, dates as ISO strings; or flags for the common case (amounts in yuan):
  --line <sku:shop:price:qty>   an order line, e.g. A:s1:129.00:2 (repeatable)
  --threshold <min-off>         a platform 满减, e.g. 300-30 (repeatable)
  --coupon <min-off>            a platform coupon, e.g. 0-5 for 无门槛 (repeatable)
  --discount <percent>          a platform discount: the share paid, 95 = 95折
Options:
  --at <time>       when the order is placed: "YYYY-MM-DD HH:mm" Beijing time or ISO 8601 (default: now)
  --best            choose the cheapest legal set of offers (bestCombination)
  --locale <locale> ${LOCALES.join(' | ')} (default: en)
  --json            print the result as JSON
  -h, --help        show this help

Example:
  tiantian-support price --line A:s1:200 --line B:s1:100 --threshold 300-30 --coupon 0-5
`;

function pair(text: string, option: string): [number, number] {
  const [min, off, ...rest] = text.split('-');
  if (min === undefined || off === undefined || rest.length > 0)
    throw new UsageError(`${option} ${JSON.stringify(text)}: expected <min>-<off>, e.g. 300-30`);
  return [yuanOption(min, option), yuanOption(off, option)];
}

function fromFlags(values: { line?: string[]; threshold?: string[]; coupon?: string[]; discount?: string }) {
  const lines = (values.line ?? []).map((text) => {
    const [sku, shopId, price, quantity = '1', ...rest] = text.split(':');
    if (!sku || !shopId || price === undefined || rest.length > 0 || !/^\d+$/.test(quantity)) {
      throw new UsageError(
        `--line ${JSON.stringify(text)}: expected <sku>:<shop>:<price>[:<quantity>], e.g. A:s1:129.00:2`,
      );
    }
    return { sku, shopId, unitPrice: yuanOption(price, '--line'), quantity: Number(quantity) };
  });
  if (lines.length === 0) throw new UsageError('give an order: a JSON file, - for standard input, or --line');
  const platform = { level: 'platform' } as const;
  const offers: Offer[] = [
    ...(values.threshold ?? []).map((t, i): Offer => {
      const [threshold, off] = pair(t, '--threshold');
      return { id: `threshold-${i + 1}`, kind: 'threshold', scope: platform, threshold, off };
    }),
    ...(values.coupon ?? []).map((t, i): Offer => {
      const [threshold, off] = pair(t, '--coupon');
      return { id: `coupon-${i + 1}`, kind: 'coupon', scope: platform, threshold, off };
    }),
  ];
  if (values.discount !== undefined) {
    if (!/^\d{1,3}$/.test(values.discount) || Number(values.discount) > 100)
      throw new UsageError('--discount is a whole percent from 0 to 100 (95 = 95折)');
    offers.push({ id: 'discount', kind: 'discount', scope: platform, percent: Number(values.discount) });
  }
  return { order: { lines } satisfies Order, offers };
}

function render(r: PriceResult, locale: Locale): string {
  const y = (fen: number) => formatYuan(fen, { locale });
  const rows = [
    `Original: ${y(r.original)}`,
    `Payable:  ${y(r.payable)}`,
    `Saved:    ${y(r.saved)}`,
    ...(r.applied.length > 0 ? ['Applied:', ...r.applied.map((a) => `  ${a.offerId}: −${y(a.saved)}`)] : []),
    ...(r.skipped.length > 0
      ? ['Skipped:', ...r.skipped.map((s) => `  ${s.offerId} (${s.code}): ${s.message}`)]
      : []),
    'Lines:',
    ...r.lines.map((l) => `  ${printable(l.sku)}: ${y(l.original)} → ${y(l.payable)}`),
  ];
  return `${rows.join('\n')}\n`;
}

/** `tiantian-support price`: an order priced with its offers. */
export const priceCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  const parse = (argv: readonly string[]) =>
    parseOnce({
      args: [...argv],
      options: {
        line: { type: 'string', multiple: true },
        threshold: { type: 'string', multiple: true },
        coupon: { type: 'string', multiple: true },
        discount: { type: 'string' },
        at: { type: 'string' },
        best: { type: 'boolean' },
        locale: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const localeText = values.locale ?? 'en';
  if (!isLocale(localeText))
    throw new UsageError(
      `unknown locale ${JSON.stringify(localeText)}; expected one of ${LOCALES.join(', ')}`,
    );
  if (positionals.length > 1) throw new UsageError('give at most one JSON file');
  let order: unknown;
  let offers: unknown;
  let at: Date | undefined = values.at === undefined ? undefined : instantOption(values.at, '--at');
  if (positionals[0] !== undefined) {
    const input = (await readJson(positionals[0], io)) as {
      order?: unknown;
      offers?: unknown;
      at?: unknown;
    } | null;
    order = input?.order;
    offers = input?.offers ?? [];
    if (at === undefined && input?.at instanceof Date) at = input.at;
  } else ({ order, offers } = fromFlags(values));
  const options = { at: at ?? io.now(), locale: localeText };
  const result = values.best
    ? safeBestCombination(order, offers, options)
    : safePriceOrder(order, offers, options);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const data = result.data as PriceResult | ReturnType<typeof bestCombination>;
  const priced = 'result' in data ? data.result : data;
  if (values.json) io.out(`${JSON.stringify(data, null, 2)}\n`);
  else {
    io.out(render(priced, localeText));
    if ('result' in data)
      io.out(
        `Best set: ${data.offerIds.join(', ') || 'none'} (${data.method}, ${data.tried} of ${data.combinations} combinations priced)\n`,
      );
  }
  return 0;
};
