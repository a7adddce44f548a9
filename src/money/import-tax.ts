import { TiantianError } from '../shared/errors.js';
import { type Issue, ok, type SafeResult } from '../shared/result.js';
import {
  CBEC_REGIMES,
  HIGH_END_COSMETICS,
  type MoneySource,
  POSTAL_LIMITS,
  POSTAL_REGIMES,
  type PARCEL_ORIGINS,
} from './data.js';
import {
  add,
  div,
  fen,
  mul,
  oneMinus,
  percent,
  type Ratio,
  ratio,
  roundHalfUp,
  toDecimal,
} from './rational.js';
import { ImportTaxRequestSchema } from './schemas.js';
import { orThrow } from './validate.js';
import { parseWith } from './zod-issues.js';

/**
 * One line of {@link estimateImportTax}: `value` is the price of one piece in fen; rates in percent.
 *
 * @example
 * const serum: ImportTaxLine = { value: 42500, vatPercent: 13, consumptionTaxPercent: 15 };
 */
export interface ImportTaxLine {
  readonly value: number;
  readonly quantity?: number;
  readonly vatPercent: number;
  readonly consumptionTaxPercent?: number;
  readonly tariffPercent?: number;
  /** 行邮税: the rate of the line's category (13, 20 or 50 from 2019-04-09). */
  readonly postalPercent?: number;
  /** 行邮税: the category (税目) 1, 2 or 3, instead of `postalPercent`. */
  readonly postalCategory?: 1 | 2 | 3;
  readonly indivisible?: boolean;
}

/**
 * A request to {@link estimateImportTax}. Amounts in fen; `at` is the order date (default now).
 *
 * @example
 * const request: ImportTaxRequest = { regime: 'cbec', lines: [{ value: 42500, vatPercent: 13, consumptionTaxPercent: 15 }] };
 */
export interface ImportTaxRequest {
  readonly regime: 'cbec' | 'postal';
  readonly lines: readonly ImportTaxLine[];
  readonly freight?: number;
  readonly insurance?: number;
  /** CBEC: what the buyer has already imported this year, in fen. */
  readonly annualUsed?: number;
  /** Postal: where the parcel comes from (its limit is 800 yuan from Hong Kong, Macao and Taiwan). */
  readonly parcelFrom?: (typeof PARCEL_ORIGINS)[number];
  readonly at?: Date;
}

/**
 * The rule an import falls under.
 *
 * @example
 * const rule: ImportTaxRule = 'cbec-preferential';
 */
export type ImportTaxRule =
  | 'cbec-preferential'
  | 'cbec-full'
  | 'general-trade'
  | 'postal'
  | 'postal-over-limit';

/**
 * The estimated import taxes, in fen: per line and in total, the rule applied, and its sources.
 *
 * @example
 * estimateImportTax({ regime: 'cbec', lines: [{ value: 42500, vatPercent: 13, consumptionTaxPercent: 15 }] }).total; //=> 9800
 */
export interface ImportTaxEstimate {
  readonly regime: 'cbec' | 'postal';
  readonly rule: ImportTaxRule;
  /** Whether the goods may come in under the regime asked for (false: general trade, or returned). */
  readonly eligible: boolean;
  /** What is due, in fen (0 when `exempt`). */
  readonly total: number;
  /** The dutiable value of the whole transaction (完税价格), in fen. */
  readonly dutiableValue: number;
  readonly lines: readonly {
    readonly dutiableValue: number;
    readonly tariff: number;
    readonly consumptionTax: number;
    readonly vat: number;
    readonly postalTax: number;
  }[];
  /** Postal: the tax is at most 50 yuan and waived. */
  readonly exempt?: boolean;
  /** CBEC: the annual total after this transaction, when it counts toward it. */
  readonly annualTotal?: number;
  readonly notes: readonly string[];
  readonly sources: readonly MoneySource[];
}

/** The Beijing civil date of an instant (UTC+8, no summer time since 1991). */
const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

function inForce<T extends { readonly from: string }>(list: readonly T[], at: Date): T | undefined {
  const day = beijingDate(at);
  return list.filter((item) => item.from <= day).at(-1);
}

interface Rates {
  readonly v: Ratio;
  readonly c: Ratio;
  readonly t: Ratio;
}

