// RFC 9162 §2.1 Merkle tree hashes and proofs over SHA-256, on WebCrypto so that browsers and Node
// give the same answers. Indices are safe integers and are halved with arithmetic, never with the
// 32-bit bitwise operators.
import { TiantianError } from '../shared/errors.js';

/** The length of a SHA-256 hash in bytes. */
const HASH_BYTES = 32;

/**
 * SHA-256 of some bytes, with WebCrypto.
 *
 * @param bytes - the data
 * @returns the 32-byte digest
 * @example
 * await sha256(new Uint8Array()); // e3b0c442…b855 as bytes
 */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function prefixed(prefix: number, ...parts: Uint8Array[]): Promise<Uint8Array> {
  const data = new Uint8Array(1 + parts.reduce((sum, part) => sum + part.length, 0));
  data[0] = prefix;
  let offset = 1;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return sha256(data);
}

/**
 * The hash of an interior node: SHA-256(0x01 ‖ left ‖ right).
 *
 * @param left - the left child's hash
 * @param right - the right child's hash
 * @returns the node's hash
 * @example
 * await merkleNodeHash(a, b);
 */
export function merkleNodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return prefixed(1, left, right);
}

/**
 * The RFC 9162 leaf hash of an entry's bytes: SHA-256(0x00 ‖ bytes).
 *
 * @param bytes - the entry's data
 * @returns the 32-byte leaf hash
 * @example
 * toHex(await merkleLeafHash(new Uint8Array())); //=> '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
 */
export function merkleLeafHash(bytes: Uint8Array): Promise<Uint8Array> {
  if (!(bytes instanceof Uint8Array))
    return Promise.reject(new TiantianError('invalid_argument', 'merkleLeafHash takes a Uint8Array'));
  return prefixed(0, bytes);
}

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A tree over some leaf hashes that keeps the hash of every complete aligned subtree (2^h leaves
 * starting at a multiple of 2^h), so that any RFC 9162 subtree hash costs O(log n) more hashes.
 */
export interface MerkleTree {
  readonly size: number;
  /** MTH(D[start:end]) for a range RFC 9162's recursion visits. */
  hash(start: number, end: number): Promise<Uint8Array>;
}

function checkLeaves(leafHashes: unknown, name: string): readonly Uint8Array[] {
  if (!Array.isArray(leafHashes))
    throw new TiantianError('invalid_argument', `${name} takes an array of leaf hashes`, {
      path: ['leafHashes'],
    });
  leafHashes.forEach((hash, index) => {
    if (!(hash instanceof Uint8Array) || hash.length !== HASH_BYTES)
      throw new TiantianError('invalid_argument', `leaf hash ${index} is not a 32-byte Uint8Array`, {
        path: ['leafHashes', index],
      });
  });
  return leafHashes;
}

/**
 * Builds the complete-subtree levels of a tree over leaf hashes (about n hashes).
 *
 * @param leafHashes - the leaf hashes, in order
 * @returns the tree
 * @example
 * const tree = await buildMerkleTree(leafHashes);
 * await tree.hash(0, tree.size); // the root
 */
export async function buildMerkleTree(leafHashes: readonly Uint8Array[]): Promise<MerkleTree> {
  const levels: Uint8Array[][] = [[...leafHashes]];
  for (let below = levels[0]!; below.length > 1; ) {
    const level: Uint8Array[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) level.push(await merkleNodeHash(below[i]!, below[i + 1]!));
    levels.push(level);
    below = level;
  }
  const hash = async (start: number, end: number): Promise<Uint8Array> => {
    const n = end - start;
    if (n === 0) return sha256(new Uint8Array());
    let height = 0;
    while (2 ** height < n) height++;
    if (2 ** height === n && start % n === 0) return levels[height]![start / n]!;
    const k = split(n);
    return merkleNodeHash(await hash(start, start + k), await hash(start + k, end));
  };
  return { size: leafHashes.length, hash };
}

/**
 * The Merkle tree hash (MTH, RFC 9162 §2.1.1) of a list of leaf hashes: the hash of the empty
 * string for no leaves, the leaf hash itself for one, otherwise the node hash of the subtrees split
 * at the largest power of two below n (an odd node is carried up, never duplicated).
 *
 * @param leafHashes - 32-byte leaf hashes, in order
 * @returns the root hash
 * @throws {TiantianError} `invalid_argument` (as a rejected promise) when a leaf hash is not 32 bytes
 * @example
 * toHex(await merkleRoot([])); //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export async function merkleRoot(leafHashes: readonly Uint8Array[]): Promise<Uint8Array> {
  const tree = await buildMerkleTree(checkLeaves(leafHashes, 'merkleRoot'));
  return tree.hash(0, tree.size);
}

function checkIndex(value: unknown, min: number, max: number, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
    throw new TiantianError('out_of_range', `${name} must be a whole number from ${min} to ${max}`, {
      path: [name],
    });
  return value;
}

/**
 * The audit path of a leaf from a tree (RFC 9162 §2.1.3.1), bottom up.
 *
 * @param tree - the tree
 * @param index - the leaf's index
 * @returns the proof
 * @example
 * await treeInclusionProof(await buildMerkleTree(leaves), 3);
 */
