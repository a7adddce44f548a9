// Internal: the right edge of a growing RFC 9162 tree, the roots of its complete subtrees from the
// largest to the smallest (one per set bit of the size). Appending costs one leaf plus a merge per
// trailing one bit; the root folds the edge from the right, O(log n) hashes.
import { merkleNodeHash, sha256 } from './merkle.js';

export interface Frontier {
  readonly sizes: readonly number[];
  readonly hashes: readonly Uint8Array[];
}

export const EMPTY_FRONTIER: Frontier = { sizes: [], hashes: [] };

export async function pushLeaf(frontier: Frontier, leaf: Uint8Array): Promise<Frontier> {
  const sizes = [...frontier.sizes, 1];
  const hashes = [...frontier.hashes, leaf];
  while (sizes.length > 1 && sizes[sizes.length - 1] === sizes[sizes.length - 2]) {
    const right = hashes.pop()!;
    const left = hashes.pop()!;
    sizes.pop();
    sizes.push(sizes.pop()! * 2);
    hashes.push(await merkleNodeHash(left, right));
  }
  return { sizes, hashes };
}

export async function frontierRoot(frontier: Frontier): Promise<Uint8Array> {
  const { hashes } = frontier;
  if (hashes.length === 0) return sha256(new Uint8Array());
  let root = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) root = await merkleNodeHash(hashes[i]!, root);
  return root;
}
