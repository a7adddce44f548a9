// The built-in FAQ knowledge base, assembled from one data file per issue type (faq/data/). Answers
// for Q1–Q5 quote the guide (四、常见问题解决方案速查表); the others follow the duties of the guide's
// four service modules (二、客服核心职责). Titles are the issue types' labels.
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from '../shared/issue-types.js';
import { FAQ_DATA } from './data/index.js';
import type { FaqEntry } from './types.js';

/**
 * The built-in knowledge base (知识库): one `FaqEntry` per `IssueType`, in `ISSUE_TYPES` order, each
 * titled with its `ISSUE_TYPE_LABELS` label. Replace or extend it with `createFaqResolver(entries)`.
 *
 * @example
 * defaultFaqEntries.length; //=> 21
 * defaultFaqEntries[0].answer[0]['zh-CN']; //=> '立即联系客服核查订单状态'
 */
export const defaultFaqEntries: readonly FaqEntry[] = /* @__PURE__ */ ISSUE_TYPES.map((id) => ({
  id,
  title: ISSUE_TYPE_LABELS[id],
  ...FAQ_DATA[id],
}));
