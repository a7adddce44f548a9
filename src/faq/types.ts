import type { IssueType } from '../shared/issue-types.js';
import type { LocalizedText } from '../shared/locale.js';

/**
 * The body of a built-in knowledge-base entry (one file per issue type under `faq/data/`): its
 * answer and the ways customers ask it. The id is the file's issue type, the title its label.
 *
 * @example
 * const data: FaqEntryData = { answer: [{ 'zh-CN': '欢迎反馈', en: 'Tell us', es: 'Cuéntanos' }], examples: ['我有个建议'] };
 */
export interface FaqEntryData {
  readonly answer: readonly LocalizedText[];
  readonly examples: readonly string[];
  readonly keywords?: readonly string[];
  readonly negativeCues?: readonly string[];
}

/**
 * One entry of a knowledge base (知识库) as `createFaqResolver` accepts it: an intent id (a built-in
 * `IssueType` or a shop's own, any non-empty string) and the ways customers ask it; title, answer,
 * keywords and negative cues are optional.
 *
 * @example
 * const invoice: CustomFaqEntry = { id: 'invoice', examples: ['怎么开发票', '发票什么时候给我'] };
 */
export interface CustomFaqEntry<Id extends string = string> {
  /** The intent: any non-empty string (unique in its knowledge base). */
  readonly id: Id;
  /** Example questions in customers' own words, any locale (at least one). */
  readonly examples: readonly string[];
  /** The question as a heading, in every locale. */
  readonly title?: LocalizedText;
  /** The answer, as ordered steps, in every locale. */
  readonly answer?: readonly LocalizedText[];
  /** Domain terms that point strongly at this intent (e.g. 清关, 优惠券); weighted above examples. */
  readonly keywords?: readonly string[];
  /** Phrases that, when present, argue against this intent (e.g. 还没发货 against `logistics-delay`). */
  readonly negativeCues?: readonly string[];
}

/**
 * One entry of the built-in knowledge base (常见问题): an issue type, its title and answer, and
 * the ways customers ask it.
 *
 * @example
 * const entry: FaqEntry = {
 *   id: 'coupon-unusable',
 *   title: { 'zh-CN': '优惠券无法使用', en: 'Coupon cannot be used', es: 'El cupón no se puede usar' },
 *   answer: [{ 'zh-CN': '检查券有效期及使用门槛', en: 'Check the dates and threshold', es: 'Revisa fechas y mínimo' }],
 *   examples: ['优惠券用不了', 'my coupon does not work'],
 * };
 */
export interface FaqEntry extends CustomFaqEntry<IssueType> {
  /** The intent, one of the 21 issue types. */
  readonly id: IssueType;
  /** The question as a heading, in every locale (the issue type's label). */
  readonly title: LocalizedText;
  /** The answer, as ordered steps, in every locale. */
  readonly answer: readonly LocalizedText[];
}

/**
 * One candidate intent for a query, with a confidence in 0..1.
 *
 * @example
 * const match: FaqMatch = resolveFaq('优惠卷用不了').best!;
 */
export interface FaqMatch<E extends CustomFaqEntry = FaqEntry> {
  readonly id: E['id'];
  /** Confidence in 0..1: how much of the query this entry explains (coverage, with a floor of evidence), times its lead over the runner-up. */
  readonly score: number;
  readonly entry: E;
}

/**
 * What a resolver says about a query. `best` is null exactly when `status` is `'no-match'`;
 * `candidates` are sorted by `score`, highest first (they may be non-empty even for `'no-match'`).
 *
 * @example
 * const { status, best } = resolveFaq('付款三天了还没发货');
 */
export type FaqResolution<E extends CustomFaqEntry = FaqEntry> =
  | {
      readonly status: 'matched' | 'ambiguous';
      readonly best: FaqMatch<E>;
      readonly candidates: readonly FaqMatch<E>[];
    }
  | { readonly status: 'no-match'; readonly best: null; readonly candidates: readonly FaqMatch<E>[] };

/**
 * The thresholds of a resolver.
 *
 * @example
 * const options: FaqResolverOptions = { minScore: 0.5, ambiguityMargin: 0.1 };
 */
export interface FaqResolverOptions {
  /**
   * The least confidence for an answer; below it the status is `'no-match'`.
   * @default 0.2
   */
  readonly minScore?: number;
  /**
   * When the runner-up's raw score is within this fraction of the best's, the status is `'ambiguous'`.
   * @default 0.06
   */
  readonly ambiguityMargin?: number;
  /**
   * How many candidates to return.
   * @default 5
   */
  readonly maxCandidates?: number;
  /**
   * How many characters of the normalized query are analyzed (the beginning of it).
   * @default 512
   */
  readonly maxQueryLength?: number;
}

/**
 * A resolver over one knowledge base, built by `createFaqResolver`.
 *
 * @example
 * const resolver: FaqResolver = createFaqResolver(defaultFaqEntries);
 * resolver.resolve('退款什么时候到账').best?.id; //=> 'return-exchange'
 */
export interface FaqResolver<E extends CustomFaqEntry = FaqEntry> {
  /** The entries it answers from, as given. */
  readonly entries: readonly E[];
  /** Resolves one query; never throws for a string. */
  resolve(query: string): FaqResolution<E>;
}
