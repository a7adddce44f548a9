// A mergeable quantile sketch in the manner of DDSketch (Masson, Rim, Lee, VLDB 2019): values fall
// in logarithmic buckets γ^(k−1) < x ≤ γ^k with γ = (1 + α) / (1 − α), so the bucket's estimate
// 2γ^k / (γ + 1) is within α of every value in it. Merging adds bucket counts: exact, associative
// and commutative, whatever the split.
import { TiantianError } from '../shared/errors.js';
import { QUANTILE_RELATIVE_ERROR, SKETCH_ACCURACY } from './data.js';

/**
 * The stored form of a sketch (plain JSON): the stated relative error, how many values were zero,
 * and the counts of the non-empty buckets in increasing key order, with the exact min and max.
 *
 * @example
 * const empty: QuantileSketch = { relativeError: 0.01, count: 0, zeros: 0, keys: [], counts: [], min: null, max: null };
 */
export interface QuantileSketch {
  readonly relativeError: number;
  readonly count: number;
  readonly zeros: number;
  readonly keys: readonly number[];
  readonly counts: readonly number[];
  readonly min: number | null;
  readonly max: number | null;
}

const GAMMA = (1 + SKETCH_ACCURACY) / (1 - SKETCH_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);

/** A sketch being filled: buckets in a map, folded into a {@link QuantileSketch} by `freeze`. */
export class SketchBuilder {
  private readonly buckets = new Map<number, number>();
  private zeros = 0;
  private count = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  /** Adds a value, 0 or more (a duration). */
  add(value: number): void {
    this.count += 1;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value <= 0) {
      this.zeros += 1;
      return;
    }
    const key = Math.ceil(Math.log(value) / LOG_GAMMA);
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
  }

  /** The stored form. */
  freeze(): QuantileSketch {
    const keys = [...this.buckets.keys()].sort((a, b) => a - b);
    return {
      relativeError: QUANTILE_RELATIVE_ERROR,
      count: this.count,
      zeros: this.zeros,
      keys,
      counts: keys.map((key) => this.buckets.get(key) as number),
      min: this.count === 0 ? null : this.min,
      max: this.count === 0 ? null : this.max,
    };
  }
}

/**
 * A sketch of the given values (durations, 0 or more).
 *
 * @param values - the sample
 * @returns its sketch
 * @example
 * sketchOf([3, 1, 2]).count; //=> 3
 */
export function sketchOf(values: Iterable<number>): QuantileSketch {
  const builder = new SketchBuilder();
  for (const value of values) builder.add(value);
  return builder.freeze();
}

function bound(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/**
 * Merges two sketches: bucket counts add, so any split of a sample merged in any order gives the
 * same sketch.
 *
 * @param a - a sketch
 * @param b - another, of the same relative error
 * @returns the sketch of both samples
 * @throws {TiantianError} `'invalid_argument'` when the relative errors differ
 * @example
 * mergeSketches(sketchOf([1]), sketchOf([2])).count; //=> 2
 */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.relativeError !== b.relativeError) {
    throw new TiantianError(
      'invalid_argument',
      `Cannot merge sketches of relative error ${a.relativeError} and ${b.relativeError}`,
      { path: ['relativeError'] },
    );
  }
  const keys: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const ka = i < a.keys.length ? (a.keys[i] as number) : Number.POSITIVE_INFINITY;
    const kb = j < b.keys.length ? (b.keys[j] as number) : Number.POSITIVE_INFINITY;
    if (ka === kb) {
      keys.push(ka);
      counts.push((a.counts[i++] as number) + (b.counts[j++] as number));
    } else if (ka < kb) {
      keys.push(ka);
      counts.push(a.counts[i++] as number);
    } else {
      keys.push(kb);
      counts.push(b.counts[j++] as number);
    }
  }
  return {
    relativeError: a.relativeError,
    count: a.count + b.count,
    zeros: a.zeros + b.zeros,
    keys,
    counts,
    min: bound(a.min, b.min, Math.min),
    max: bound(a.max, b.max, Math.max),
  };
}

/**
 * The q-quantile of the sketched sample, within the sketch's relative error of the exact
 * nearest-rank quantile (the ceil(q·n)-th smallest value); null for an empty sample.
 *
 * @param sketch - the sketch
 * @param q - from 0 to 1 (0.5 median, 0.9 p90)
 * @returns the estimate, or null
 * @throws {TiantianError} `'out_of_range'` for q outside [0, 1]
 * @example
 * sketchQuantile(sketchOf([10, 20, 30, 40]), 0.5); //=> about 20 (within 1%)
 */
export function sketchQuantile(sketch: QuantileSketch, q: number): number | null {
  if (!(q >= 0 && q <= 1)) {
    throw new TiantianError('out_of_range', `q must be from 0 to 1, got ${q}`, { path: ['q'] });
  }
  if (sketch.count === 0 || sketch.min === null || sketch.max === null) return null;
  const rank = Math.max(1, Math.ceil(q * sketch.count));
  if (rank === 1) return sketch.min;
  if (rank === sketch.count) return sketch.max;
  let seen = sketch.zeros;
  if (seen >= rank) return Math.max(0, sketch.min);
  for (let index = 0; index < sketch.keys.length; index++) {
    seen += sketch.counts[index] as number;
    if (seen >= rank) {
      const estimate = (2 * GAMMA ** (sketch.keys[index] as number)) / (GAMMA + 1);
      return Math.min(sketch.max, Math.max(sketch.min, estimate));
    }
  }
  return sketch.max;
}
