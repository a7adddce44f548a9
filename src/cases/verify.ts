// Checking a case log: every event against its leaf hash, every stored tree head against the tree
// of the entries before it, and the log against the checkpoints someone else kept.
import type { Checkpoint } from './checkpoint.js';
import { EMPTY_FRONTIER, type Frontier, frontierRoot, pushLeaf } from './frontier.js';
import { toHex } from './hex.js';
import { CASE_LOG_FORMAT, type CaseLog } from './log-shape.js';
import { caseEventLeafHash } from './log.js';
import { validateCaseEvent } from './validate.js';

/**
 * Why a case log failed its check:
 * - `malformed`: the log or an entry is not of the case log's shape;
 * - `invalid-event`: an entry's event is not a valid case event;
 * - `time-went-back`: an entry's instant is before the one before it;
 * - `edited`: the event no longer hashes to the entry's leaf hash;
 * - `inserted`: the entry was not there when the next entry's tree head was made;
 * - `reordered`: the entry belongs further down (a later entry belongs here);
 * - `removed`: the entry's tree head covers an entry that is no longer before it (or the entry
 *   was re-hashed after an edit);
 * - `size-mismatch`, `root-mismatch`: the log's `size` or `root` disagrees with its entries;
 * - `truncated`: a checkpoint covers more entries than the log has;
 * - `checkpoint-mismatch`: the entries a checkpoint covers no longer give its root.
 *
 * @example
 * const reason: CaseLogFault = 'edited';
 */
export type CaseLogFault =
  | 'malformed'
  | 'invalid-event'
  | 'time-went-back'
  | 'edited'
  | 'inserted'
  | 'reordered'
  | 'removed'
  | 'size-mismatch'
  | 'root-mismatch'
  | 'truncated'
  | 'checkpoint-mismatch';

/**
 * The result of `verifyCaseLog`: valid, or the first entry found wrong, why, and a sentence.
 *
 * @example
 * const result: CaseLogVerification = { valid: false, index: 2, reason: 'edited', message: 'Entry 2 …' };
 */
export type CaseLogVerification =
  | { readonly valid: true }
  | {
      readonly valid: false;
      readonly index: number;
      readonly reason: CaseLogFault;
      readonly message: string;
    };

/**
 * Options of `verifyCaseLog`: checkpoints of this log kept elsewhere (anchored, published, signed).
 * Only they catch a log that was rewritten and re-hashed from scratch, or cut short.
 *
 * @example
 * const options: VerifyCaseLogOptions = { checkpoints: [anchored] };
 */
export interface VerifyCaseLogOptions {
  readonly checkpoints?: readonly Pick<Checkpoint, 'size' | 'root'>[];
}

const HEX64 = /^[0-9a-f]{64}$/;

function fault(index: number, reason: CaseLogFault, message: string): CaseLogVerification {
  return { valid: false, index, reason, message };
}

/**
 * Checks a case log (async; never throws). Each entry's event must be valid, not earlier than the
 * one before, hash to its leaf hash, and its stored tree head must be the root of the entries up to
 * it; then the log's `size` and `root` must match, and every checkpoint given must be the root of
 * the log's first `size` entries. The first fault is named by its entry's index and a reason.
 *
 * @param log - the case log (in memory, or from `parseCaseLog`)
 * @param options - checkpoints to check it against
 * @returns `{ valid: true }` or `{ valid: false, index, reason, message }`
 * @example
 * await verifyCaseLog(log); //=> { valid: true }
 * await verifyCaseLog({ ...log, entries: log.entries.slice(1) }); //=> { valid: false, index: 0, reason: 'removed', … }
 */
