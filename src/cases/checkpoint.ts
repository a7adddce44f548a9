// Checkpoints (signed tree heads) in the C2SP tlog-checkpoint text form, signed as a C2SP signed
// note by whatever signer the user plugs in. A checkpoint kept by someone else is what turns the
// log's hashes into evidence: without one, whoever holds the log can rewrite and rehash it.
import { TiantianError } from '../shared/errors.js';
import { type SafeResult, failWith, ok } from '../shared/result.js';
import { fromBase64, fromHex, toBase64, toHex } from './hex.js';
import type { CaseLog, HexHash } from './log-shape.js';
import { buildMerkleTree, treeConsistencyProof, verifyConsistency } from './merkle.js';

/**
 * A checkpoint: the log's `origin` (who keeps it, e.g. `shop.example/cases/1550672064762308113`),
 * its `size` and its `root` at that size, and the signatures that were made of its text.
 *
 * @example
 * const checkpoint: Checkpoint = { origin: 'shop.example/cases/1', size: 3, root: '…', signatures: [] };
 */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: HexHash;
  /** Signature lines of the signed note: the key's name and the base64 of key id ‖ signature. */
  readonly signatures: readonly { readonly name: string; readonly signature: string }[];
}

/**
 * A signer of checkpoint texts: a name (no spaces, no `+`) and an async function that signs the
 * body's bytes and returns what the signature line carries (for C2SP signed notes: a 4-byte key id
 * followed by the signature). Plug in WebCrypto Ed25519, an HSM, a timestamping service…
 *
 * @example
 * const signer: CheckpointSigner = { name: 'shop.example', sign: async (body) => mySign(body) };
 */
export interface CheckpointSigner {
  readonly name: string;
  /** Signs the checkpoint's body bytes; resolves to the signature bytes. */
  sign(body: Uint8Array): Promise<Uint8Array>;
}

/**
 * A verifier of one signer's signature lines.
 *
 * @example
 * const verifier: CheckpointVerifier = { name: 'shop.example', verify: async (body, signature) => myVerify(body, signature) };
 */