/** Full statutory taxes on a dutiable value: tariff V·t, consumption tax (V + tariff)/(1 − c)·c, VAT (V + tariff)/(1 − c)·v, times `share`. */
function taxes(value: Ratio, rates: Rates, share: Ratio) {
  const tariff = mul(value, rates.t);
  const grossed = div(add(value, tariff), oneMinus(rates.c));
  return {
    tariff: roundHalfUp(mul(tariff, share)),
    consumptionTax: roundHalfUp(mul(mul(grossed, rates.c), share)),
    vat: roundHalfUp(mul(mul(grossed, rates.v), share)),
  };
}

const ONE: Ratio = { n: 1n, d: 1n };

function rateOf(value: number | undefined, path: (string | number)[], issues: Issue[]): Ratio {
  if (value === undefined) return { n: 0n, d: 1n };
  const exact = ratio(value);
  if (exact === undefined) {
    issues.push({ code: 'invalid_format', message: `${path.join('.')} has more than 6 decimals`, path });
    return { n: 0n, d: 1n };
  }
  return percent(exact);
}

function estimate(request: ImportTaxRequest): SafeResult<ImportTaxEstimate> {
  const at = request.at ?? new Date();
  const notes: string[] = [];
  if (request.at === undefined) notes.push('No order date given: the rates in force today are used.');
  const issues: Issue[] = [];
  const goods = request.lines.map((line, i) => {
    const amount = line.value * (line.quantity ?? 1);
    if (!Number.isSafeInteger(amount)) {
      issues.push({
        code: 'too_big',
        message: `lines[${i}]: value × quantity is beyond a safe integer`,
        path: ['lines', i],
      });
    }
    return amount;
  });
  const goodsTotal = goods.reduce((sum, x) => sum + x, 0);
  const extra = (request.freight ?? 0) + (request.insurance ?? 0);
  const rates = request.lines.map((line, i) => ({
    v: rateOf(line.vatPercent, ['lines', i, 'vatPercent'], issues),
    c: rateOf(line.consumptionTaxPercent, ['lines', i, 'consumptionTaxPercent'], issues),
    t: rateOf(line.tariffPercent, ['lines', i, 'tariffPercent'], issues),
  }));
  if (issues.length > 0) return { success: false, error: { issues } };
  const onePiece = request.lines.length === 1 && (request.lines[0]!.quantity ?? 1) === 1;
  const fullTaxes = (share: Ratio, value: (i: number) => Ratio) => {
    if (request.lines.some((line) => line.tariffPercent === undefined)) {
      notes.push(
        'A line has no tariffPercent: its tariff is counted as 0; pass the MFN rate for a full estimate.',
      );
    }
    return request.lines.map((_, i) => {
      const v = value(i);
      return { dutiableValue: roundHalfUp(v), ...taxes(v, rates[i]!, share), postalTax: 0 };
    });
  };
  const sumOf = (
    lines: readonly { tariff: number; consumptionTax: number; vat: number; postalTax: number }[],
  ) => lines.reduce((sum, l) => sum + l.tariff + l.consumptionTax + l.vat + l.postalTax, 0);

  if (request.regime === 'cbec') {
    const regime = inForce(
      CBEC_REGIMES.map((r) => ({ ...r, from: r.sources[0]!.effectiveFrom })),
      at,
    );
    if (regime === undefined) {
      return {
        success: false,
        error: {
          issues: [
            {
              code: 'out_of_range',
              message: 'CBEC retail import taxes apply from 2016-04-08 (财关税〔2016〕18号)',
              path: ['at'],
            },
          ],
        },
      };
    }
    // V = price + freight + insurance; freight and insurance are shared over the lines exactly, by value.
    const dutiable = goodsTotal + extra;
    const value = (i: number): Ratio =>
      goodsTotal === 0
        ? { n: BigInt(extra), d: BigInt(request.lines.length) }
        : { n: BigInt(goods[i]!) * BigInt(dutiable), d: BigInt(goodsTotal) };
    const used = request.annualUsed ?? 0;
    const withinSingle = dutiable <= regime.singleLimit;
    const withinAnnual = used + dutiable <= regime.annualLimit;
    const yuan = (x: number) => `${x / 100} yuan`;
    let rule: ImportTaxRule;
    let lines: ImportTaxEstimate['lines'];
    if (withinSingle && withinAnnual) {
      rule = 'cbec-preferential';
      const share = ratio(regime.levyShare)!;
      lines = request.lines.map((_, i) => {
        const v = value(i);
        return {
          dutiableValue: roundHalfUp(v),
          ...taxes(v, { ...rates[i]!, t: { n: 0n, d: 1n } }, share),
          postalTax: 0,
        };
      });
      notes.push(
        `Within the limits (${yuan(regime.singleLimit)} a transaction, ${yuan(regime.annualLimit)} a year): tariff 0%, consumption tax and VAT at 70% of the statutory amount, each rounded half-up to the fen once.`,
      );
    } else if (!withinSingle && regime.singleItemAboveLimit && onePiece && withinAnnual) {
      rule = 'cbec-full';
      lines = fullTaxes(ONE, value);
      notes.push(
        `Above the ${yuan(regime.singleLimit)} single limit with only one item in the order: full statutory tariff, consumption tax and VAT; it counts toward the annual total.`,
      );
    } else {
      rule = 'general-trade';
      lines = fullTaxes(ONE, value);
      notes.push(
        withinSingle
          ? `Not eligible: ${yuan(used)} already used plus ${yuan(dutiable)} is above the annual limit of ${yuan(regime.annualLimit)}; general trade (一般贸易) with full taxes.`
          : onePiece && regime.singleItemAboveLimit
            ? `Not eligible: one item above the single limit, but the annual total would pass ${yuan(regime.annualLimit)}; general trade with full taxes.`
            : `Not eligible: ${yuan(dutiable)} is above the single limit of ${yuan(regime.singleLimit)}${regime.singleItemAboveLimit ? ' and the order holds more than one item' : ''}; general trade (一般贸易) with full taxes.`,
      );
    }
    const counts = rule !== 'general-trade';
    return ok({
      regime: 'cbec',
      rule,
      eligible: counts,
      total: sumOf(lines),
      dutiableValue: dutiable,
      lines,
      ...(counts ? { annualTotal: used + dutiable } : {}),
      notes,
      sources: regime.sources,
    });
  }

  const postal = inForce(
    POSTAL_REGIMES.map((r) => ({ ...r, from: r.source.effectiveFrom })),
    at,
  );
  if (postal === undefined) {
    return {
      success: false,
      error: {
        issues: [
          {
            code: 'out_of_range',
            message: 'The postal rates built in apply from 2016-04-08 (税委会〔2016〕2号)',
            path: ['at'],
          },
        ],
      },
    };
  }
  const postalRates = request.lines.map((line, i) => {
    const byCategory =
      line.postalCategory === undefined ? undefined : postal.percents[line.postalCategory - 1];
    const given = line.postalPercent === undefined ? undefined : ratio(line.postalPercent);
    const allowed = postal.percents.map((p) => ratio(p)!);
    const same = (a: Ratio, b: Ratio) => a.n * b.d === b.n * a.d;
    if (given === undefined && byCategory === undefined) {
      issues.push({
        code: 'invalid_type',
        message: `lines[${i}] needs postalPercent (${postal.percents.join(', ')}) or postalCategory (1, 2, 3)`,
        path: ['lines', i, 'postalPercent'],
      });
    } else if (given !== undefined && !allowed.some((p) => same(p, given))) {
      issues.push({
        code: 'invalid_value',
        message: `lines[${i}].postalPercent ${line.postalPercent} is not a rate in force on ${beijingDate(at)} (${postal.percents.join(', ')}, ${postal.source.document})`,
        path: ['lines', i, 'postalPercent'],
      });
    } else if (given !== undefined && byCategory !== undefined && !same(given, ratio(byCategory)!)) {
      issues.push({
        code: 'invalid_value',
        message: `lines[${i}]: postalPercent ${line.postalPercent} is not the rate of category ${line.postalCategory} (${byCategory})`,
        path: ['lines', i, 'postalPercent'],
      });
    }
    return percent(given ?? ratio(byCategory ?? '0')!);
  });
  if (issues.length > 0) return { success: false, error: { issues } };
  const hkMacaoTaiwan = request.parcelFrom !== undefined && request.parcelFrom !== 'other';
  const limit = hkMacaoTaiwan ? POSTAL_LIMITS.parcelHkMacaoTaiwan : POSTAL_LIMITS.parcel;
  const sources: MoneySource[] = [postal.source, POSTAL_LIMITS.source];
  if (extra > 0) notes.push('Freight and insurance are not part of the value of postal articles here.');
  const single = onePiece && request.lines[0]!.indivisible === true;
  if (goodsTotal > limit && !single) {
    const lines = fullTaxes(ONE, (i) => fen(goods[i]!));
    notes.push(
      `Not eligible: ${goodsTotal / 100} yuan is above the parcel limit of ${limit / 100} yuan${hkMacaoTaiwan ? ' (from Hong Kong, Macao or Taiwan)' : ''}; the parcel is returned or cleared as goods, estimated here with full taxes.`,
    );
    return ok({
      regime: 'postal',
      rule: 'postal-over-limit',
      eligible: false,
      total: sumOf(lines),
      dutiableValue: goodsTotal,
      lines,
      notes,
      sources,
    });
  }
  if (goodsTotal > limit)
    notes.push(
      'Above the parcel limit, but one indivisible article: cleared as personal articles once customs confirms personal use.',
    );
  const lines = request.lines.map((_, i) => ({
    dutiableValue: goods[i]!,
    tariff: 0,
    consumptionTax: 0,
    vat: 0,
    postalTax: roundHalfUp(mul(fen(goods[i]!), postalRates[i]!)),
  }));
  const assessed = sumOf(lines);
  const exempt = assessed <= POSTAL_LIMITS.waiver;
  notes.push(
    exempt
      ? `The tax of ${assessed / 100} yuan is at most 50 yuan: waived (海关总署公告2010年第43号).`
      : `Postal tax at the category rates of ${postal.source.document}, each line rounded half-up to the fen once.`,
  );
  return ok({
    regime: 'postal',
    rule: 'postal',
    eligible: true,
    total: exempt ? 0 : assessed,
    dutiableValue: goodsTotal,
    lines,
    exempt,
    notes,
    sources,
  });
}

