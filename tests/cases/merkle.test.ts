import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/cases/hex.js';
import {
  consistencyProof,
  inclusionProof,
  merkleLeafHash,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
} from '../../src/cases/merkle.js';
import vectors from '../fixtures/rfc9162-merkle.json' with { type: 'json' };

// The 196 probes of transparency-dev/merkle (Apache-2.0, see tests/fixtures/LICENSE-transparency-dev-merkle.txt).
interface InclusionProbe {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
  file: string;
}
interface ConsistencyProbe {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
  file: string;
}

function base64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const inclusionProbes = vectors.inclusion as InclusionProbe[];
const consistencyProbes = vectors.consistency as ConsistencyProbe[];

describe('the RFC 9162 vectors of transparency-dev/merkle', () => {
  it('are all there: 98 inclusion and 98 consistency probes', () => {
    expect([inclusionProbes.length, consistencyProbes.length]).toEqual([98, 98]);
  });

  it.each(inclusionProbes.map((probe) => [probe.file, probe] as const))(
    'inclusion %s',
    async (_file, probe) => {
      const valid = await verifyInclusion({
        leafIndex: probe.leafIdx,
        treeSize: probe.treeSize,
        leafHash: base64(probe.leafHash),
        // Go's nil proof is the empty proof.
        proof: (probe.proof ?? []).map(base64),
        root: base64(probe.root),
      });
      expect(valid).toBe(!probe.wantErr);
    },
  );

  it.each(consistencyProbes.map((probe) => [probe.file, probe] as const))(
    'consistency %s',
    async (_file, probe) => {
      const valid = await verifyConsistency({
        size1: probe.size1,
        size2: probe.size2,
        root1: base64(probe.root1),
        root2: base64(probe.root2),
        proof: (probe.proof ?? []).map(base64),
      });
      expect(valid).toBe(!probe.wantErr);
    },
  );
});

// An independent, straightforward reference: RFC 9162 §2.1 read literally, recursion and all.
async function digest(...parts: (number | Uint8Array)[]): Promise<Uint8Array> {
  const bytes = parts.flatMap((part) => (typeof part === 'number' ? [part] : [...part]));
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}
function largestPowerOfTwoBelow(n: number): number {
  return 2 ** Math.ceil(Math.log2(n) - 1);
}
// Memoized by the leaves' identity so that checking every proof of a 70-leaf tree stays quick.
const memo = new Map<string, Uint8Array>();
async function mth(d: Uint8Array[]): Promise<Uint8Array> {
  if (d.length === 0) return digest();
  if (d.length === 1) return d[0]!;
  const key = d.map((leaf) => toHex(leaf).slice(0, 12)).join();
  const known = memo.get(key);
  if (known) return known;
  const k = largestPowerOfTwoBelow(d.length);
  const hash = await digest(1, await mth(d.slice(0, k)), await mth(d.slice(k)));
  memo.set(key, hash);
  return hash;
}
async function path(m: number, d: Uint8Array[]): Promise<Uint8Array[]> {
  if (d.length <= 1) return [];
  const k = largestPowerOfTwoBelow(d.length);
  return m < k
    ? [...(await path(m, d.slice(0, k))), await mth(d.slice(k))]
    : [...(await path(m - k, d.slice(k))), await mth(d.slice(0, k))];
}
async function subproof(m: number, d: Uint8Array[], b: boolean): Promise<Uint8Array[]> {
  if (m === d.length) return b ? [] : [await mth(d)];
  const k = largestPowerOfTwoBelow(d.length);
  return m <= k
    ? [...(await subproof(m, d.slice(0, k), b)), await mth(d.slice(k))]
    : [...(await subproof(m - k, d.slice(k), false)), await mth(d.slice(0, k))];
}

async function leaves(n: number, seed: number): Promise<Uint8Array[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) => merkleLeafHash(new TextEncoder().encode(`leaf ${seed}:${i}`))),
  );
}

