import * as z from 'zod/mini';
import { explained } from '../shared/zod-issues.js';
import { IssueTypeSchema, LocalizedTextSchema } from '../shared/schemas.js';

const NonEmptyString = z.string().check(z.minLength(1, 'Expected a non-empty string'));

/**
 * Validates one FAQ knowledge-base entry (`FaqEntry`): an issue type id, a localized title, at
 * least one localized answer step, at least one non-empty example question, and optional
 * keywords and negative cues.
 *
 * @example
 * FaqEntrySchema.safeParse({ id: 'feedback', title: { 'zh-CN': '建议', en: 'Feedback', es: 'Sugerencias' },
 *   answer: [{ 'zh-CN': '欢迎反馈', en: 'Tell us', es: 'Cuéntanos' }], examples: ['我有个建议'] }).success; //=> true
 */
export const FaqEntrySchema = /* @__PURE__ */ explained(
  z.object({
    id: IssueTypeSchema,
    title: LocalizedTextSchema,
    answer: z.array(LocalizedTextSchema).check(z.minLength(1, 'Expected at least one answer step')),
    examples: z.array(NonEmptyString).check(z.minLength(1, 'Expected at least one example question')),
    keywords: z.optional(z.array(NonEmptyString)),
    negativeCues: z.optional(z.array(NonEmptyString)),
  }),
);

/**
 * Validates the options of a FAQ resolver (`FaqResolverOptions`).
 *
 * @example
 * FaqResolverOptionsSchema.safeParse({ minScore: 0.4 }).success; //=> true
 */
export const FaqResolverOptionsSchema = /* @__PURE__ */ explained(
  z.object({
    minScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
    ambiguityMargin: z.optional(z.number().check(z.gte(0), z.lte(1))),
    maxCandidates: z.optional(z.int().check(z.gte(1), z.lte(255))),
    maxQueryLength: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
  }),
);
