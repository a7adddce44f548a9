import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSketches, sketchOf, sketchQuantile } from '../../src/insights/sketch.js';
import { exactQuantile } from './oracle.js';

const durations = fc.array(
  fc.oneof(
    fc.constant(0),
    fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
    fc.integer({ min: 1, max: 100_000 }),
  ),
  { minLength: 1, maxLength: 300 },
);
const quantile = fc.double({ min: 0, max: 1, noNaN: true });

describe('the quantile sketch', () => {
  it('estimates every quantile within 1% of the exact nearest-rank value', () => {
    fc.assert(
      fc.property(durations, quantile, (values, q) => {
        const want = exactQuantile(values, q) as number;
        const got = sketchQuantile(sketchOf(values), q) as number;
        expect(Math.abs(got - want)).toBeLessThanOrEqual(0.01 * want);
      }),
    );
  });

  it('merges exactly: any split, merged in any order and grouping, gives the sketch of the whole', () => {
    fc.assert(
      fc.property(durations, durations, durations, (a, b, c) => {
        const [sa, sb, sc] = [sketchOf(a), sketchOf(b), sketchOf(c)];
        const whole = sketchOf([...a, ...b, ...c]);
        expect(mergeSketches(mergeSketches(sa, sb), sc)).toEqual(whole);
        expect(mergeSketches(sc, mergeSketches(sb, sa))).toEqual(whole);
      }),
    );
  });

  it.each([
    ['the min', 0, 1],
    ['the median (the 2nd of 4: nearest rank)', 0.5, 2],
    ['the max', 1, 40],
  ])('gives %s exactly at the ends and within 1% inside', (_, q, want) => {
    const got = sketchQuantile(sketchOf([40, 1, 2, 3]), q) as number;
    expect(Math.abs(got - want)).toBeLessThanOrEqual(0.01 * want);
  });

  it('an empty sample has no quantile (null, not NaN)', () => {
    expect(sketchOf([])).toEqual({
      relativeError: 0.01,
      count: 0,
      zeros: 0,
      keys: [],
      counts: [],
      min: null,
      max: null,
    });
    expect(sketchQuantile(sketchOf([]), 0.5)).toBeNull();
  });

  it('counts zeros apart (a reply in the same instant)', () => {
    expect(sketchOf([0, 0, 5])).toEqual(expect.objectContaining({ count: 3, zeros: 2, min: 0, max: 5 }));
    expect(sketchQuantile(sketchOf([0, 0, 5]), 0.5)).toBe(0);
  });

  it.each([-0.1, 1.5, Number.NaN])('refuses q = %s', (q) => {
    expect(() => sketchQuantile(sketchOf([1]), q)).toThrowError(
      expect.objectContaining({ code: 'out_of_range', path: ['q'] }),
    );
  });

  it('refuses to merge sketches of different accuracy', () => {
    const other = { ...sketchOf([1]), relativeError: 0.02 };
    expect(() => mergeSketches(sketchOf([1]), other)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['relativeError'] }),
    );
  });
});
