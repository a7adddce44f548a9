// The figures a report is made of, and the two ways they are made: from a sample, and from the
// mergeable parts (counts, sums, sketches) of two partial reports. Means and quantiles are always
// derived from those parts, so a merged figure is computed exactly as a whole one.
import { QUANTILE_DEFINITION } from './data.js';
import { type QuantileSketch, sketchQuantile } from './sketch.js';

const MINUTE = 60_000;

/**
 * A sample of durations on one clock, in minutes: count, exact sum (integer milliseconds), mean,
 * median, p90 and p95 (from the sketch, within its relative error), exact min and max; null where
 * the sample is empty.
 *
 * @example
 * const none: ClockFigures = clockFigures(0, sketchOf([]));
 * none.median; //=> null
 */
export interface ClockFigures {
  readonly count: number;
  readonly sumMs: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly sketch: QuantileSketch;
}

/**
 * A duration metric (first reply, next reply, resolution) in calendar and in business minutes of
 * the channel's schedule, with its definition and sample size.
 *
 * @example
 * report.metrics.firstReply.business.median; //=> minutes, or null with no sample
 */
export interface DurationFigure {
  readonly definition: string;
  readonly quantiles: string;
  readonly unit: 'minutes';
  readonly count: number;
  readonly calendar: ClockFigures;
  readonly business: ClockFigures;
}

/**
 * A rate: numerator ÷ denominator, null when the denominator is 0.
 *
 * @example
 * const rate: RateFigure = { definition: '…', numerator: 3, denominator: 4, rate: 0.75 };
 */
export interface RateFigure {
  readonly definition: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

/**
 * The figures of one clock from its exact sum and its sketch.
 *
 * @param sumMs - the exact sum in milliseconds
 * @param sketch - the sketch of the values in minutes
 * @returns count, sum, mean, median, p90, p95, min, max (minutes)
 * @example
 * clockFigures(180_000, sketchOf([1, 2])).mean; //=> 1.5
 */
export function clockFigures(sumMs: number, sketch: QuantileSketch): ClockFigures {
  const count = sketch.count;
  return {
    count,
    sumMs,
    mean: count === 0 ? null : sumMs / count / MINUTE,
    median: sketchQuantile(sketch, 0.5),
    p90: sketchQuantile(sketch, 0.9),
    p95: sketchQuantile(sketch, 0.95),
    min: sketch.min,
    max: sketch.max,
    sketch,
  };
}

/**
 * A duration figure from its two clocks.
 *
 * @param definition - the words
 * @param calendar - the calendar clock
 * @param business - the business clock
 * @returns the figure
 * @example
 * durationFigure('…', clockFigures(0, sketchOf([])), clockFigures(0, sketchOf([]))).count; //=> 0
 */
export function durationFigure(
  definition: string,
  calendar: ClockFigures,
  business: ClockFigures,
): DurationFigure {
  return {
    definition,
    quantiles: QUANTILE_DEFINITION,
    unit: 'minutes',
    count: calendar.count,
    calendar,
    business,
  };
}

/**
 * A rate figure.
 *
 * @param definition - the words
 * @param numerator - the count that meets the definition
 * @param denominator - the count it is out of
 * @returns the figure, `rate` null when the denominator is 0
 * @example
 * rateFigure('…', 1, 4).rate; //=> 0.25
 */
export function rateFigure(definition: string, numerator: number, denominator: number): RateFigure {
  return { definition, numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}
