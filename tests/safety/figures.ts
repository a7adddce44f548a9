// Precision and recall of a personal-data detector on a labelled set, and of a scam detector on
// scam and benign messages: the figures the README reports.
import type { PiiCase } from './pii-corpus.js';

/** A detector's finding: kind and span. */
export interface SpanFinding {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/** Counts and ratios, rounded to three decimals. */
export interface PiiFigures {
  readonly truePositives: number;
  readonly falseNegatives: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * A finding counts for an expected item when it has the same kind and overlaps its span; every
 * other finding (on a positive or a negative) is a false positive.
 */
export function piiFigures(
  detect: (text: string) => readonly SpanFinding[],
  positives: readonly PiiCase[],
  negatives: readonly string[],
): PiiFigures {
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  for (const [text, expected] of positives) {
    const found = detect(text);
    const used = new Set<number>();
    for (const [kind, part] of expected) {
      const start = text.indexOf(part);
      const end = start + part.length;
      const index = found.findIndex(
        (f, k) => !used.has(k) && f.kind === kind && f.start < end && start < f.end,
      );
      if (index === -1) falseNegatives++;
      else {
        truePositives++;
        used.add(index);
      }
    }
    falsePositives += found.length - used.size;
  }
  for (const text of negatives) falsePositives += detect(text).length;
  return {
    truePositives,
    falseNegatives,
    falsePositives,
    recall: round(truePositives / (truePositives + falseNegatives)),
    precision: round(truePositives / (truePositives + falsePositives)),
  };
}

/** The share of scam messages flagged (recall) and of benign ones flagged (false-positive rate). */
export interface ScamFigures {
  readonly recall: number;
  readonly falsePositiveRate: number;
  readonly precision: number;
}

export function scamFigures(
  flagged: (text: string) => boolean,
  scams: readonly string[],
  benign: readonly string[],
): ScamFigures {
  const caught = scams.filter(flagged).length;
  const wrong = benign.filter(flagged).length;
  return {
    recall: round(caught / scams.length),
    falsePositiveRate: round(wrong / benign.length),
    precision: round(caught / (caught + wrong)),
  };
}