export async function treeInclusionProof(tree: MerkleTree, index: number): Promise<Uint8Array[]> {
  const proof: Uint8Array[] = [];
  const path = async (start: number, end: number): Promise<void> => {
    if (end - start < 2) return;
    const k = split(end - start);
    if (index < start + k) {
      await path(start, start + k);
      proof.push(await tree.hash(start + k, end));
    } else {
      await path(start + k, end);
      proof.push(await tree.hash(start, start + k));
    }
  };
  await path(0, tree.size);
  return proof;
}

/**
 * The consistency proof between the first `size1` leaves of a tree and all of it (RFC 9162
 * §2.1.4.1); empty when `size1` is the tree's size.
 *
 * @param tree - the tree
 * @param size1 - the older size, 1 to the tree's size
 * @returns the proof
 * @example
 * await treeConsistencyProof(await buildMerkleTree(leaves), 3);
 */
export async function treeConsistencyProof(tree: MerkleTree, size1: number): Promise<Uint8Array[]> {
  const proof: Uint8Array[] = [];
  const subproof = async (m: number, start: number, end: number, whole: boolean): Promise<void> => {
    const n = end - start;
    if (m === n) {
      if (!whole) proof.push(await tree.hash(start, end));
      return;
    }
    const k = split(n);
    if (m <= k) {
      await subproof(m, start, start + k, whole);
      proof.push(await tree.hash(start + k, end));
    } else {
      await subproof(m - k, start + k, end, false);
      proof.push(await tree.hash(start, start + k));
    }
  };
  if (size1 < tree.size) await subproof(size1, 0, tree.size, true);
  return proof;
}

/**
 * The inclusion proof (audit path, RFC 9162 §2.1.3.1) of the leaf at `index` among `leafHashes`.
 *
 * @param leafHashes - 32-byte leaf hashes, in order
 * @param index - the leaf's index, from 0
 * @returns the proof, hashes from the leaf's sibling up
 * @throws {TiantianError} `out_of_range` or `invalid_argument` (as a rejected promise) for an index outside the tree or a bad leaf hash
 * @example
 * const proof = await inclusionProof(leafHashes, 2);
 * await verifyInclusion({ leafIndex: 2, treeSize: leafHashes.length, leafHash: leafHashes[2], proof, root }); //=> true
 */
export async function inclusionProof(
  leafHashes: readonly Uint8Array[],
  index: number,
): Promise<Uint8Array[]> {
  const leaves = checkLeaves(leafHashes, 'inclusionProof');
  checkIndex(index, 0, leaves.length - 1, 'index');
  return treeInclusionProof(await buildMerkleTree(leaves), index);
}

/**
 * The consistency proof (RFC 9162 §2.1.4.1) that the tree of the first `size1` leaves is a prefix
 * of the tree of all `leafHashes`: empty when `size1` is the whole list.
 *
 * @param leafHashes - 32-byte leaf hashes, in order
 * @param size1 - the older tree's size, 1 to `leafHashes.length`
 * @returns the proof
 * @throws {TiantianError} `out_of_range` or `invalid_argument` (as a rejected promise)
 * @example
 * const proof = await consistencyProof(leafHashes, 3);
 * await verifyConsistency({ size1: 3, size2: leafHashes.length, root1, root2, proof }); //=> true
 */
export async function consistencyProof(
  leafHashes: readonly Uint8Array[],
  size1: number,
): Promise<Uint8Array[]> {
  const leaves = checkLeaves(leafHashes, 'consistencyProof');
  checkIndex(size1, 1, leaves.length, 'size1');
  return treeConsistencyProof(await buildMerkleTree(leaves), size1);
}

// The verifiers below read untrusted input: every field is read once, inside a try, and copied.

/** A copy of a real Uint8Array of `length` bytes (any length for 0), else undefined. */
function hashCopy(value: unknown, length = HASH_BYTES): Uint8Array | undefined {
  // ArrayBuffer.isView is false for a Proxy; the %TypedArray% tag getter reads the internal slot.
  if (!ArrayBuffer.isView(value)) return undefined;
  const tag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype),
    Symbol.toStringTag,
  )?.get?.call(value);
  if (tag !== 'Uint8Array') return undefined;
  const copy = new Uint8Array(value as Uint8Array);
  return length === 0 || copy.length === length ? copy : undefined;
}