/**
 * Estimates the import taxes of cross-border goods (跨境商品关税计算), in fen, for the regime the
 * order date falls in. `'cbec'` (跨境电商零售进口, 财关税〔2016〕18号 and 〔2018〕49号): within 5,000
 * yuan a transaction and 26,000 a year (both inclusive) the tariff is 0 and consumption tax and VAT
 * are 70% of the statutory amount: consumption tax = V/(1−c)·c·70%, VAT = V/(1−c)·v·70%, with V =
 * value + freight + insurance; above the single limit one item pays full statutory taxes and counts
 * toward the year; otherwise the goods are not eligible (general trade). `'postal'` (行邮税,
 * 税委会〔2019〕17号: 13/20/50%): the category rate of the value, waived at 50 yuan or less, parcels
 * limited to 1,000 yuan (800 from Hong Kong, Macao, Taiwan) unless one indivisible article. Each tax
 * is rounded half-up to the fen once, from exact rates.
 *
 * @param request - `{ regime, lines, freight?, insurance?, annualUsed?, parcelFrom?, at? }`
 * @returns `{ regime, rule, eligible, total, dutiableValue, lines, exempt?, annualTotal?, notes, sources }`
 * @throws {TiantianError} `invalid_argument` for an invalid request, `out_of_range` before the regime existed
 * @example
 * const r = estimateImportTax({ regime: 'cbec', lines: [{ value: 42500, vatPercent: 13, consumptionTaxPercent: 15 }], at: new Date('2026-03-01T12:00:00+08:00') });
 * r.lines[0]; //=> { dutiableValue: 42500, tariff: 0, consumptionTax: 5250, vat: 4550, postalTax: 0 }
 * r.total; //=> 9800
 */
