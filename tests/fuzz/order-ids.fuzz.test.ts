// Unsafe integers as order and case numbers (issue 13, defect 2): a JavaScript number beyond 2^53 has
// already lost digits (1550672064762308113 reads back …308000), so wherever an order or case number
// is taken, such a number is refused, never written with its lost digits.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaseLog, safeAppendCaseEvent } from '../../src/cases/index.js';
import { validateEmailRequest } from '../../src/channels/index.js';
import { checkEvidence, safeFormatEvidenceFileName } from '../../src/evidence/index.js';
import { composeStarMessage, getScript, SCRIPT_IDS, safeRenderScript } from '../../src/scripts/index.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { safeTriage, triage } from '../../src/triage/index.js';

/** Numbers an order or case number can never safely be: beyond 2^53 (either sign), and ±Infinity. */
const unsafeInteger: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 2 ** 53 + 2, max: 1e300, noNaN: true }),
  fc.double({ min: -1e300, max: -(2 ** 53 + 2), noNaN: true }),
  fc.bigInt({ min: 2n ** 53n + 1n, max: 10n ** 30n }).map(Number),
  fc.constantFrom(Number(1550672064762308113n), 2 ** 53 + 2, Number.MAX_VALUE, Infinity, -Infinity),
);

const NOW = new Date('2026-09-30T12:00:00+08:00');
const STAR = {
  situation: '已签收电饭煲',
  task: '希望换一台新的',
  action: '已拍照并联系商家',
  result: '商家三天未回复',
};

/** Every script variable that holds an order or a case number, with values for the others. */
const ID_VARIABLES = SCRIPT_IDS.flatMap((id) =>
  getScript(id)
    .variables.filter((name) => name === 'orderId' || name === 'caseId')
    .map((name) => [id, name] as const),
);
const OTHER_VALUES: Record<string, unknown> = {
  items: ['订单截图'],
  complexity: 'standard',
  window: 60,
  orderId: '1550672064762308113',
  caseId: '2026093000001',
};

const failed = (result: { success: boolean }) => result.success === false;

describe('unsafe integers where an order or case number is taken (fuzz)', () => {
  it('the scripts have order and case number variables to fuzz', () => {
    expect(ID_VARIABLES.map(([, name]) => name)).toEqual(expect.arrayContaining(['orderId', 'caseId']));
  });

  it.each(ID_VARIABLES)('safeRenderScript(%s) refuses %s as an unsafe integer', (id, name) => {
    fc.assert(
      fc.property(unsafeInteger, (value) => {
        const vars = Object.fromEntries(
          getScript(id).variables.map((v) => [v, v === name ? value : (OTHER_VALUES[v] ?? 'x')]),
        );
        const result = safeRenderScript(id, vars);
        expect(result.success ? [] : result.error.issues.map((i) => i.code)).toContain('invalid_variable');
      }),
      { numRuns: 50 },
    );
  });

  it('every other entry point that takes an order number refuses one', async () => {
    await fc.assert(
      fc.asyncProperty(unsafeInteger, async (orderId) => {
        expect(
          failed(safeFormatEvidenceFileName({ orderId, issueType: 'quality-dispute', extension: 'jpg' })),
        ).toBe(true);
        expect(
          failed(validateEmailRequest({ orderId, description: '商品破损', contact: '13800138000' })),
        ).toBe(true);
        expect(
          failed(composeStarMessage(STAR, { channel: 'email', orderId, contact: '13800138000' } as never)),
        ).toBe(true);
        expect(failed(checkEvidence([], { issueType: 'quality-dispute', orderId } as never))).toBe(true);
        expect(failed(safeTriage('质量问题', { now: NOW, orderId } as never))).toBe(true);
        let thrown: unknown;
        try {
          triage('质量问题', { now: NOW, orderId } as never);
        } catch (error) {
          thrown = error;
        }
        expect(isTiantianError(thrown, 'invalid_argument')).toBe(true);
        const opened = await safeAppendCaseEvent(createCaseLog(), {
          type: 'opened',
          at: NOW,
          issueType: 'quality-dispute',
          channel: 'email',
          orderId,
        });
        expect(failed(opened)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