function proofCopy(value: unknown): Uint8Array[] | undefined {
  if (!Array.isArray(value) || value.length > 128) return undefined;
  const proof: Uint8Array[] = [];
  for (let i = 0; i < value.length; i++) {
    const hash = hashCopy(value[i]);
    if (!hash) return undefined;
    proof.push(hash);
  }
  return proof;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPowerOfTwo(n: number): boolean {
  let p = 1;
  while (p < n) p *= 2;
  return p === n;
}

const half = (n: number): number => Math.floor(n / 2);
const odd = (n: number): boolean => n % 2 === 1;

/**
 * Walks the RFC 9162 verification loop from (fn, sn): for each proof hash, whether it is a left
 * sibling (true) or a right one, and whether the running "first" hash takes it too. Returns
 * undefined when the proof's length is not the one the indices require.
 */
function walk(fn: number, sn: number, length: number): boolean[] | undefined {
  const lefts: boolean[] = [];
  for (let i = 0; i < length; i++) {
    if (sn === 0) return undefined;
    const left = odd(fn) || fn === sn;
    lefts.push(left);
    if (left && !odd(fn))
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? lefts : undefined;
}

/**
 * Whether `proof` shows that `leafHash` is the leaf at `leafIndex` of the tree of `treeSize` leaves
 * whose root is `root` (RFC 9162 §2.1.3.2). The proof must have exactly the length the index and
 * size require. Resolves false, and never throws, for any malformed input.
 *
 * @param input - `{ leafIndex, treeSize, leafHash, proof, root }`, hashes as 32-byte `Uint8Array`s
 * @returns true when the proof is valid
 * @example
 * await verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: h, proof: [], root: h }); //=> true
 */
export async function verifyInclusion(input: {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly proof: readonly Uint8Array[];
  readonly root: Uint8Array;
}): Promise<boolean> {
  try {
    const { leafIndex, treeSize } = input;
    const leafHash = hashCopy(input.leafHash);
    const root = hashCopy(input.root);
    const proof = proofCopy(input.proof);
    if (!isIndex(leafIndex) || !isIndex(treeSize) || leafIndex >= treeSize || !leafHash || !root || !proof)
      return false;
    const lefts = walk(leafIndex, treeSize - 1, proof.length);
    if (!lefts) return false;
    let r = leafHash;
    for (let i = 0; i < proof.length; i++)
      r = lefts[i] ? await merkleNodeHash(proof[i]!, r) : await merkleNodeHash(r, proof[i]!);
    return equal(r, root);
  } catch {
    return false;
  }
}

/**
 * Whether `proof` shows that the tree of `size1` leaves with root `root1` is a prefix of the tree of
 * `size2` leaves with root `root2` (RFC 9162 §2.1.4.2). Equal sizes need an empty proof and equal
 * roots; an empty old tree (`size1` 0) proves nothing and is refused. Resolves false, and never
 * throws, for any malformed input.
 *
 * @param input - `{ size1, size2, root1, root2, proof }`, hashes as `Uint8Array`s
 * @returns true when the proof is valid
 * @example
 * await verifyConsistency({ size1: 3, size2: 7, root1, root2, proof }); //=> true
 */
export async function verifyConsistency(input: {
  readonly size1: number;
  readonly size2: number;
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
  readonly proof: readonly Uint8Array[];
}): Promise<boolean> {
  try {
    const { size1, size2 } = input;
    const proof = proofCopy(input.proof);
    if (!isIndex(size1) || !isIndex(size2) || size1 === 0 || size1 > size2 || !proof) return false;
    if (size1 === size2) {
      const root1 = hashCopy(input.root1, 0);
      const root2 = hashCopy(input.root2, 0);
      return proof.length === 0 && !!root1 && !!root2 && equal(root1, root2);
    }
    const root1 = hashCopy(input.root1);
    const root2 = hashCopy(input.root2);
    if (!root1 || !root2 || proof.length === 0) return false;
    // When size1 is a power of two, the old root is itself a node of the new tree: the path starts there.
    const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
    let fn = size1 - 1;
    let sn = size2 - 1;
    while (odd(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    const lefts = walk(fn, sn, path.length - 1);
    if (!lefts) return false;
    let fr = path[0]!;
    let sr = path[0]!;
    for (let i = 1; i < path.length; i++) {
      const c = path[i]!;
      if (lefts[i - 1]) {
        fr = await merkleNodeHash(c, fr);
        sr = await merkleNodeHash(c, sr);
      } else sr = await merkleNodeHash(sr, c);
    }
    return equal(fr, root1) && equal(sr, root2);
  } catch {
    return false;
  }
}