export function estimateImportTax(request: ImportTaxRequest): ImportTaxEstimate {
  const result = safeEstimateImportTax(request);
  if (!result.success && result.error.issues[0]?.code === 'out_of_range') {
    throw new TiantianError('out_of_range', result.error.issues[0].message, { path: ['at'] });
  }
  return orThrow(result);
}

/**
 * {@link estimateImportTax} for untrusted input, in zod's `safeParse` shape. Never throws.
 *
 * @param request - anything
 * @returns `{ success: true, data: ImportTaxEstimate }` or `{ success: false, error: { issues } }`
 * @example
 * safeEstimateImportTax({ regime: 'cbec', lines: [] }).success; //=> false
 */
export function safeEstimateImportTax(request: unknown): SafeResult<ImportTaxEstimate> {
  const issues: Issue[] = [];
  const parsed = parseWith<ImportTaxRequest>(ImportTaxRequestSchema, request, 'request', issues);
  if (parsed === undefined) {
    return { success: false, error: { issues: issues.map((i) => ({ ...i, path: i.path.slice(1) })) } };
  }
  return estimate(parsed);
}

/**
 * The CBEC composite rate (综合税率) within the limits, (c + v)/(1 − c) × 70%, as a percent with
 * `digits` decimals (rounded half-up, trailing zeros dropped): 9.1 at VAT 13%, 23.059 for high-end
 * cosmetics at 15% consumption tax.
 *
 * @param vatPercent - the VAT rate, e.g. 13
 * @param consumptionTaxPercent - the consumption-tax rate (default 0)
 * @param digits - decimals kept (default 3)
 * @returns the composite rate in percent, as a decimal string
 * @throws {TiantianError} `invalid_argument` for a rate that is not a percent below 100 with at most 6 decimals
 * @example
 * cbecCompositePercent(13); //=> '9.1'
 * cbecCompositePercent(13, 15); //=> '23.059'
 */
