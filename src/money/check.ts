// Internal: a hand-written reader of orders, offers and options that accepts and refuses exactly
// what `OrderSchema`, `OffersSchema`, `PriceOptionsSchema` and `BestCombinationOptionsSchema` do
// (tests/money/check.test.ts compares them on random and hostile values). It exists so that
// `priceOrder` fits its 8 kB budget in a browser bundle: zod alone is about 8 kB gzipped. It reads
// every property once and builds fresh objects, so getters cannot change a value after its check.
import { isLocale, LOCALES, type Locale } from '../shared/locale.js';
import type { Issue, IssueCode } from '../shared/result.js';
import type { Offer, OfferScope, Order, OrderLine } from './types.js';

type Path = readonly (string | number)[];
type Rec = Record<string, unknown>;

/** Collects issues while reading. */
export class Reader {
  readonly issues: Issue[] = [];

  issue(code: IssueCode, message: string, path: Path): undefined {
    this.issues.push({ code, message, path: [...path] });
    return undefined;
  }

  record(value: unknown, path: Path, message: string): Rec | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.issue('invalid_type', message, path);
    }
    return value as Rec;
  }

  /** Refuses keys other than `keys` (zod's strictObject). */
  strict(value: Rec, keys: readonly string[], path: Path): void {
    const extra = Object.keys(value).filter((key) => !keys.includes(key));
    if (extra.length > 0) {
      this.issue(
        'unrecognized_keys',
        `Unrecognized key${extra.length > 1 ? 's' : ''}: ${extra.map((k) => `"${k}"`).join(', ')}`,
        path,
      );
    }
  }

  text(value: unknown, what: string, path: Path): string | undefined {
    if (typeof value !== 'string') return this.issue('invalid_type', `${what} must be a string`, path);
    if (value.length === 0) return this.issue('too_small', `${what} is empty`, path);
    return value;
  }

  fen(value: unknown, what: string, path: Path, positive = false): number | undefined {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return this.issue(
        'invalid_type',
        `${what} must be a whole number of fen (a safe integer), such as 1230 for ¥12.30`,
        path,
      );
    }
    if (positive ? value <= 0 : value < 0) {
      return this.issue(
        'too_small',
        positive ? `${what} must be more than 0 fen` : `${what} cannot be negative`,
        path,
      );
    }
    return value;
  }

  count(
    value: unknown,
    what: string,
    path: Path,
    min: number,
    max = Number.MAX_SAFE_INTEGER,
  ): number | undefined {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return this.issue('invalid_type', `${what} must be a whole number`, path);
    }
    if (value < min) return this.issue('too_small', `${what} must be at least ${min}`, path);
    if (value > max) return this.issue('too_big', `${what} is at most ${max}`, path);
    return value;
  }

  date(value: unknown, what: string, path: Path): Date | undefined {
    let time = Number.NaN;
    if (value instanceof Date) {
      try {
        time = Date.prototype.getTime.call(value);
      } catch {
        // A fake Date (Object.create(Date.prototype)): refused below.
      }
    }
    if (Number.isNaN(time)) return this.issue('invalid_type', `${what} must be a valid Date`, path);
    return value as Date;
  }
}

function readLine(r: Reader, value: unknown, path: Path): OrderLine | undefined {
  const v = r.record(value, path, 'An order line must be an object { sku, shopId, unitPrice, quantity }');
  if (v === undefined) return undefined;
  const sku = r.text(v.sku, 'sku', [...path, 'sku']);
  const shopId = r.text(v.shopId, 'shopId', [...path, 'shopId']);
  const unitPrice = r.fen(v.unitPrice, 'unitPrice', [...path, 'unitPrice']);
  const quantity = r.count(v.quantity, 'quantity', [...path, 'quantity'], 1);
  if (sku === undefined || shopId === undefined || unitPrice === undefined || quantity === undefined)
    return undefined;
  return { sku, shopId, unitPrice, quantity };
}

/** Reads an order as `OrderSchema` does (unknown keys are dropped). */
export function readOrder(r: Reader, value: unknown, path: Path): Order | undefined {
  const v = r.record(value, path, 'An order must be an object { lines }');
  if (v === undefined) return undefined;
  const lines = v.lines;
  if (!Array.isArray(lines))
    return r.issue('invalid_type', 'lines must be an array of order lines', [...path, 'lines']);
  const out = lines.map((line, i) => readLine(r, line, [...path, 'lines', i]));
  return out.every((line) => line !== undefined) ? { lines: out as OrderLine[] } : undefined;
}

const SCOPE_ERROR =
  'scope must be { level: "item", skus } | { level: "shop", shopId } | { level: "platform" }';

function readScope(r: Reader, value: unknown, path: Path): OfferScope | undefined {
  const v = r.record(value, path, SCOPE_ERROR);
  if (v === undefined) return undefined;
  const level = v.level;
  if (level === 'platform') {
    r.strict(v, ['level'], path);
    return { level };
  }
  if (level === 'shop') {
    r.strict(v, ['level', 'shopId'], path);
    const shopId = r.text(v.shopId, 'shopId', [...path, 'shopId']);
    return shopId === undefined ? undefined : { level, shopId };
  }
  if (level === 'item') {
    r.strict(v, ['level', 'skus'], path);
    const skus = v.skus;
    if (!Array.isArray(skus))
      return r.issue('invalid_type', 'skus must be an array of strings', [...path, 'skus']);
    const out = skus.map((sku, i) => r.text(sku, 'sku', [...path, 'skus', i]));
    if (skus.length === 0)
      return r.issue('too_small', 'An item scope names at least one sku', [...path, 'skus']);
    return out.every((sku) => sku !== undefined) ? { level, skus: out as string[] } : undefined;
  }
  return r.issue('invalid_union', SCOPE_ERROR, [...path, 'level']);
}

