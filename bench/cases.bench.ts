// The case log and its proofs against naive recompute-everything baselines, side by side in one
// run. Hashing is WebCrypto (`crypto.subtle.digest`, async), tens of microseconds per digest in
// Node, so the large runs are set to one iteration each; the quadratic baseline is bounded at
// 2,000 appends (at 10,000 it would hash some 50 million nodes).
import assert from 'node:assert/strict';
import { bench, describe } from 'vitest';
import type { CaseEvent } from '../src/cases/events.js';
import { toHex } from '../src/cases/hex.js';
import { appendCaseEvent, caseEventLeafHash, createCaseLog } from '../src/cases/log.js';
import type { CaseLog } from '../src/cases/log-shape.js';
import { buildMerkleTree, merkleRoot, treeInclusionProof, verifyInclusion } from '../src/cases/merkle.js';
import { verifyCaseLog } from '../src/cases/verify.js';

const ONCE = { iterations: 1, warmupIterations: 0, time: 0 } as const;
const start = Date.parse('2026-09-30T12:30:00Z');
const events: CaseEvent[] = [
  { type: 'opened', at: new Date(start), issueType: 'quality-dispute', channel: 'social-media' },
  ...Array.from(
    { length: 9_999 },
    (_, i): CaseEvent => ({
      type: 'message',
      at: new Date(start + i * 60_000),
      from: i % 2 ? 'agent' : 'customer',
      text: `消息 ${i}`,
    }),
  ),
];

async function appendAll(count: number): Promise<CaseLog> {
  let log = createCaseLog();
  for (const event of events.slice(0, count)) log = await appendCaseEvent(log, event);
  return log;
}

// Naive: the same leaf hashes, but the whole tree's root recomputed from all leaves after every
// append (what a log that keeps no right edge has to do to give each entry its tree head).
async function naiveAppendAll(count: number): Promise<string> {
  const leaves: Uint8Array[] = [];
  let root = '';
  for (const event of events.slice(0, count)) {
    leaves.push(await caseEventLeafHash(event));
    root = toHex(await merkleRoot(leaves));
  }
  return root;
}

describe('append 2,000 events, each entry with its tree head', async () => {
  // Both sides give the same root (checked on 300 events: the naive side is quadratic).
  assert.equal((await appendAll(300)).root, await naiveAppendAll(300));

  bench(
    'appendCaseEvent × 2,000 (right edge kept: O(log n) hashes per append)',
    async () => {
      await appendAll(2_000);
    },
    ONCE,
  );

  bench(
    'naive: merkleRoot over all leaves after each of 2,000 appends',
    async () => {
      await naiveAppendAll(2_000);
    },
    ONCE,
  );
});

describe('append 10,000 events and verify the log', () => {
  bench(
    'appendCaseEvent × 10,000 + verifyCaseLog',
    async () => {
      const result = await verifyCaseLog(await appendAll(10_000));
      assert.deepEqual(result, { valid: true });
    },
    ONCE,
  );
});

describe('inclusion of one entry in a log of 1,000,000 leaves', async () => {
  const n = 1_000_000;
  const leaves = Array.from({ length: n }, (_, i) => {
    const hash = new Uint8Array(32);
    new DataView(hash.buffer).setUint32(0, i);
    return hash;
  });
  const tree = await buildMerkleTree(leaves);
  const root = await tree.hash(0, n);
  const index = 765_432;
  const leafHash = leaves[index]!;
  // The proof is ceil(log2 n) = 20 hashes and verifies; a flipped root does not.
  const proof = await treeInclusionProof(tree, index);
  assert.equal(proof.length, 20);
  assert.equal(await verifyInclusion({ leafIndex: index, treeSize: n, leafHash, proof, root }), true);
  const wrong = Uint8Array.from(root, (byte, i) => (i === 0 ? byte ^ 1 : byte));
  assert.equal(await verifyInclusion({ leafIndex: index, treeSize: n, leafHash, proof, root: wrong }), false);

  bench('proof from the kept tree + verifyInclusion (O(log n) hashes)', async () => {
    const proof = await treeInclusionProof(tree, index);
    await verifyInclusion({ leafIndex: index, treeSize: n, leafHash, proof, root });
  });

  bench(
    'naive: recompute the root over all 1,000,000 leaves',
    async () => {
      await merkleRoot(leaves);
    },
    ONCE,
  );
});
