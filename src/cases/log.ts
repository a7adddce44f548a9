// The case log: append-only, every entry's leaf the hash of the event's canonical bytes, every entry
// keeping the tree head after it, so that a check can say which entry was touched.
import { TiantianError } from '../shared/errors.js';
import { type SafeResult, fail, ok } from '../shared/result.js';
import { safely } from '../shared/safe-call.js';
import { canonicalEventBytes, normalizeEvent } from './canonical.js';
import type { CaseEvent } from './events.js';
import { EMPTY_FRONTIER, type Frontier, frontierRoot, pushLeaf } from './frontier.js';
import { fromHex, toHex } from './hex.js';
import { CASE_LOG_FORMAT, type CaseLog, type CaseLogEntry, type HexHash } from './log-shape.js';
import { merkleLeafHash } from './merkle.js';
import { validateCaseEvent } from './validate.js';

/**
 * The root of the empty tree: SHA-256 of the empty string.
 *
 * @example
 * EMPTY_ROOT.length; //=> 64
 */
export const EMPTY_ROOT: HexHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// The right edge of each log built or checked here, so that appending does not rehash the log.
const frontiers = /* @__PURE__ */ new WeakMap<CaseLog, Frontier>();

/**
 * A new, empty case log (投诉档案).
 *
 * @returns a log of size 0 whose root is the hash of the empty string
 * @example
 * createCaseLog(); //=> { format: 'tiantian-support/case-log@1', size: 0, root: 'e3b0c442…b855', entries: [] }
 */
export function createCaseLog(): CaseLog {
  const log: CaseLog = Object.freeze({
    format: CASE_LOG_FORMAT,
    size: 0,
    root: EMPTY_ROOT,
    entries: Object.freeze([]),
  });
  frontiers.set(log, EMPTY_FRONTIER);
  return log;
}

/**
 * The leaf hash of an event: `merkleLeafHash` of its canonical bytes (sorted keys, NFC text, ISO
 * instants, no `undefined`), the same in every engine.
 *
 * @param event - a valid case event
 * @returns the 32-byte leaf hash
 * @example
 * toHex(await caseEventLeafHash({ type: 'signed-for', at: new Date('2026-11-23T06:00:00Z') }));
 */
export function caseEventLeafHash(event: CaseEvent): Promise<Uint8Array> {
  return merkleLeafHash(canonicalEventBytes(event));
}

function isCaseLog(value: unknown): value is CaseLog {
  if (value === null || typeof value !== 'object') return false;
  const log = value as CaseLog;
  return (
    log.format === CASE_LOG_FORMAT &&
    Array.isArray(log.entries) &&
    log.size === log.entries.length &&
    // Only the last entry is looked at: checking them all would make appending quadratic.
    (log.entries.length === 0 || /^[0-9a-f]{64}$/.test(String(log.entries[log.entries.length - 1]?.leafHash)))
  );
}

/**
 * Appends an event to a case log, in safeParse shape: the new log, or the issues (an invalid event,
 * an instant before the last one, an `opened` event that is not the first, a first event that is
 * not `opened`). The old log is unchanged.
 *
 * @param log - a case log (from `createCaseLog`, `appendCaseEvent` or `parseCaseLog`)
 * @param event - the event (untrusted)
 * @returns the new log, or the issues
 * @example
 * const result = await safeAppendCaseEvent(createCaseLog(), { type: 'status', at: new Date(), to: 'open' });
 * result.success; //=> false (a case log starts with its 'opened' event)
 */
