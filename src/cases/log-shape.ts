// The shape of a case log (投诉档案的存证记录), apart from the functions that build and check it, so
// that a reader of stored logs (reports, the CLI) needs no hashing.
import type { CaseEvent } from './events.js';

/**
 * A SHA-256 hash as it is stored in a case log: 64 lowercase hexadecimal digits. The Merkle
 * functions take and give `Uint8Array`s; `toHex` and `fromHex` convert.
 *
 * @example
 * const empty: HexHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
 */
export type HexHash = string;

/**
 * One entry of a case log: the event, the RFC 9162 leaf hash of its canonical bytes, and the root
 * of the log's Merkle tree once this entry was appended (the tree head of size `index + 1`), which
 * lets `verifyCaseLog` say where an entry was removed, inserted or moved.
 *
 * @example
 * const entry: CaseLogEntry = {
 *   event: { type: 'signed-for', at: new Date('2026-11-23T06:00:00Z') },
 *   leafHash: '…64 hex digits…',
 *   root: '…64 hex digits…',
 * };
 */
export interface CaseLogEntry {
  readonly event: CaseEvent;
  readonly leafHash: HexHash;
  readonly root: HexHash;
}

/**
 * The format tag of a stored case log; a reader refuses another.
 *
 * @example
 * CASE_LOG_FORMAT; //=> 'tiantian-support/case-log@1'
 */
export const CASE_LOG_FORMAT = 'tiantian-support/case-log@1' as const;

/**
 * A case log: an append-only list of events, each with its leaf hash, and the Merkle tree's `size`
 * (the number of entries) and `root` (RFC 9162 over the leaf hashes; the hash of the empty string
 * for an empty log). Plain data: `JSON.stringify(log)` stores it (instants become ISO strings) and
 * `parseCaseLog` reads it back.
 *
 * @example
 * const log: CaseLog = createCaseLog();
 * log.size; //=> 0
 */
export interface CaseLog {
  readonly format: typeof CASE_LOG_FORMAT;
  readonly size: number;
  readonly root: HexHash;
  readonly entries: readonly CaseLogEntry[];
}

/**
 * The most entries a stored log may hold.
 *
 * @example
 * MAX_CASE_LOG_ENTRIES > 0; //=> true
 */
export const MAX_CASE_LOG_ENTRIES = 1_000_000;
