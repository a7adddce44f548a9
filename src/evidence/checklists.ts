import { assertIssueType } from '../shared/assert.js';
import type { IssueType } from '../shared/issue-types.js';
import { EVIDENCE_ITEMS, EVIDENCE_PLAN, type EvidenceItem, type EvidenceItemId } from './data.js';

// The items and the plan are guide facts, in ./data.ts; these names stay exported from here too.
export {
  EVIDENCE_ITEMS,
  type EvidenceItem,
  type EvidenceItemDefinition,
  type EvidenceItemId,
  type EvidenceKind,
  type EvidenceRules,
} from './data.js';

function buildChecklist(issueType: IssueType): readonly EvidenceItem[] {
  const [required, optional] = EVIDENCE_PLAN[issueType];
  const build = (id: EvidenceItemId, isRequired: boolean): EvidenceItem => {
    const definition = EVIDENCE_ITEMS[id];
    return Object.freeze({ id, ...definition, required: isRequired });
  };
  return Object.freeze([...required.map((id) => build(id, true)), ...optional.map((id) => build(id, false))]);
}

/**
 * The evidence checklist (证据清单) of every issue type: required items first, then optional ones.
 * Order-bound issues start from the guide's 必备材料清单 (订单截图、支付凭证、商品实物照片、
 * 聊天记录截屏) and add what the issue needs: comparison pictures when the item is not as
 * described (Q2), purchase invoice and ingredient proof at customs (Q4), tracking for delays…
 *
 * @example
 * EVIDENCE_CHECKLISTS['customs-blocked'].filter((i) => i.required).map((i) => i.id);
 * //=> ['order-screenshot', 'payment-proof', 'purchase-invoice', 'ingredient-proof']
 */
export const EVIDENCE_CHECKLISTS: Readonly<Record<IssueType, readonly EvidenceItem[]>> = Object.freeze(
  Object.fromEntries(Object.keys(EVIDENCE_PLAN).map((id) => [id, buildChecklist(id as IssueType)])) as Record<
    IssueType,
    readonly EvidenceItem[]
  >,
);

/**
 * The evidence checklist of one issue type.
 *
 * @param issueType - the issue type id
 * @returns its items, required first
 * @throws {TiantianError} `unknown_issue_type` for an id that is not an `IssueType`
 * @example
 * getEvidenceChecklist('not-as-described').map((i) => i.id);
 * //=> ['order-screenshot', 'payment-proof', 'item-photos', 'chat-screenshots', 'comparison-photos', 'listing-screenshot', 'unboxing-video']
 */
export function getEvidenceChecklist(issueType: IssueType): readonly EvidenceItem[] {
  return EVIDENCE_CHECKLISTS[assertIssueType(issueType)];
}
