// The two baselines the README compares redactPii and assessScamRisk with, on the same sets:
// a plain regular expression per kind (what a quick masker does), and an unvalidated matcher
// (digit boundaries and separators, but no check digit, issuer, number block or context).
import type { PiiKind } from '../../src/safety/scan.js';
import { SCAM_RULES } from '../../src/safety/data.js';
import { normalizeScamText } from '../../src/safety/scam.js';

/** A finding of a baseline: kind and span. */
export interface BaselineFinding {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
}

const PLAIN: readonly (readonly [PiiKind, RegExp])[] = [
  ['email', /[\w.+-]+@[\w-]+\.[\w.]+/g],
  ['id-card', /\d{17}[\dXx]/g],
  ['bank-card', /\d{16,19}/g],
  ['phone', /1[3-9]\d{9}/g],
];

// Digit boundaries, optional +86/0086, spaces or hyphens between groups, full-width digits folded.
const UNVALIDATED: readonly (readonly [PiiKind, RegExp])[] = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['id-card', /(?<![\dA-Za-z])\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])/g],
  ['bank-card', /(?<![\dA-Za-z])\d{4}(?:[ -]?\d){12,15}(?![\dA-Za-z])/g],
  ['phone', /(?<![\dA-Za-z])(?:(?:\+|00)?86[ -]?)?1\d{2}[ -]?\d{4}[ -]?\d{4}(?![\dA-Za-z])/g],
];

function fullWidthToAscii(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function run(patterns: readonly (readonly [PiiKind, RegExp])[], text: string): BaselineFinding[] {
  const folded = fullWidthToAscii(text);
  const found: BaselineFinding[] = [];
  for (const [kind, pattern] of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The plain-regex baseline. */
export const plainRegexPii = (text: string): BaselineFinding[] => run(PLAIN, text);

/** The unvalidated-matcher baseline. */
export const unvalidatedPii = (text: string): BaselineFinding[] => run(UNVALIDATED, text);

const PLAIN_SCAM =
  /验证码|密码|退款|理赔|赔偿|客服|会员|链接|http|qq|微信|刷单|贷款|code|password|refund|link|código|contraseña|reembolso/i;

/** The plain-regex scam baseline: any scam topic word flags the message (medium). */
export const plainRegexScam = (text: string): boolean => PLAIN_SCAM.test(text);

const ANCHORS = SCAM_RULES.flatMap((rule) => rule.anchors);

/** The unvalidated scam matcher: any anchor word of the library's own lists in the library's normalized text, without triggers, negations or blockers. */
export const unvalidatedScam = (text: string): boolean => {
  const lower = normalizeScamText(text);
  return ANCHORS.some((anchor) => lower.includes(anchor)) || /https?:\/\//.test(lower);
};
