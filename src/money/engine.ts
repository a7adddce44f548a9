// Internal: the pricing engine shared by priceOrder, bestCombination and diagnoseCoupon. Offers are
// put in one canonical order (level, then id) so that the answer never depends on the order the
// caller listed them in; every amount stays an integer number of fen.
import type { Locale } from '../shared/locale.js';
import { EXHAUSTIVE_COMBINATION_LIMIT } from './data.js';
import { say } from './messages.js';
import { allocate } from './split.js';
import type { Offer, Order, PriceResult, SkipCode, SkippedOffer } from './types.js';

const LEVEL = { item: 0, shop: 1, platform: 2 } as const;

/** An order and its offers, ready to evaluate many times. */
export interface Prepared {
  readonly originals: readonly number[];
  /** The offers in canonical order. */
  readonly offers: readonly Offer[];
  readonly levels: readonly number[];
  /** The indices of the lines each offer covers. */
  readonly scopes: readonly (readonly number[])[];
  /** Why each offer cannot apply whatever else is chosen (validity, scope), if it cannot. */
  readonly blocked: readonly (((locale: Locale) => string) | undefined)[];
  readonly blockedCodes: readonly (SkipCode | undefined)[];
}

/** What one evaluation gives: the lines' amounts left, and per offer its saving or the fen it lacks. */
export interface Evaluation {
  readonly remaining: number[];
  readonly saved: number[];
  readonly short: number[];
  readonly bases: number[];
}

