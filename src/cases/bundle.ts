// An evidence bundle (证据包): the log, its checkpoint, and inclusion proofs for chosen entries,
// which anyone can check offline with this library.
import { TiantianError } from '../shared/errors.js';
import {
  type Checkpoint,
  createCheckpoint,
  type CheckpointSigner,
  formatCheckpoint,
  parseCheckpoint,
} from './checkpoint.js';
import { fromHex, toHex } from './hex.js';
import type { CaseLog, HexHash } from './log-shape.js';
import { caseEventLeafHash } from './log.js';
import { buildMerkleTree, treeInclusionProof, verifyInclusion } from './merkle.js';
import { parseCaseLog } from './parse.js';
import { type CaseLogVerification, verifyCaseLog } from './verify.js';

/**
 * An evidence bundle: the log, the checkpoint text (a C2SP signed note), and for each chosen entry
 * its index and inclusion proof against the checkpoint's root. Plain data: `JSON.stringify` it.
 *
 * @example
 * const bundle: EvidenceBundle = await createEvidenceBundle(log, { origin: 'shop.example/cases/1', entries: [4] });
 */
export interface EvidenceBundle {
  readonly format: 'tiantian-support/evidence-bundle@1';
  readonly log: CaseLog;
  readonly checkpoint: string;
  readonly proofs: readonly { readonly index: number; readonly proof: readonly HexHash[] }[];
}

/**
 * Makes an evidence bundle of a log: its checkpoint (signed by the signers given) and the inclusion
 * proofs of the chosen entries.
 *
 * @param log - the case log
 * @param options - `origin` of the checkpoint, `entries` (indices) to prove, optional `signers`
 * @returns the bundle
 * @throws {TiantianError} `out_of_range` (as a rejected promise) for an index outside the log
 * @example
 * const bundle = await createEvidenceBundle(log, { origin: 'shop.example/cases/1', entries: [4, 9] });
 */
export async function createEvidenceBundle(
  log: CaseLog,
  options: {
    readonly origin: string;
    readonly entries: readonly number[];
    readonly signers?: readonly CheckpointSigner[];
  },
): Promise<EvidenceBundle> {
  const checkpoint = await createCheckpoint(log, options);
  const tree = await buildMerkleTree(log.entries.map((entry) => fromHex(entry.leafHash)!));
  const proofs = [];
  for (const index of options.entries) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= log.size)
      throw new TiantianError('out_of_range', `entry ${index} is not in a log of ${log.size} entries`, {
        path: ['entries'],
      });
    proofs.push({ index, proof: (await treeInclusionProof(tree, index)).map(toHex) });
  }
  return {
    format: 'tiantian-support/evidence-bundle@1',
    log,
    checkpoint: formatCheckpoint(checkpoint),
    proofs,
  };
}

/**
 * The result of `verifyEvidenceBundle`: the log's own check against the checkpoint, and per proven
 * entry whether its proof holds against the checkpoint's root.
 *
 * @example
 * const result: EvidenceBundleVerification = { valid: true, log: { valid: true }, checkpoint, entries: [{ index: 4, included: true }] };
 */
export interface EvidenceBundleVerification {
  readonly valid: boolean;
  readonly log: CaseLogVerification;
  readonly checkpoint: Checkpoint | null;
  readonly entries: readonly { readonly index: number; readonly included: boolean }[];
}

/**
 * Checks an evidence bundle offline (async; never throws): the log reads and verifies, agrees with
 * the checkpoint, and every proof shows its entry's event in the checkpoint's tree. Checking the
 * checkpoint's signatures is `verifyCheckpointSignature`, with the signer's key.
 *
 * @param bundle - the bundle, or its JSON text (untrusted)
 * @returns whether all holds, and the parts
 * @example
 * (await verifyEvidenceBundle(JSON.stringify(bundle))).valid; //=> true
 */
export async function verifyEvidenceBundle(bundle: unknown): Promise<EvidenceBundleVerification> {
  const bad = (message: string): EvidenceBundleVerification => ({
    valid: false,
    log: { valid: false, index: 0, reason: 'malformed', message },
    checkpoint: null,
    entries: [],
  });
  try {
    const value = typeof bundle === 'string' ? JSON.parse(bundle) : bundle;
    if (value?.format !== 'tiantian-support/evidence-bundle@1') return bad('Not an evidence bundle');
    const log = parseCaseLog(value.log);
    if (!log.success) return bad(`The bundle's log is malformed: ${log.error.issues[0]?.message}`);
    const checkpoint = parseCheckpoint(value.checkpoint);
    if (!checkpoint.success)
      return bad(`The bundle's checkpoint is malformed: ${checkpoint.error.issues[0]?.message}`);
    const logResult = await verifyCaseLog(log.data, { checkpoints: [checkpoint.data] });
    const root = fromHex(checkpoint.data.root)!;
    const entries = [];
    for (const item of Array.isArray(value.proofs) ? value.proofs : []) {
      const entry = log.data.entries[item?.index];
      const proof = Array.isArray(item?.proof) ? item.proof.map((h: unknown) => fromHex(String(h))) : [];
      const included =
        !!entry &&
        (await verifyInclusion({
          leafIndex: item.index,
          treeSize: checkpoint.data.size,
          leafHash: await caseEventLeafHash(entry.event),
          proof,
          root,
        }));
      entries.push({ index: Number(item?.index), included });
    }
    return {
      valid: logResult.valid && entries.every((e) => e.included),
      log: logResult,
      checkpoint: checkpoint.data,
      entries,
    };
  } catch {
    return bad('The bundle could not be read');
  }
}
