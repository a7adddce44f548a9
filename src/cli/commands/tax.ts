import {
  type ImportTaxEstimate,
  type ImportTaxLine,
  PARCEL_ORIGINS,
  safeEstimateImportTax,
} from '../../money/index.js';
import { type Command, parseOnce, UsageError } from '../io.js';
import { instantOption, readJson, yuanOption } from './price.js';

const HELP = `Usage: tiantian-support tax [file.json | -] [options]

Estimates the import taxes of a cross-border order (跨境电商综合税 or 行邮税), exact to the fen, by the
rules in force on the order date.

Input: a JSON file (or - for standard input) in the shape of estimateImportTax (amounts in fen), or
flags for one line (amounts in yuan):
  --regime <cbec|postal>  跨境电商零售进口 or 行邮税 (default: cbec)
  --value <yuan>          the price of one piece (required)
  --quantity <n>          pieces (default 1)
  --vat <percent>         VAT rate (default 13)
  --consumption <percent> consumption-tax rate, e.g. 15 for high-end cosmetics
  --tariff <percent>      tariff rate, for full statutory taxes
  --postal <percent>      行邮税 rate of the category (13, 20 or 50)
  --indivisible           one indivisible item
  --freight <yuan>  --insurance <yuan>  --annual-used <yuan>
  --from <${PARCEL_ORIGINS.join('|')}>  where a postal parcel comes from
Options:
  --at <time>    the order date: "YYYY-MM-DD[ HH:mm]" Beijing time or ISO 8601 (default: now)
  --json         print the estimate as JSON
  -h, --help     show this help

Exit code: 0 eligible; 1 not eligible (general trade or over the parcel limit); 2 usage error.

Example:
  tiantian-support tax --value 425 --vat 13 --consumption 15
`;

const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function percentOption(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,3}(?:\.\d{1,6})?$/.test(text))
    throw new UsageError(`${option} ${JSON.stringify(text)} is not a percent such as 13`);
  return Number(text);
}

function render(r: ImportTaxEstimate): string {
  const rows = [
    `Regime:    ${r.regime} (${r.rule})${r.eligible ? '' : ': not eligible'}`,
    `Dutiable:  ${yuan(r.dutiableValue)}`,
    ...r.lines.map(
      (l, i) =>
        `Line ${i + 1}:    tariff ${yuan(l.tariff)}, consumption tax ${yuan(l.consumptionTax)}, VAT ${yuan(l.vat)}${r.regime === 'postal' ? `, postal tax ${yuan(l.postalTax)}` : ''}`,
    ),
    `Total:     ${yuan(r.total)}${r.exempt ? ' (waived: at most ¥50.00)' : ''}`,
    ...r.notes.map((n) => `Note:      ${n}`),
    `Sources:   ${r.sources.map((s) => `${s.document} (from ${s.effectiveFrom})`).join('; ')}`,
  ];
  return `${rows.join('\n')}\n`;
}

/** `tiantian-support tax`: the import taxes of a cross-border order. */
export const taxCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  const parse = (argv: readonly string[]) =>
    parseOnce({
      args: [...argv],
      options: {
        regime: { type: 'string' },
        value: { type: 'string' },
        quantity: { type: 'string' },
        vat: { type: 'string' },
        consumption: { type: 'string' },
        tariff: { type: 'string' },
        postal: { type: 'string' },
        indivisible: { type: 'boolean' },
        freight: { type: 'string' },
        insurance: { type: 'string' },
        'annual-used': { type: 'string' },
        from: { type: 'string' },
        at: { type: 'string' },
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
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const at = v.at === undefined ? io.now() : instantOption(v.at, '--at');
  let request: Record<string, unknown>;
  if (positionals[0] !== undefined) {
    const input = await readJson(positionals[0], io);
    if (typeof input !== 'object' || input === null) throw new UsageError('the JSON input must be an object');
    request = { at, ...(input as Record<string, unknown>) };
  } else {
    if (v.value === undefined) throw new UsageError('--value is required (or give a JSON file)');
    const line: Record<string, unknown> = {
      value: yuanOption(v.value, '--value'),
      vatPercent: percentOption(v.vat, '--vat') ?? 13,
    };
    if (v.quantity !== undefined) {
      if (!/^\d+$/.test(v.quantity)) throw new UsageError('--quantity is a whole number');
      line.quantity = Number(v.quantity);
    }
    const optional: [keyof ImportTaxLine, string | undefined, string][] = [
      ['consumptionTaxPercent', v.consumption, '--consumption'],
      ['tariffPercent', v.tariff, '--tariff'],
      ['postalPercent', v.postal, '--postal'],
    ];
    for (const [key, text, option] of optional) {
      const value = percentOption(text, option);
      if (value !== undefined) line[key] = value;
    }
    if (v.indivisible) line.indivisible = true;
    request = { regime: v.regime ?? 'cbec', lines: [line], at };
    if (v.freight !== undefined) request.freight = yuanOption(v.freight, '--freight');
    if (v.insurance !== undefined) request.insurance = yuanOption(v.insurance, '--insurance');
    if (v['annual-used'] !== undefined) request.annualUsed = yuanOption(v['annual-used'], '--annual-used');
    if (v.from !== undefined) request.parcelFrom = v.from;
  }
  const result = safeEstimateImportTax(request);
  if (!result.success)
    throw new UsageError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  io.out(v.json ? `${JSON.stringify(result.data, null, 2)}\n` : render(result.data));
  return result.data.eligible ? 0 : 1;
};