function flipped(hash: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(hash);
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

/** The indices a test probes in a tree of n leaves: both ends, their neighbours, the middle and a pseudo-random one. */
function probes(n: number, from: number, to: number): number[] {
  const picks = [
    from,
    from + 1,
    Math.floor((from + to) / 2),
    ((n * 7919) % (to - from + 1)) + from,
    to - 1,
    to,
  ];
  return [...new Set(picks.filter((i) => i >= from && i <= to))];
}

describe('trees of 1 to 70 leaves against the reference', () => {
  const sizes = Array.from({ length: 70 }, (_, i) => i + 1);

  it.each(sizes)('size %i: root, inclusion proofs, consistency proofs', async (n) => {
    const d = await leaves(n, n);
    const root = await merkleRoot(d);
    expect(toHex(root)).toBe(toHex(await mth(d)));
    for (const m of probes(n, 0, n - 1)) {
      const proof = await inclusionProof(d, m);
      expect(proof.map(toHex)).toEqual((await path(m, d)).map(toHex));
      await expect(
        verifyInclusion({ leafIndex: m, treeSize: n, leafHash: d[m]!, proof, root }),
      ).resolves.toBe(true);
    }
    for (const m of probes(n, 1, n)) {
      const proof = await consistencyProof(d, m);
      const reference = m === n ? [] : await subproof(m, d, true);
      expect(proof.map(toHex)).toEqual(reference.map(toHex));
      await expect(
        verifyConsistency({ size1: m, size2: n, root1: await mth(d.slice(0, m)), root2: root, proof }),
      ).resolves.toBe(true);
    }
  });
});

describe('altered proofs are refused', () => {
  it.each([5, 8, 13, 31, 64, 70])('inclusion in a tree of %i leaves', async (n) => {
    const d = await leaves(n, 1000 + n);
    const root = await merkleRoot(d);
    const refusals: string[] = [];
    for (const m of probes(n, 0, n - 1)) {
      const proof = await inclusionProof(d, m);
      const base = { leafIndex: m, treeSize: n, leafHash: d[m]!, proof, root };
      const variants: Record<string, Parameters<typeof verifyInclusion>[0]> = {
        'wrong index': { ...base, leafIndex: (m + 1) % n },
        'index past the end': { ...base, leafIndex: n },
        'bigger tree': { ...base, treeSize: n * 2 },
        'flipped leaf bit': { ...base, leafHash: flipped(d[m]!, m % 256) },
        'flipped root bit': { ...base, root: flipped(root, 255 - (m % 256)) },
        'extended proof': { ...base, proof: [...proof, root] },
      };
      if (proof.length > 0) {
        variants['truncated proof'] = { ...base, proof: proof.slice(0, -1) };
        variants['flipped proof bit'] = {
          ...base,
          proof: proof.map((p, i) => (i === m % proof.length ? flipped(p, 7) : p)),
        };
      }
      for (const [name, input] of Object.entries(variants))
        if (await verifyInclusion(input)) refusals.push(`${m}: ${name} accepted`);
    }
    expect(refusals).toEqual([]);
  });

  it.each([5, 8, 13, 31, 64, 70])('consistency with a tree of %i leaves', async (n) => {
    const d = await leaves(n, 2000 + n);
    const root2 = await merkleRoot(d);
    const accepted: string[] = [];
    for (const m of probes(n, 1, n - 1)) {
      const proof = await consistencyProof(d, m);
      const root1 = await merkleRoot(d.slice(0, m));
      const base = { size1: m, size2: n, root1, root2, proof };
      const variants: Record<string, Parameters<typeof verifyConsistency>[0]> = {
        'size1 + 1': { ...base, size1: m + 1 },
        'size2 doubled': { ...base, size2: n * 2 },
        'swapped roots': { ...base, root1: root2, root2: root1 },
        'flipped root1 bit': { ...base, root1: flipped(root1, m) },
        'flipped root2 bit': { ...base, root2: flipped(root2, m) },
        'truncated proof': { ...base, proof: proof.slice(0, -1) },
        'extended proof': { ...base, proof: [...proof, root2] },
        'flipped proof bit': { ...base, proof: proof.map((p, i) => (i === 0 ? flipped(p, 0) : p)) },
      };
      for (const [name, input] of Object.entries(variants))
        if (await verifyConsistency(input)) accepted.push(`${m}: ${name}`);
    }
    expect(accepted).toEqual([]);
  });
});

describe('malformed input resolves false, never throws', () => {
  const hostile = (): unknown[] => {
    const throwing = Object.defineProperty({}, 'proof', {
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const hash = new Uint8Array(32);
    const proxyHash = new Proxy(hash, {});
    return [
      undefined,
      null,
      42,
      'root',
      [],
      throwing,
      proxy,
      { leafIndex: 0, treeSize: 1, leafHash: proxyHash, proof: [], root: hash },
      { leafIndex: 0, treeSize: 1, leafHash: hash, proof: new Proxy([hash], { get: () => 1 }), root: hash },
      { leafIndex: 0, treeSize: 1, leafHash: Array.from(hash), proof: [], root: hash },
      { leafIndex: 0, treeSize: 1, leafHash: new Uint16Array(16), proof: [], root: new Uint16Array(16) },
      { leafIndex: 0, treeSize: 1, leafHash: new DataView(new ArrayBuffer(32)), proof: [], root: hash },
      { leafIndex: '0', treeSize: 1, leafHash: hash, proof: [], root: hash },
      { leafIndex: 0.5, treeSize: 1, leafHash: hash, proof: [], root: hash },
      { leafIndex: -1, treeSize: 1, leafHash: hash, proof: [], root: hash },
      { leafIndex: 0, treeSize: Number.POSITIVE_INFINITY, leafHash: hash, proof: [], root: hash },
      { leafIndex: 0, treeSize: 2 ** 53, leafHash: hash, proof: [], root: hash },
      { leafIndex: 0, treeSize: 1, leafHash: hash, proof: null, root: hash },
      { leafIndex: 0, treeSize: 2, leafHash: hash, proof: [null], root: hash },
      { leafIndex: 0, treeSize: 2, leafHash: hash, proof: Array(10_000).fill(hash), root: hash },
      { size1: 1, size2: 1, root1: proxyHash, root2: hash, proof: [] },
      { size1: 1, size2: 2, root1: hash, root2: hash, proof: 'x' },
      { size1: 2 ** 53, size2: 2 ** 53 + 2, root1: hash, root2: hash, proof: [hash] },
    ];
  };

  it.each(hostile().map((input, i) => [i, input] as const))('input %i', async (_i, input) => {
    await expect(verifyInclusion(input as Parameters<typeof verifyInclusion>[0])).resolves.toBe(false);
    await expect(verifyConsistency(input as Parameters<typeof verifyConsistency>[0])).resolves.toBe(false);
  });

  it('a proof that is valid stays valid when passed as a copy of the same bytes', async () => {
    const hash = await merkleLeafHash(new Uint8Array([1, 2, 3]));
    await expect(
      verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: new Uint8Array(hash), proof: [], root: hash }),
    ).resolves.toBe(true);
  });
});

describe('the producers refuse misuse', () => {
  it.each([
    ['an index past the end', () => inclusionProof([new Uint8Array(32)], 1), 'out_of_range', ['index']],
    ['a fractional index', () => inclusionProof([new Uint8Array(32)], 0.5), 'out_of_range', ['index']],
    ['size1 of 0', () => consistencyProof([new Uint8Array(32)], 0), 'out_of_range', ['size1']],
    ['size1 past the end', () => consistencyProof([new Uint8Array(32)], 2), 'out_of_range', ['size1']],
    ['a short leaf hash', () => merkleRoot([new Uint8Array(31)]), 'invalid_argument', ['leafHashes', 0]],
    ['not an array', () => merkleRoot('x' as never), 'invalid_argument', ['leafHashes']],
  ])('%s', async (_name, run, code, path) => {
    await expect(run()).rejects.toThrowError(expect.objectContaining({ code, path }));
  });

  it('hashes the empty leaf and the empty tree as RFC 9162 says', async () => {
    expect({
      emptyTree: toHex(await merkleRoot([])),
      emptyLeaf: toHex(await merkleLeafHash(new Uint8Array())),
    }).toEqual({
      // SHA-256 of the empty string, and SHA-256(0x00).
      emptyTree: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      emptyLeaf: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    });
  });
});