export interface CheckpointVerifier {
  readonly name: string;
  /** Whether `signature` is this key's signature of the body bytes. */
  verify(body: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

// The text form's rules for an origin line and a key name (also read by cases/schemas.ts).
export const ORIGIN = /^[^\s\u2014][^\n]{0,254}$/u;
export const KEY_NAME = /^[^\s+\u2014]{1,255}$/u;

/**
 * The checkpoint's body in the C2SP tlog-checkpoint form: origin, decimal size and base64 root,
 * one per line, each ended by a newline. This is the text that signers sign.
 *
 * @param checkpoint - origin, size, root
 * @returns the body text
 * @example
 * checkpointBody({ origin: 'shop.example/cases/1', size: 0, root: 'e3b0c442…b855' });
 * //=> 'shop.example/cases/1\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n'
 */
export function checkpointBody(checkpoint: Pick<Checkpoint, 'origin' | 'size' | 'root'>): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${toBase64(fromHex(checkpoint.root) ?? new Uint8Array())}\n`;
}

/**
 * The whole text of a checkpoint as a C2SP signed note: the body, a blank line, and one line
 * `— <name> <base64>` per signature.
 *
 * @param checkpoint - a checkpoint
 * @returns the note's text
 * @example
 * formatCheckpoint(checkpoint); //=> 'shop.example/cases/1\n3\n…=\n\n— shop.example AAAA…\n'
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const lines = checkpoint.signatures.map(({ name, signature }) => `\u2014 ${name} ${signature}\n`).join('');
  return `${checkpointBody(checkpoint)}\n${lines}`;
}

/**
 * Makes the checkpoint of a log as it is now, signed by each signer given.
 *
 * @param log - the case log
 * @param options - `origin`: the log's name (one line, e.g. `shop.example/cases/<orderId>`); `signers`: any number of async signers
 * @returns the checkpoint
 * @throws {TiantianError} `invalid_argument` (as a rejected promise) for an origin or signer name that the text form cannot carry
 * @example
 * const checkpoint = await createCheckpoint(log, { origin: 'shop.example/cases/1', signers: [signer] });
 * formatCheckpoint(checkpoint); // publish or anchor this text
 */
export async function createCheckpoint(
  log: CaseLog,
  options: { readonly origin: string; readonly signers?: readonly CheckpointSigner[] },
): Promise<Checkpoint> {
  const origin = options?.origin;
  if (typeof origin !== 'string' || !ORIGIN.test(origin))
    throw new TiantianError(
      'invalid_argument',
      'origin must be one line of 1 to 255 characters that does not start with a space or an em dash',
      { path: ['origin'] },
    );
  const body = { origin, size: log.size, root: log.root };
  const bytes = new TextEncoder().encode(checkpointBody(body));
  const signatures: { name: string; signature: string }[] = [];
  for (const [index, signer] of (options.signers ?? []).entries()) {
    if (typeof signer?.name !== 'string' || !KEY_NAME.test(signer.name))
      throw new TiantianError('invalid_argument', 'A signer name has no spaces and no "+"', {
        path: ['signers', index, 'name'],
      });
    signatures.push({ name: signer.name, signature: toBase64(await signer.sign(bytes)) });
  }
  return { ...body, signatures };
}

/**
 * Reads a checkpoint's text (a C2SP signed note: tlog-checkpoint body, blank line, signature
 * lines). Extension lines of the body are refused: this library writes none. Signatures are read,
 * not checked: see `verifyCheckpointSignature`.
 *
 * @param text - the note's text (untrusted)
 * @returns the checkpoint in safeParse shape
 * @example
 * parseCheckpoint('shop.example/cases/1\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n').success; //=> true
 */
export function parseCheckpoint(text: unknown): SafeResult<Checkpoint> {
  if (typeof text !== 'string') return failWith('invalid_type', 'A checkpoint is text');
  if (text.length > 100_000) return failWith('too_big', 'A checkpoint is at most 100 000 characters');
  const split = text.indexOf('\n\n');
  if (split < 0 || !text.endsWith('\n'))
    return failWith(
      'invalid_format',
      'A checkpoint is its body, a blank line and signature lines, each ended by a newline',
    );
  const body = text.slice(0, split + 1).split('\n');
  body.pop();
  if (body.length !== 3)
    return failWith(
      'invalid_format',
      `A checkpoint body has 3 lines (origin, size, root), got ${body.length}`,
    );
  const [origin, sizeText, rootText] = body as [string, string, string];
  if (!ORIGIN.test(origin))
    return failWith('invalid_format', 'The origin line is empty or malformed', ['origin']);
  const size = Number(sizeText);
  if (!/^(?:0|[1-9]\d{0,15})$/.test(sizeText) || !Number.isSafeInteger(size))
    return failWith(
      'invalid_format',
      `The size line "${sizeText.slice(0, 20)}" is not a decimal safe integer`,
      ['size'],
    );
  const root = fromBase64(rootText);
  if (root?.length !== 32)
    return failWith('invalid_format', 'The root line is not the base64 of a 32-byte hash', ['root']);
  const signatures: { name: string; signature: string }[] = [];
  const lines = text.slice(split + 2).split('\n');
  lines.pop();
  for (const [index, line] of lines.entries()) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!match || !KEY_NAME.test(match[1]!) || !fromBase64(match[2]!))
      return failWith('invalid_format', `Signature line ${index + 1} is not "— <name> <base64>"`, [
        'signatures',
        index,
      ]);
    signatures.push({ name: match[1]!, signature: match[2]! });
  }
  return ok({ origin, size, root: toHex(root!), signatures });
}

/**
 * Whether a checkpoint carries a valid signature by the verifier's key name. Resolves false, never
 * throws, for a missing signature or a verifier that fails.
 *
 * @param checkpoint - the checkpoint
 * @param verifier - the key name and its async check
 * @returns true when some signature line of that name verifies
 * @example
 * await verifyCheckpointSignature(checkpoint, verifier); //=> true
 */
export async function verifyCheckpointSignature(
  checkpoint: Checkpoint,
  verifier: CheckpointVerifier,
): Promise<boolean> {
  try {
    const body = new TextEncoder().encode(checkpointBody(checkpoint));
    for (const { name, signature } of checkpoint.signatures) {
      const bytes = fromBase64(signature);
      if (name === verifier.name && bytes && (await verifier.verify(body, bytes)) === true) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * The consistency proof that a log only grew since an older checkpoint of it (RFC 9162 §2.1.4),
 * as hexadecimal hashes: hand it out with the new checkpoint.
 *
 * @param log - the log now
 * @param older - a checkpoint of the same log at an earlier size (at least 1)
 * @returns the proof
 * @throws {TiantianError} `out_of_range` (as a rejected promise) when the checkpoint is larger than the log or empty
 * @example
 * const proof = await caseLogConsistencyProof(log, older);
 * await verifyCheckpointConsistency(older, await createCheckpoint(log, { origin }), proof); //=> true
 */
export async function caseLogConsistencyProof(
  log: CaseLog,
  older: Pick<Checkpoint, 'size'>,
): Promise<HexHash[]> {
  const size1 = older?.size;
  if (!Number.isSafeInteger(size1) || size1 < 1 || size1 > log.size)
    throw new TiantianError('out_of_range', `The older checkpoint's size must be 1 to ${log.size}`, {
      path: ['older', 'size'],
    });
  const tree = await buildMerkleTree(log.entries.map((entry) => fromHex(entry.leafHash)!));
  return (await treeConsistencyProof(tree, size1)).map(toHex);
}

/**
 * Whether a newer checkpoint of a log extends an older one: same origin, and the consistency proof
 * holds. Resolves false, never throws, for any malformed input.
 *
 * @param older - the earlier checkpoint (the one anchored or published)
 * @param newer - the later checkpoint
 * @param proof - from `caseLogConsistencyProof`, hexadecimal hashes
 * @returns true when the newer log is the older one with entries appended
 * @example
 * await verifyCheckpointConsistency(older, newer, proof); //=> true
 */
export async function verifyCheckpointConsistency(
  older: Checkpoint,
  newer: Checkpoint,
  proof: readonly HexHash[],
): Promise<boolean> {
  try {
    if (older.origin !== newer.origin || !Array.isArray(proof)) return false;
    const root1 = fromHex(older.root);
    const root2 = fromHex(newer.root);
    const hashes = proof.map((hash) => fromHex(hash));
    if (!root1 || !root2 || hashes.some((hash) => !hash)) return false;
    return await verifyConsistency({
      size1: older.size,
      size2: newer.size,
      root1,
      root2,
      proof: hashes as Uint8Array[],
    });
  } catch {
    return false;
  }
}
