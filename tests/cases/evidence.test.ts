import { describe, expect, it } from 'vitest';
import { evidenceCheckedEvent, evidenceEvent, hashEvidenceBytes } from '../../src/cases/evidence.js';
import { checkEvidence } from '../../src/evidence/check.js';
import { appendCaseEvent } from '../../src/cases/log.js';
import { bj, logOf, SAMPLE_EVENTS } from './sample-log.js';

describe('evidence in a case', () => {
  it('hashes file bytes with SHA-256', async () => {
    // FIPS 180-2 test vector: SHA-256("abc").
    await expect(hashEvidenceBytes(new TextEncoder().encode('abc'))).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('makes an evidence event that the log accepts', async () => {
    const event = await evidenceEvent(
      { name: '1550672064762308113+商品质量争议.jpg', bytes: new Uint8Array([1]) },
      bj('2026-09-30 20:40'),
    );
    const log = await appendCaseEvent(await logOf(SAMPLE_EVENTS.slice(0, 2)), event);
    expect(log.entries[2]!.event).toEqual({
      type: 'evidence',
      at: bj('2026-09-30 20:40'),
      fileName: '1550672064762308113+商品质量争议.jpg',
      sha256: '4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a',
    });
  });

  it('records what checkEvidence found', async () => {
    const report = checkEvidence([{ name: '订单截图.png', width: 1080, height: 1920 }], {
      issueType: 'logistics-delay',
      orderId: '1550672064762308113',
    });
    if (!report.success) throw new Error('checkEvidence failed');
    const event = evidenceCheckedEvent(report.data, bj('2026-09-30 20:45'));
    const log = await appendCaseEvent(await logOf(SAMPLE_EVENTS.slice(0, 2)), event);
    expect(log.entries[2]!.event).toEqual({
      type: 'evidence-checked',
      at: bj('2026-09-30 20:45'),
      issueType: 'logistics-delay',
      orderId: '1550672064762308113',
      complete: report.data.complete,
      satisfied: report.data.satisfied.map((s) => s.item),
      missing: report.data.missing.map((m) => m.item),
    });
  });
});