export async function safeAppendCaseEvent(log: CaseLog, event: unknown): Promise<SafeResult<CaseLog>> {
  // Everything read from the caller's values is read here, in one guard: a getter or a Proxy trap
  // that throws is an issue, not a rejected promise. What follows works on the snapshot only.
  const checked = safely(() => checkAppend(log, event));
  if (!checked.success) return checked;
  const { entries, leaves, normalized } = checked.data;
  let frontier = frontiers.get(log);
  if (frontier === undefined) {
    frontier = EMPTY_FRONTIER;
    for (const leaf of leaves) frontier = await pushLeaf(frontier, leaf);
    frontiers.set(log, frontier);
  }
  const leaf = await caseEventLeafHash(normalized);
  frontier = await pushLeaf(frontier, leaf);
  const root = toHex(await frontierRoot(frontier));
  const entry: CaseLogEntry = Object.freeze({ event: normalized, leafHash: toHex(leaf), root });
  const next: CaseLog = Object.freeze({
    format: CASE_LOG_FORMAT,
    size: entries.length + 1,
    root,
    entries: Object.freeze([...entries, entry]),
  });
  frontiers.set(next, frontier);
  return ok(next);
}

/** The synchronous part of {@link safeAppendCaseEvent}: reads and checks the log and the event. */
function checkAppend(
  log: CaseLog,
  event: unknown,
): SafeResult<{ entries: readonly CaseLogEntry[]; leaves: readonly Uint8Array[]; normalized: CaseEvent }> {
  if (!isCaseLog(log))
    return fail([
      {
        code: 'invalid_type',
        message: 'Expected a case log from createCaseLog or parseCaseLog',
        path: ['log'],
      },
    ]);
  const entries = [...log.entries];
  // A log not built here (its frontier unknown) is rehashed from its leaves: each must be one.
  const leaves: Uint8Array[] = [];
  if (!frontiers.has(log)) {
    for (const [index, entry] of entries.entries()) {
      const leaf = fromHex(String(entry?.leafHash));
      if (leaf?.length !== 32)
        return fail([
          {
            code: 'invalid_format',
            message: 'Expected a leaf hash of 64 hexadecimal digits',
            path: ['log', 'entries', index, 'leafHash'],
          },
        ]);
      leaves.push(leaf);
    }
  }
  let parsed: SafeResult<CaseEvent>;
  try {
    parsed = validateCaseEvent(event);
  } catch (error) {
    return fail([
      {
        code: 'invalid_type',
        message: `The event could not be read: ${error instanceof Error ? error.message : 'reading it threw'}`,
        path: ['event'],
      },
    ]);
  }
  if (!parsed.success)
    return fail(parsed.error.issues.map((issue) => ({ ...issue, path: ['event', ...issue.path] })));
  const normalized = normalizeEvent(parsed.data);
  const last = entries[entries.length - 1];
  if (!last && normalized.type !== 'opened')
    return fail([
      {
        code: 'invalid_value',
        message: `A case log starts with an 'opened' event, not '${normalized.type}'`,
        path: ['event', 'type'],
      },
    ]);
  if (last && normalized.type === 'opened')
    return fail([
      {
        code: 'invalid_value',
        message: "A case is opened once: 'opened' must be the first event",
        path: ['event', 'type'],
      },
    ]);
  if (last && normalized.at.getTime() < last.event.at.getTime())
    return fail([
      {
        code: 'too_small',
        message: `Instants never go back: ${normalized.at.toISOString()} is before the last event's ${last.event.at.toISOString()}`,
        path: ['event', 'at'],
      },
    ]);
  return ok({ entries, leaves, normalized });
}

/**
 * Appends an event to a case log and gives the new log (async); the old log is unchanged.
 *
 * @param log - a case log
 * @param event - the event: a valid {@link CaseEvent} whose instant is not before the last one's
 * @returns the new log, one entry longer, with its new root
 * @throws {TiantianError} `invalid_argument` (as a rejected promise) with the first issue's message and path
 * @example
 * let log = createCaseLog();
 * log = await appendCaseEvent(log, { type: 'opened', at: new Date('2026-09-30T12:30:00Z'), issueType: 'quality-dispute', channel: 'social-media' });
 * log.size; //=> 1
 */
export async function appendCaseEvent(log: CaseLog, event: CaseEvent): Promise<CaseLog> {
  const result = await safeAppendCaseEvent(log, event);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new TiantianError('invalid_argument', issue.message, {
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
  });
}
