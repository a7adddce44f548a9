import { describe, expectTypeOf, it } from 'vitest';
import {
  checkEvidence,
  createTimeline,
  type EvidenceFileName,
  type EvidenceItem,
  type EvidenceItemId,
  type EvidenceReport,
  formatEvidenceFileName,
  getEvidenceChecklist,
  type ImageFormat,
  type ImageSize,
  parseEvidenceFileName,
  readImageSize,
  renderTimeline,
  type Timeline,
} from '../../src/evidence/index.js';
import type { SafeResult } from '../../src/shared/result.js';

describe('evidence types', () => {
  it('file names take an order number as a string only', () => {
    expectTypeOf(formatEvidenceFileName).parameter(0).toEqualTypeOf<EvidenceFileName>();
    expectTypeOf(formatEvidenceFileName).returns.toBeString();
    expectTypeOf<EvidenceFileName['orderId']>().toBeString();
    const asNumber = Number('1550672064762308113');
    formatEvidenceFileName({
      // @ts-expect-error an order number is never a JavaScript number
      orderId: asNumber,
      issueType: 'quality-dispute',
      extension: 'jpg',
    });
    // @ts-expect-error an unknown issue type
    formatEvidenceFileName({ orderId: '1550672064762308113', issueType: 'weather', extension: 'jpg' });
    expectTypeOf(parseEvidenceFileName).returns.toEqualTypeOf<SafeResult<EvidenceFileName>>();
  });

  it('readImageSize returns a SafeResult of a known format', () => {
    expectTypeOf(readImageSize).returns.toEqualTypeOf<SafeResult<ImageSize>>();
    expectTypeOf<ImageSize['format']>().toEqualTypeOf<ImageFormat>();
    expectTypeOf<'tiff'>().not.toMatchTypeOf<ImageFormat>();
  });

  it('checklists are typed items', () => {
    expectTypeOf(getEvidenceChecklist).returns.toEqualTypeOf<readonly EvidenceItem[]>();
    expectTypeOf<EvidenceItem['id']>().toEqualTypeOf<EvidenceItemId>();
    expectTypeOf<'order-screenshot'>().toMatchTypeOf<EvidenceItemId>();
    // @ts-expect-error only an IssueType
    getEvidenceChecklist('weather');
  });

  it('checkEvidence and the timeline return SafeResults', () => {
    expectTypeOf(checkEvidence).returns.toEqualTypeOf<SafeResult<EvidenceReport>>();
    expectTypeOf(createTimeline).returns.toEqualTypeOf<SafeResult<Timeline>>();
    expectTypeOf(renderTimeline).returns.toBeString();
    // @ts-expect-error the format is one of three
    renderTimeline({ events: [] }, { format: 'html' });
  });
});