export function cbecCompositePercent(vatPercent: number, consumptionTaxPercent = 0, digits = 3): string {
  const v = ratio(vatPercent);
  const c = ratio(consumptionTaxPercent);
  if (
    v === undefined ||
    c === undefined ||
    c.n >= 100n * c.d ||
    v.n > 100n * v.d ||
    !Number.isInteger(digits) ||
    digits < 0 ||
    digits > 12
  ) {
    throw new TiantianError(
      'invalid_argument',
      'Rates must be percents (below 100 for consumption tax) with at most 6 decimals',
    );
  }
  const cr = percent(c);
  const rate = mul(div(add(cr, percent(v)), oneMinus(cr)), { n: 70n, d: 1n });
  const text = toDecimal(rate, digits);
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end--;
  return text.slice(0, text[end - 1] === '.' ? end - 1 : end);
}

/**
 * Whether a cosmetic is high-end (高档化妆品, 15% consumption tax, 财税〔2016〕103号): priced, before
 * VAT, at 10 yuan or more per millilitre or gram, or 15 yuan or more per piece (片/张), judged on the
 * smallest indivisible piece.
 *
 * @param piece - `{ price }` in fen of the smallest indivisible piece, and its `content` in ml or g, or `pieces` (片/张) in it
 * @returns true when it reaches either threshold
 * @throws {TiantianError} `invalid_argument` for a price that is not fen, or a content or count that is not positive
 * @example
 * isHighEndCosmetic({ price: 42500, content: 20 }); //=> true
 * isHighEndCosmetic({ price: 9900, content: 50 }); //=> false
 */
export function isHighEndCosmetic(piece: {
  readonly price: number;
  readonly content?: number;
  readonly pieces?: number;
}): boolean {
  const { price, content, pieces } = piece;
  const amount = content === undefined ? undefined : ratio(content);
  const valid =
    Number.isSafeInteger(price) &&
    price >= 0 &&
    (content === undefined || (amount !== undefined && amount.n > 0n)) &&
    (pieces === undefined || (Number.isSafeInteger(pieces) && pieces > 0)) &&
    (content !== undefined || pieces !== undefined);
  if (!valid) {
    throw new TiantianError(
      'invalid_argument',
      'Give price in fen and a positive content (ml or g) or pieces count',
      { path: ['piece'] },
    );
  }
  const perContent =
    amount !== undefined && BigInt(price) * amount.d >= BigInt(HIGH_END_COSMETICS.perMlOrGram) * amount.n;
  const perPiece = pieces !== undefined && price >= HIGH_END_COSMETICS.perPiece * pieces;
  return perContent || perPiece;
}