/** The canonical order: level, then id (UTF-16 code units, as `<` compares). */
const byLevelThenId = (a: Offer, b: Offer) =>
  LEVEL[a.scope.level] - LEVEL[b.scope.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Prepares an order (already validated) and its offers for evaluation at an instant. */
export function prepare(order: Order, offers: readonly Offer[], at: Date): Prepared {
  const lines = order.lines;
  const sorted = [...offers].sort(byLevelThenId);
  const time = at.getTime();
  const blocked: (((locale: Locale) => string) | undefined)[] = [];
  const blockedCodes: (SkipCode | undefined)[] = [];
  const scopes = sorted.map((offer) => {
    const scope = offer.scope;
    const indices: number[] = [];
    const skus = scope.level === 'item' ? new Set(scope.skus) : undefined;
    const shopId = scope.level === 'shop' ? scope.shopId : undefined;
    lines.forEach((line, i) => {
      if (skus !== undefined ? skus.has(line.sku) : shopId === undefined || line.shopId === shopId) {
        indices.push(i);
      }
    });
    let code: SkipCode | undefined;
    let why: ((locale: Locale) => string) | undefined;
    if (offer.validTo !== undefined && time > offer.validTo.getTime()) {
      code = 'expired';
      why = say.expired(offer.validTo);
    } else if (offer.validFrom !== undefined && time < offer.validFrom.getTime()) {
      code = 'not-yet-valid';
      why = say.notYetValid(offer.validFrom);
    } else if (indices.length === 0) {
      code = 'out-of-scope';
      why = say.outOfScope();
    }
    blocked.push(why);
    blockedCodes.push(code);
    return indices;
  });
  return {
    originals: lines.map((line) => line.unitPrice * line.quantity),
    offers: sorted,
    levels: sorted.map((offer) => LEVEL[offer.scope.level]),
    scopes,
    blocked,
    blockedCodes,
  };
}

/** The least threshold an offer needs, or 0. */
export function thresholdOf(offer: Offer): number {
  switch (offer.kind) {
    case 'threshold':
    case 'coupon':
      return offer.threshold;
    case 'every':
      return offer.every;
    case 'tiers':
      return Math.min(...offer.tiers.map((tier) => tier.threshold));
    default:
      return 0;
  }
}

/**
 * What an offer takes off `base` (before the cap of what is left), or the fen it lacks as a
 * negative number.
 */
export function rawSaving(offer: Offer, base: number): number {
  switch (offer.kind) {
    case 'threshold':
    case 'coupon':
      return base >= offer.threshold ? offer.off : base - offer.threshold;
    case 'every': {
      if (base < offer.every) return base - offer.every;
      const times = (base - (base % offer.every)) / offer.every;
      // An inexact product is beyond 2^53, so beyond `base`: the cap below gives the exact answer.
      return Math.min(times * offer.off, offer.cap ?? Number.POSITIVE_INFINITY);
    }
    case 'tiers': {
      let best = -1;
      let off = 0;
      let least = Number.POSITIVE_INFINITY;
      for (const tier of offer.tiers) {
        least = Math.min(least, tier.threshold);
        if (tier.threshold <= base && tier.threshold > best) {
          best = tier.threshold;
          off = tier.off;
        }
      }
      return best < 0 ? base - least : off;
    }
    case 'discount': {
      // The discounted amount is rounded half-up to the fen; the saving is the rest.
      const paid =
        base <= Number.MAX_SAFE_INTEGER / 100
          ? Math.floor((2 * base * offer.percent + 100) / 200)
          : Number((2n * BigInt(base) * BigInt(offer.percent) + 100n) / 200n);
      return base - paid;
    }
  }
}

/**
 * Applies the active offers level by level: every offer of a level tests its threshold on what the
 * earlier levels left (its base), and takes off at most what is left of its lines, split over
 * them by largest remainder.
 */
export function evaluate(p: Prepared, active: readonly boolean[]): Evaluation {
  const remaining = p.originals.slice();
  const count = p.offers.length;
  const saved = new Array<number>(count).fill(0);
  const short = new Array<number>(count).fill(0);
  const bases = new Array<number>(count).fill(0);
  let start = 0;
  while (start < count) {
    let end = start;
    while (end < count && p.levels[end] === p.levels[start]) end++;
    for (let k = start; k < end; k++) {
      if (!active[k]) continue;
      let base = 0;
      for (const i of p.scopes[k]!) base += remaining[i]!;
      bases[k] = base;
    }
    for (let k = start; k < end; k++) {
      if (!active[k]) continue;
      const raw = rawSaving(p.offers[k]!, bases[k]!);
      if (raw < 0) {
        short[k] = -raw;
        continue;
      }
      const scope = p.scopes[k]!;
      const weights = scope.map((i) => remaining[i]!);
      let left = 0;
      for (const w of weights) left += w;
      const take = Math.min(raw, left);
      if (take <= 0) continue;
      saved[k] = take;
      const parts = allocate(take, weights, left);
      scope.forEach((i, j) => {
        remaining[i]! -= parts[j]!;
      });
    }
    start = end;
  }
  return { remaining, saved, short, bases };
}

/** The payable of an evaluation. */
export const payableOf = (e: Evaluation): number => e.remaining.reduce((sum, fen) => sum + fen, 0);

/** One choice to make: each option is the set of offer indices it switches on. */
export type Choice = readonly (readonly number[])[];

/** The outcome of a search: the option picked per choice, and whether every combination was tried. */
export interface Search {
  readonly picks: number[];
  readonly exhaustive: boolean;
  readonly tried: number;
}

/**
 * Picks one option per choice so that the payable is least. Every combination is tried when there
 * are at most `limit`; otherwise coordinate descent from the first options (each choice in turn set
 * to its best option, the others fixed, until nothing improves). Ties keep the earlier option.
 */
export function search(
  p: Prepared,
  always: readonly boolean[],
  choices: readonly Choice[],
  limit = EXHAUSTIVE_COMBINATION_LIMIT,
): Search {
  const cost = (picks: readonly number[]) => payableOf(evaluate(p, activeFor(always, choices, picks)));
  let combinations = 1;
  for (const choice of choices) combinations *= choice.length;
  const picks = choices.map(() => 0);
  if (combinations <= limit) {
    let best = picks.slice();
    let bestCost = cost(picks);
    for (let tried = 1; tried < combinations; tried++) {
      // The next combination in mixed radix, the last choice fastest.
      for (let c = choices.length - 1; c >= 0; c--) {
        picks[c]! += 1;
        if (picks[c]! < choices[c]!.length) break;
        picks[c] = 0;
      }
      const value = cost(picks);
      if (value < bestCost) {
        bestCost = value;
        best = picks.slice();
      }
    }
    return { picks: best, exhaustive: true, tried: combinations };
  }
  let bestCost = cost(picks);
  let tried = 1;
  for (let improved = true; improved; ) {
    improved = false;
    choices.forEach((choice, c) => {
      for (let option = 0; option < choice.length; option++) {
        if (option === picks[c]) continue;
        const before = picks[c]!;
        picks[c] = option;
        const value = cost(picks);
        tried++;
        if (value < bestCost) {
          bestCost = value;
          improved = true;
        } else picks[c] = before;
      }
    });
  }
  return { picks, exhaustive: false, tried };
}

/** The active flags for a pick. */
export function activeFor(always: readonly boolean[], choices: readonly Choice[], picks: readonly number[]) {
  const active = always.slice();
  choices.forEach((choice, c) => {
    for (const k of choice[picks[c]!]!) active[k] = true;
  });
  return active;
}

/**
 * The priced order for the active offers, with a reason for every offer left out: blocked ones by
 * their own reason, the others by `unused(k)`.
 */
export function describe(
  order: Order,
  p: Prepared,
  active: readonly boolean[],
  unused: (k: number) => SkippedOffer,
  locale: Locale,
): PriceResult {
  const e = evaluate(p, active);
  const applied: { offerId: string; saved: number }[] = [];
  const skipped: SkippedOffer[] = [];
  p.offers.forEach((offer, k) => {
    const offerId = offer.id;
    const why = p.blocked[k];
    if (why !== undefined) {
      skipped.push({ offerId, code: p.blockedCodes[k]!, message: why(locale) });
    } else if (!active[k]) {
      skipped.push(unused(k));
    } else if (e.short[k]! > 0) {
      const shortBy = e.short[k]!;
      skipped.push({
        offerId,
        code: 'below-threshold',
        message: say.belowThreshold(shortBy, e.bases[k]! + shortBy, e.bases[k]!)(locale),
        shortBy,
      });
    } else if (e.saved[k] === 0) {
      skipped.push({ offerId, code: 'no-saving', message: say.noSaving()(locale) });
    } else applied.push({ offerId, saved: e.saved[k]! });
  });
  const original = p.originals.reduce((sum, fen) => sum + fen, 0);
  const payable = payableOf(e);
  return {
    original,
    payable,
    saved: original - payable,
    applied,
    skipped,
    lines: order.lines.map((line, i) => ({
      sku: line.sku,
      original: p.originals[i]!,
      payable: e.remaining[i]!,
    })),
  };
}

/** What may vary: the offers always on, the choices, and the choice (if any) each offer belongs to. */
export interface Plan {
  readonly always: boolean[];
  readonly choices: Choice[];
  readonly choiceOf: (number | undefined)[];
}

/**
 * The choices of an order. Each exclusive group is a choice of one of its members that can apply;
 * with `optional`, a group may also use none of them when every member is optional, and an
 * optional offer outside any group is a choice of leaving it out (first, so ties keep it unused)
 * or using it. Coupons are optional unless they say `optional: false`.
 */
export function plan(p: Prepared, optional: boolean): Plan {
  const always = p.offers.map(() => false);
  const choiceOf: (number | undefined)[] = p.offers.map(() => undefined);
  const choices: Choice[] = [];
  const groups = new Map<string, number[]>();
  const isOptional = (offer: Offer) => optional && (offer.optional ?? offer.kind === 'coupon');
  p.offers.forEach((offer, k) => {
    if (p.blocked[k] !== undefined) return;
    if (offer.exclusive !== undefined) {
      const members = groups.get(offer.exclusive);
      if (members === undefined) groups.set(offer.exclusive, [k]);
      else members.push(k);
    } else if (isOptional(offer)) {
      choiceOf[k] = choices.length;
      choices.push([[], [k]]);
    } else always[k] = true;
  });
  for (const members of groups.values()) {
    const options: number[][] = members.every((k) => isOptional(p.offers[k]!)) ? [[]] : [];
    for (const k of members) {
      choiceOf[k] = choices.length;
      options.push([k]);
    }
    choices.push(options);
  }
  return { always, choices, choiceOf };
}

/** The reason an offer that could apply was left out by the search. */
export function unusedReason(p: Prepared, chosen: Plan, picks: readonly number[], locale: Locale) {
  return (k: number): SkippedOffer => {
    const offer = p.offers[k]!;
    const c = chosen.choiceOf[k]!;
    const winner = chosen.choices[c]![picks[c]!]![0];
    if (offer.exclusive !== undefined && winner !== undefined) {
      return {
        offerId: offer.id,
        code: 'excluded',
        message: say.excluded(p.offers[winner]!.id, offer.exclusive)(locale),
      };
    }
    return { offerId: offer.id, code: 'not-chosen', message: say.notChosen()(locale) };
  };
}
