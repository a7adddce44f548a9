// The case log and its proofs against naive recompute-everything baselines. Hashing is WebCrypto
// (`crypto.subtle.digest`, async); in Node each digest costs tens of microseconds, so the large
// runs are set to few iterations.
import { bench, describe } from 'vitest';
import {
  buildMerkleTree,
  merkleLeafHash,
  merkleRoot,
  treeInclusionProof,
  verifyInclusion,
} from '../src/cases/merkle.js';
import { appendCaseEvent, createCaseLog } from '../src/cases/log.js';
import type { CaseEvent } from '../src/cases/events.js';
import type { CaseLog } from '../src/cases/log-shape.js';
import { verifyCaseLog } from '../src/cases/verify.js';
import { fromHex } from '../src/cases/hex.js';

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

async function appendAll(): Promise<CaseLog> {
  let log = createCaseLog();
  for (const event of events) log = await appendCaseEvent(log, event);
  return log;
}

describe('append 10,000 events and verify the log', () => {
  bench(
    'appendCaseEvent × 10,000 + verifyCaseLog',
    async () => {
      await verifyCaseLog(await appendAll());
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );

  // Baseline: recompute the whole tree's root from all leaves after every append.
  bench(
    'naive: merkleRoot over all leaves after each of 2,000 appends',
    async () => {
      const leaves: Uint8Array[] = [];
      for (const event of events.slice(0, 2_000)) {
        leaves.push(await merkleLeafHash(new TextEncoder().encode(JSON.stringify(event))));
        await merkleRoot(leaves);
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
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
  const leafHash = fromHex(Buffer.from(leaves[index]!).toString('hex'))!;

  bench('proof from the built tree + verifyInclusion (O(log n) hashes)', async () => {
    const proof = await treeInclusionProof(tree, index);
    await verifyInclusion({ leafIndex: index, treeSize: n, leafHash, proof, root });
  });

  bench(
    'naive: recompute the root over all 1,000,000 leaves',
    async () => {
      await merkleRoot(leaves);
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
