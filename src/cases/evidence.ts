// Evidence in a case: a file's SHA-256 (the bytes stay with the user) and a checkEvidence report,
// both as events of the log.
import type { IssueType } from '../shared/issue-types.js';
import type { CaseEvidenceCheckedEvent, CaseEvidenceEvent } from './events.js';
import { toHex } from './hex.js';
import { sha256 } from './merkle.js';

/**
 * The SHA-256 of a file's bytes, as 64 lowercase hexadecimal digits, with WebCrypto.
 *
 * @param bytes - the file's bytes
 * @returns the hash
 * @example
 * await hashEvidenceBytes(new Uint8Array()); //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export async function hashEvidenceBytes(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/**
 * An `evidence` event for a file: its name (订单号+问题类型 form) and the hash of its bytes.
 *
 * @param file - `{ name, bytes }`
 * @param at - when it was added
 * @returns the event, ready for `appendCaseEvent`
 * @example
 * await evidenceEvent({ name: '1550672064762308113+商品质量争议.jpg', bytes }, new Date());
 */
export async function evidenceEvent(
  file: { readonly name: string; readonly bytes: Uint8Array },
  at: Date,
): Promise<CaseEvidenceEvent> {
  return { type: 'evidence', at, fileName: file.name, sha256: await hashEvidenceBytes(file.bytes) };
}

/**
 * An `evidence-checked` event recording what `checkEvidence` found (its `data`).
 *
 * @param report - the report of `checkEvidence` (its `data`)
 * @param at - when it was checked
 * @returns the event
 * @example
 * const result = checkEvidence(files, { issueType, orderId });
 * if (result.success) log = await appendCaseEvent(log, evidenceCheckedEvent(result.data, new Date()));
 */
export function evidenceCheckedEvent(
  report: {
    readonly issueType: IssueType;
    readonly orderId: string;
    readonly complete: boolean;
    readonly satisfied: readonly { readonly item: string }[];
    readonly missing: readonly { readonly item: string }[];
  },
  at: Date,
): CaseEvidenceCheckedEvent {
  return {
    type: 'evidence-checked',
    at,
    issueType: report.issueType,
    orderId: report.orderId,
    complete: report.complete,
    satisfied: report.satisfied.map((s) => s.item),
    missing: report.missing.map((m) => m.item),
  };
}
