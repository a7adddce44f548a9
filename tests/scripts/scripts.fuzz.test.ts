import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeStarMessage, SCRIPT_IDS, safeRenderScript } from '../../src/scripts/index.js';

const anything = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string()),
  fc.constantFrom(null, undefined, Number.NaN, Symbol('s'), () => 1, 10n, new Date('nope')),
);
const id = fc.oneof(
  fc.constantFrom(...SCRIPT_IDS, 'toString', '__proto__', 'constructor', ''),
  fc.string(),
  anything,
);
const varsFor = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'amount',
      'agentName',
      'orderId',
      'items',
      'complexity',
      'promised',
      'deadline',
      'caseId',
      'window',
      'surveyUrl',
      '__proto__',
      'constructor',
    ),
    anything,
  ),
  anything,
);
const options = fc.oneof(
  fc.record(
    {
      locale: fc.constantFrom('zh-CN', 'en', 'es', 'fr', undefined, 3),
      format: fc.constantFrom('text', 'html', 'pdf', undefined),
    },
    { requiredKeys: [] },
  ),
  anything,
);

const isSafeResult = (result: unknown) => {
  const r = result as {
    success: boolean;
    data?: unknown;
    error?: { issues: { code: string; message: string; path: unknown[] }[] };
  };
  if (r.success) return typeof r.data === 'string';
  return (
    Array.isArray(r.error?.issues) &&
    r.error.issues.length > 0 &&
    r.error.issues.every(
      (i) => typeof i.code === 'string' && typeof i.message === 'string' && Array.isArray(i.path),
    )
  );
};

describe('safeRenderScript never throws', () => {
  it('random ids, variables and options', () => {
    fc.assert(
      fc.property(id, varsFor, options, (i, v, o) => {
        expect(isSafeResult(safeRenderScript(i, v, o))).toBe(true);
      }),
    );
  });

  it('a hostile Proxy as vars', () => {
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    const result = safeRenderScript('propose-compensation', trap);
    expect(result.success).toBe(false);
  });
});

describe('composeStarMessage never throws', () => {
  const part = fc.oneof(
    fc.string(),
    fc.constantFrom('n/a', '无', '...', '   ', '已申请退货但商家拒收'),
    anything,
  );
  it('random parts and options', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ situation: part, task: part, action: part, result: part }, { requiredKeys: [] }),
          anything,
        ),
        fc.oneof(
          fc.record(
            {
              channel: fc.constantFrom('email', 'online-chat', 'hotline', 'social-media', 'fax'),
              locale: fc.constantFrom('zh-CN', 'en', 'es', 'de'),
              orderId: fc.oneof(fc.stringMatching(/^\d{6,20}$/), fc.string()),
              contact: fc.oneof(fc.constant('13800138000'), fc.string()),
              format: fc.constantFrom('text', 'markdown', 'rtf'),
            },
            { requiredKeys: [] },
          ),
          anything,
        ),
        (parts, opts) => {
          expect(isSafeResult(composeStarMessage(parts as never, opts as never))).toBe(true);
        },
      ),
    );
  });
});

describe('numbers that cannot be written exactly (fuzz)', () => {
  const extreme = fc.oneof(
    fc.double({ min: 2 ** 53, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: -Number.MAX_VALUE, max: -(2 ** 53), noNaN: true }),
    fc.constantFrom(
      1e308,
      Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
      -0,
      2 ** 53 + 2,
      Number('1550672064762308113'),
    ),
    fc.integer().map((n) => n * 2 ** 40),
  );
  const numeric: ReadonlyArray<readonly [string, (n: number) => Record<string, unknown>]> = [
    ['propose-compensation', (n) => ({ amount: n })],
    ['request-evidence', (n) => ({ orderId: n, items: ['订单截图'] })],
    ['escalate-to-platform', (n) => ({ caseId: n, window: n })],
    ['email-acknowledgement', (n) => ({ orderId: n, complexity: 'standard' })],
  ];

  it.each(numeric)('%s: refused, or written without ∞, NaN, -0 or lost digits', (script, vars) => {
    fc.assert(
      fc.property(extreme, fc.constantFrom('zh-CN', 'en', 'es'), (n, locale) => {
        const result = safeRenderScript(script, vars(n), { locale });
        const text = result.success ? result.data : '';
        expect(text).not.toMatch(/∞|NaN|-0(?![\d.,])|−0(?![\d.,])|-¥0|within -/);
        // An integer beyond 2^53 is never a success: its digits are not the ones typed.
        expect(result.success && Math.abs(n) > Number.MAX_SAFE_INTEGER).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