const BASE_KEYS = ['id', 'kind', 'scope', 'exclusive', 'optional', 'validFrom', 'validTo'];
const KIND_KEYS: Record<string, readonly string[]> = {
  threshold: ['threshold', 'off'],
  every: ['every', 'off', 'cap'],
  tiers: ['tiers'],
  discount: ['percent'],
  coupon: ['threshold', 'off'],
};

/** Reads an offer as `OfferSchema` does (unknown keys are refused). */
export function readOffer(r: Reader, value: unknown, path: Path): Offer | undefined {
  const v = r.record(value, path, 'An offer must be an object { id, kind, scope, … }');
  if (v === undefined) return undefined;
  const kind = v.kind;
  const keys = typeof kind === 'string' && Object.hasOwn(KIND_KEYS, kind) ? KIND_KEYS[kind] : undefined;
  if (keys === undefined) {
    return r.issue('invalid_union', 'kind must be one of threshold, every, tiers, discount, coupon', [
      ...path,
      'kind',
    ]);
  }
  const before = r.issues.length;
  const at = (key: string) => [...path, key];
  const id = r.text(v.id, 'id', at('id'));
  const scope = readScope(r, v.scope, at('scope'));
  const base: Record<string, unknown> = { id, kind, scope };
  if (v.exclusive !== undefined) base.exclusive = r.text(v.exclusive, 'exclusive', at('exclusive'));
  if (v.optional !== undefined) {
    base.optional =
      typeof v.optional === 'boolean'
        ? v.optional
        : r.issue('invalid_type', 'optional must be true or false', at('optional'));
  }
  for (const key of ['validFrom', 'validTo']) {
    if (v[key] !== undefined) base[key] = r.date(v[key], key, at(key));
  }
  switch (kind) {
    case 'threshold':
    case 'coupon':
      base.threshold = r.fen(v.threshold, 'threshold', at('threshold'));
      base.off = r.fen(v.off, 'off', at('off'), true);
      break;
    case 'every':
      base.every = r.fen(v.every, 'every', at('every'), true);
      base.off = r.fen(v.off, 'off', at('off'), true);
      if (v.cap !== undefined) base.cap = r.fen(v.cap, 'cap', at('cap'), true);
      break;
    case 'discount':
      base.percent = r.count(v.percent, 'percent', at('percent'), 0, 100);
      break;
    default: {
      const tiers = v.tiers;
      if (!Array.isArray(tiers)) {
        r.issue('invalid_type', 'tiers must be an array of { threshold, off }', at('tiers'));
        break;
      }
      if (tiers.length === 0) r.issue('too_small', 'tiers needs at least one tier', at('tiers'));
      base.tiers = tiers.map((tier, i) => {
        const p = [...path, 'tiers', i];
        const t = r.record(tier, p, 'A tier must be an object { threshold, off }');
        if (t === undefined) return undefined;
        r.strict(t, ['threshold', 'off'], p);
        return {
          threshold: r.fen(t.threshold, 'threshold', [...p, 'threshold']),
          off: r.fen(t.off, 'off', [...p, 'off'], true),
        };
      });
    }
  }
  r.strict(v, [...BASE_KEYS, ...keys], path);
  return r.issues.length === before ? (base as unknown as Offer) : undefined;
}

/** Reads a list of offers as `OffersSchema` does. */
export function readOffers(r: Reader, value: unknown, path: Path): Offer[] | undefined {
  if (!Array.isArray(value)) return r.issue('invalid_type', 'offers must be an array of offers', path);
  const before = r.issues.length;
  const out = value.map((offer, i) => readOffer(r, offer, [...path, i]));
  return r.issues.length === before ? (out as Offer[]) : undefined;
}

/** Reads `{ at?, locale?, limit? }` as `PriceOptionsSchema` (or, with `limit`, `BestCombinationOptionsSchema`) does. */
export function readOptions(
  r: Reader,
  value: unknown,
  path: Path,
  withLimit: boolean,
): { at?: Date; locale?: Locale; limit?: number } | undefined {
  const v = r.record(value, path, 'options must be an object');
  if (v === undefined) return undefined;
  const before = r.issues.length;
  r.strict(v, withLimit ? ['at', 'locale', 'limit'] : ['at', 'locale'], path);
  const out: { at?: Date; locale?: Locale; limit?: number } = {};
  const at = v.at === undefined ? undefined : r.date(v.at, 'at', [...path, 'at']);
  if (at !== undefined) out.at = at;
  if (v.locale !== undefined) {
    if (isLocale(v.locale)) out.locale = v.locale;
    else r.issue('invalid_value', `Expected a locale: ${LOCALES.join(', ')}`, [...path, 'locale']);
  }
  if (withLimit && v.limit !== undefined) {
    const limit = r.count(v.limit, 'limit', [...path, 'limit'], 1);
    if (limit !== undefined) out.limit = limit;
  }
  return r.issues.length === before ? out : undefined;
}