export async function verifyCaseLog(
  log: CaseLog,
  options: VerifyCaseLogOptions = {},
): Promise<CaseLogVerification> {
  try {
    return await check(log, options);
  } catch (error) {
    return fault(
      0,
      'malformed',
      `The log could not be read: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  }
}

async function check(log: CaseLog, options: VerifyCaseLogOptions): Promise<CaseLogVerification> {
  if (
    log === null ||
    typeof log !== 'object' ||
    log.format !== CASE_LOG_FORMAT ||
    !Array.isArray(log.entries)
  )
    return fault(0, 'malformed', `Expected a case log (format ${CASE_LOG_FORMAT})`);
  const entries = [...log.entries];
  const n = entries.length;
  const roots: string[] = [];
  let frontier: Frontier = EMPTY_FRONTIER;
  let earlier: Frontier = EMPTY_FRONTIER;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const entry = entries[i];
    if (entry === null || typeof entry !== 'object' || !HEX64.test(entry.leafHash) || !HEX64.test(entry.root))
      return fault(
        i,
        'malformed',
        `Entry ${i} is not { event, leafHash, root } with 64-digit hexadecimal hashes`,
      );
    const parsed = validateCaseEvent(entry.event);
    if (!parsed.success) return fault(i, 'invalid-event', `Entry ${i}: ${parsed.error.issues[0]?.message}`);
    const event = parsed.data;
    const leaf = await caseEventLeafHash(event);
    if (toHex(leaf) !== entry.leafHash)
      return fault(i, 'edited', `Entry ${i}'s event no longer matches its leaf hash: it was edited`);
    const next = await pushLeaf(frontier, leaf);
    const root = toHex(await frontierRoot(next));
    if (root !== entry.root) {
      const reason = await classify(earlier, frontier, entries, i);
      return fault(
        reason === 'inserted-before' ? i - 1 : i,
        reason === 'inserted-before' ? 'inserted' : reason,
        describe(i),
      );
    }
    if ((i === 0) !== (event.type === 'opened'))
      return fault(
        i,
        i === 0 ? 'removed' : 'inserted',
        `Entry ${i}: a case log has one 'opened' event, first`,
      );
    if (event.at.getTime() < previous)
      return fault(
        i,
        'time-went-back',
        `Entry ${i} is dated before entry ${i - 1}: entries were moved or edited`,
      );
    previous = event.at.getTime();
    roots.push(root);
    earlier = frontier;
    frontier = next;
  }
  const root = roots[n - 1] ?? toHex(await frontierRoot(EMPTY_FRONTIER));
  if (log.size !== n)
    return typeof log.size === 'number' && log.size > n
      ? fault(
          n,
          'removed',
          `The log says it has ${log.size} entries but holds ${n}: entries at the end were removed`,
        )
      : fault(
          Math.max(0, Math.min(n, Number(log.size) || 0)),
          'size-mismatch',
          `The log says ${String(log.size)} entries but holds ${n}`,
        );
  if (log.root !== root) {
    const k = roots.indexOf(log.root);
    return k >= 0
      ? fault(
          k + 1,
          'inserted',
          `The log's root is the one after entry ${k}: entries from ${k + 1} on were added without updating it`,
        )
      : fault(n, 'root-mismatch', "The log's root is not the root of its entries");
  }
  let lastGood = 0;
  const checkpoints = [...(options.checkpoints ?? [])].sort((a, b) => a.size - b.size);
  for (const checkpoint of checkpoints) {
    if (checkpoint.size > n)
      return fault(
        n,
        'truncated',
        `A checkpoint covers ${checkpoint.size} entries but the log has ${n}: it was cut short`,
      );
    const expected =
      checkpoint.size === 0 ? toHex(await frontierRoot(EMPTY_FRONTIER)) : roots[checkpoint.size - 1];
    if (expected !== checkpoint.root)
      return fault(
        lastGood,
        'checkpoint-mismatch',
        `The first ${checkpoint.size} entries no longer give the checkpoint's root: an entry from ${lastGood} to ${checkpoint.size - 1} was changed and the log re-hashed`,
      );
    lastGood = checkpoint.size;
  }
  return { valid: true };
}

function describe(i: number): string {
  return `Entry ${i}'s stored tree head is not the root of the entries up to it: the entries before it or the entry itself were changed`;
}

/**
 * Tells apart an inserted, a moved and a removed entry at the first tree head that disagrees.
 * `earlier` is the tree's edge before entry i - 1, `before` the edge before entry i.
 */
async function classify(
  earlier: Frontier,
  before: Frontier,
  entries: readonly CaseLog['entries'][number][],
  i: number,
): Promise<CaseLogFault | 'inserted-before'> {
  const leafOf = async (j: number): Promise<Uint8Array | undefined> => {
    const parsed = validateCaseEvent(entries[j]?.event);
    return parsed.success ? caseEventLeafHash(parsed.data) : undefined;
  };
  // Inserted: without entry i, the next entry's tree head holds.
  // Reordered: some later entry's tree head holds right here.
  for (let j = i + 1; j < Math.min(entries.length, i + 65); j++) {
    const candidate = await leafOf(j);
    if (!candidate) break;
    if (toHex(await frontierRoot(await pushLeaf(before, candidate))) === entries[j]!.root)
      return j === i + 1 && (await isInserted(before, entries, i)) ? 'inserted' : 'reordered';
  }
  // Inserted just before, with a tree head made up to fit: without entry i - 1, entry i's head holds.
  const leaf = await leafOf(i);
  if (leaf && entries[i - 1]?.leafHash === toHex(leaf)) return 'inserted';
  if (i > 0 && leaf && toHex(await frontierRoot(await pushLeaf(earlier, leaf))) === entries[i]!.root)
    return 'inserted-before';
  return 'removed';
}

async function isInserted(
  before: Frontier,
  entries: readonly CaseLog['entries'][number][],
  i: number,
): Promise<boolean> {
  // A swap of i and i + 1 also puts a good tree head at i + 1; an insertion leaves entry i with no home.
  const parsed = validateCaseEvent(entries[i]!.event);
  const next = validateCaseEvent(entries[i + 1]!.event);
  if (!parsed.success || !next.success) return true;
  const withNext = await pushLeaf(before, await caseEventLeafHash(next.data));
  const after = await pushLeaf(withNext, await caseEventLeafHash(parsed.data));
  return toHex(await frontierRoot(after)) !== entries[i]!.root;
}
