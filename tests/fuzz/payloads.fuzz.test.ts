// Request payloads, across every area: what a backend receives is the output of `JSON.parse` on a
// body someone else wrote. Every schema of `tiantian-support/schemas` and every function that takes an
// untrusted payload must answer such a value in the documented shape (zod's `safeParse` shape), never
// throw, never let a `__proto__` key reach a prototype, and never hand back a value that no longer
// fits its own schema.
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { validateEmailRequest } from '../../src/channels/index.js';
import {
  checkEvidence,
  createTimeline,
  parseEvidenceFileName,
  readImageSize,
  safeFormatEvidenceFileName,
} from '../../src/evidence/index.js';
import * as schemas from '../../src/schemas/index.js';
import { composeStarMessage, safeRenderScript } from '../../src/scripts/index.js';
import { guidePolicy, safeResponseDeadline, safeSlaStatus } from '../../src/sla/index.js';
import { safeDetectHandoff } from '../../src/channels/index.js';
import { safeResolveFaq } from '../../src/faq/index.js';
import { safeBuildReport, safePredictRisks } from '../../src/insights/index.js';
import { parseYuan } from '../../src/money/index.js';
import { safeTriage } from '../../src/triage/index.js';
import {
  safeBestCombination,
  safeDiagnoseCoupon,
  safeEstimateImportTax,
  safePriceOrder,
  safeProposeCompensation,
} from '../../src/money/index.js';
import { createCaseLog, parseCaseLog, parseCheckpoint, safeAppendCaseEvent } from '../../src/cases/index.js';
import * as everything from '../../src/index.js';

interface SafeParser {
  safeParse(value: unknown): unknown;
}

const SCHEMAS = (Object.entries(schemas) as [string, unknown][])
  .filter((entry): entry is [string, SafeParser] => {
    const value = entry[1];
    return typeof value === 'object' && value !== null && 'safeParse' in value;
  })
  .sort(([a], [b]) => a.localeCompare(b));

const NOW = new Date('2026-11-24T10:00:00+08:00');
const CHAT_POLICY = guidePolicy('online-chat');

/** The untrusted entry points that answer in safeParse shape, each given one payload. */
const SAFE_FUNCTIONS: ReadonlyArray<readonly [string, (payload: unknown) => unknown]> = [
  ['validateEmailRequest', (payload) => validateEmailRequest(payload)],
  ['safeResponseDeadline', (payload) => safeResponseDeadline(payload)],
  ['safeSlaStatus', (payload) => safeSlaStatus(CHAT_POLICY, payload, NOW)],
  ['safeFormatEvidenceFileName', (payload) => safeFormatEvidenceFileName(payload)],
  ['safeRenderScript (vars)', (payload) => safeRenderScript('progress-inquiry', payload)],
  ['safeRenderScript (id)', (payload) => safeRenderScript(payload)],
  ['createTimeline', (payload) => createTimeline(payload as never)],
  [
    'checkEvidence (files)',
    (payload) =>
      checkEvidence(payload as never, { issueType: 'quality-dispute', orderId: '1550672064762308113' }),
  ],
  ['checkEvidence (options)', (payload) => checkEvidence([], payload as never)],
  // The one call per job a bot makes with a field of a JSON body (getting-started, reliability guide).
  ['safeTriage', (payload) => safeTriage(payload, { now: NOW })],
  ['safeTriage (options)', (payload) => safeTriage('发货', payload as never)],
  ['safeResolveFaq', (payload) => safeResolveFaq(payload)],
  ['safeDetectHandoff', (payload) => safeDetectHandoff(payload)],
  ['safePredictRisks', (payload) => safePredictRisks(payload, { now: NOW })],
  ['safePredictRisks (options)', (payload) => safePredictRisks({ paidAt: NOW }, payload as never)],
  ['safeBuildReport (options)', (payload) => safeBuildReport([], payload as never)],
  ['parseYuan', (payload) => parseYuan(payload as never)],
];

const STAR = {
  situation: '已签收电饭煲',
  task: '希望换一台新的',
  action: '已拍照并联系商家',
  result: '商家三天未回复',
};
const ORDER = '1550672064762308113';

/**
 * Every entry point that promises the safeParse shape, with the hostile value in each argument it
 * takes: a getter or a Proxy trap that throws must come back as an issue, never as an exception.
 */
const HOSTILE_TARGETS: ReadonlyArray<readonly [string, (value: unknown) => unknown]> = [
  ...SAFE_FUNCTIONS,
  [
    'validateEmailRequest (nested)',
    (v) => validateEmailRequest({ orderId: ORDER, description: v, contact: v }),
  ],
  ['composeStarMessage (parts)', (v) => composeStarMessage(v as never, { channel: 'online-chat' })],
  ['composeStarMessage (options)', (v) => composeStarMessage(STAR, v as never)],
  ['readImageSize', (v) => readImageSize(v as never)],
  ['parseEvidenceFileName (name)', (v) => parseEvidenceFileName(v as never)],
  ['parseEvidenceFileName (options)', (v) => parseEvidenceFileName(`${ORDER}+商品质量争议.jpg`, v as never)],
  [
    'safeFormatEvidenceFileName (options)',
    (v) =>
      safeFormatEvidenceFileName(
        { orderId: ORDER, issueType: 'quality-dispute', extension: 'jpg' },
        v as never,
      ),
  ],
  ['safeResponseDeadline (nested)', (v) => safeResponseDeadline({ channel: 'email', submittedAt: v })],
  ['safeSlaStatus (event)', (v) => safeSlaStatus(CHAT_POLICY, [v], NOW)],
  ['createTimeline (event)', (v) => createTimeline([v] as never)],
  [
    'checkEvidence (file)',
    (v) => checkEvidence([v] as never, { issueType: 'quality-dispute', orderId: ORDER }),
  ],
  ['safeRenderScript (options)', (v) => safeRenderScript('progress-inquiry', { orderId: ORDER }, v)],
  ['safeTriage (nested)', (v) => safeTriage('发货', { now: v } as never)],
  ['safeBuildReport (logs)', (v) => safeBuildReport([v] as never, { from: NOW, to: NOW })],
  ['safeBuildReport (options, nested)', (v) => safeBuildReport([], { from: v, to: NOW } as never)],
  ['safeResolveFaq (options)', (v) => safeResolveFaq('发货', v as never)],
  ['safePriceOrder (order)', (v) => safePriceOrder(v, [])],
  ['safePriceOrder (offers)', (v) => safePriceOrder({ lines: [] }, v)],
  ['safePriceOrder (offer)', (v) => safePriceOrder({ lines: [] }, [v])],
  ['safePriceOrder (options)', (v) => safePriceOrder({ lines: [] }, [], v)],
  ['safeBestCombination (order)', (v) => safeBestCombination(v, [])],
  ['safeBestCombination (offers)', (v) => safeBestCombination({ lines: [] }, v)],
  ['safeBestCombination (options)', (v) => safeBestCombination({ lines: [] }, [], v)],
  ['safeDiagnoseCoupon (order)', (v) => safeDiagnoseCoupon(v, { id: 'c', kind: 'coupon' })],
  ['safeDiagnoseCoupon (coupon)', (v) => safeDiagnoseCoupon({ lines: [] }, v)],
  ['safeDiagnoseCoupon (options)', (v) => safeDiagnoseCoupon({ lines: [] }, { id: 'c' }, v)],
  ['safeEstimateImportTax', (v) => safeEstimateImportTax(v)],
  ['safeEstimateImportTax (line)', (v) => safeEstimateImportTax({ regime: 'cbec', lines: [v] })],
  ['safeProposeCompensation', (v) => safeProposeCompensation(v)],
  ['parseCaseLog', (v) => parseCaseLog(v)],
  ['parseCaseLog (entry)', (v) => parseCaseLog({ format: 'tiantian-support/case-log@1', entries: [v] })],
  ['parseCheckpoint', (v) => parseCheckpoint(v)],
];

/** The untrusted entry points that answer with a promise of the safeParse shape. */
const ASYNC_HOSTILE_TARGETS: ReadonlyArray<readonly [string, (value: unknown) => Promise<unknown>]> = [
  ['safeAppendCaseEvent (event)', (v) => safeAppendCaseEvent(createCaseLog(), v)],
  [
    'safeAppendCaseEvent (log)',
    (v) => safeAppendCaseEvent(v as never, { type: 'status', at: NOW, to: 'open' }),
  ],
];

/**
 * Each `safe*` function of the package must be in a list above, so a new one cannot be left out of
 * the hostile-object fuzzing. (Matched by the name before " (".)
 */
const SAFE_EXPORTS = Object.entries(everything)
  .filter(([name, value]) => typeof value === 'function' && /^safe[A-Z]/.test(name))
  .map(([name]) => name)
  .sort();

const boom = (): never => {
  throw new Error('hostile');
};

/** Objects whose reading runs code that throws: getters, Proxy traps, revoked Proxies, fake Dates. */
const hostileObject: fc.Arbitrary<{ value: unknown }> = fc
  .tuple(
    fc.constantFrom('getter', 'proxy', 'revoked', 'array-getter', 'fake-date', 'proxy-date', 'nested'),
    fc.constantFrom(
      'channel',
      'submittedAt',
      'orderId',
      'issueType',
      'files',
      'situation',
      'locale',
      'length',
      '0',
      'name',
      'then',
    ),
  )
  .map(([kind, key]) => {
    const make = (): unknown => {
      switch (kind) {
        case 'getter':
          return Object.defineProperty({}, key, { get: boom, enumerable: true });
        case 'proxy':
          return new Proxy(
            {},
            { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
          );
        case 'revoked': {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          return proxy;
        }
        case 'array-getter':
          return Object.defineProperty([1, 2], key === 'length' ? '0' : key, { get: boom, enumerable: true });
        case 'fake-date':
          return Object.create(Date.prototype);
        case 'proxy-date':
          return new Proxy(new Date(), {});
        default:
          return { [key]: new Proxy({}, { get: boom, getPrototypeOf: boom, ownKeys: boom }) };
      }
    };
    return { value: make() };
  });

/** Bodies an attacker or a broken client sends, as text, parsed the way a server parses them. */
const HOSTILE_BODIES = [
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":{"polluted":true}}]',
  '{"channel":{"__proto__":{"polluted":true}},"submittedAt":{"toString":1,"valueOf":2}}',
  '{"id":"greeting","vars":{"__proto__":"x","toString":"y","hasOwnProperty":"z"}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `${'{"a":'.repeat(2000)}null${'}'.repeat(2000)}`,
  `[${'0,'.repeat(100_000)}0]`,
  `"${'x'.repeat(1_000_000)}"`,
  `{"${'k'.repeat(100_000)}":"${'v'.repeat(100_000)}"}`,
  '{"submittedAt":"2026-09-30T20:30:00+08:00","channel":"online-chat","submittedAt":"nope"}',
  '{"orderId":1e400,"issueType":"quality-dispute","extension":"jpg"}',
  '{"orderId":"\\u0000\\ud800","issueType":"\\ud83d","extension":"\\u202ejpg"}',
  '{"events":[{"type":"submitted","at":-1e308},{"type":"paused","at":8.64e15}]}',
  '"2026-09-30T20:30:00+08:00"',
  '-0',
  'null',
  'true',
];

/** fc's JSON values plus the text of hostile bodies, all passed through JSON.parse. */
const payload = fc.oneof(
  fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  // Parsed once: the large bodies cost more to parse than to validate.
  fc.constantFrom(...HOSTILE_BODIES.map((body) => JSON.parse(body) as unknown)),
  fc
    .dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then', 'length'),
      fc.jsonValue(),
    )
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown),
);

function expectSafeShape(result: unknown, where: string): void {
  expect(typeof result, where).toBe('object');
  const r = result as { success?: unknown; data?: unknown; error?: { issues?: unknown } };
  expect(typeof r.success, where).toBe('boolean');
  if (r.success === true) {
    expect('data' in r, where).toBe(true);
    return;
  }
  const issues = r.error?.issues;
  expect(Array.isArray(issues), where).toBe(true);
  expect((issues as unknown[]).length, where).toBeGreaterThan(0);
  // Checked in plain code, then asserted once: a body of 100,000 bad elements has as many issues,
  // and half a million `expect` calls would take longer than the test may.
  const malformed = (issues as { code?: unknown; message?: unknown; path?: unknown }[]).filter(
    (issue) =>
      typeof issue.code !== 'string' ||
      typeof issue.message !== 'string' ||
      issue.message.length === 0 ||
      !Array.isArray(issue.path),
  );
  expect(malformed.slice(0, 3), where).toEqual([]);
}

afterEach(() => {
  // A pollution would show on every object of the test realm.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
});

// Generous: a 100,001-element body gives 100,001 issues, and CI shares two cores.
describe('request payloads (fuzz)', { timeout: 30_000 }, () => {
  it('the library has schemas and untrusted entry points to fuzz', () => {
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(26);
    expect(HOSTILE_BODIES.every((body) => JSON.parse(body) !== undefined)).toBe(true);
  });

  it.each(SCHEMAS)('%s.safeParse answers every parsed JSON body in safeParse shape', (name, schema) => {
    fc.assert(
      fc.property(payload, (value) => {
        const result = schema.safeParse(value);
        expectSafeShape(result, name);
        const { success, data } = result as { success: boolean; data?: unknown };
        // What a schema gives back, it accepts again: no half-parsed value.
        if (success) expect((schema.safeParse(data) as { success: boolean }).success, name).toBe(true);
      }),
    );
  });

  it.each(SCHEMAS)('%s.safeParse answers each hostile body, and no prototype changes', (name, schema) => {
    for (const body of HOSTILE_BODIES)
      expectSafeShape(schema.safeParse(JSON.parse(body)), `${name} ${body.slice(0, 40)}`);
  });

  it.each(SAFE_FUNCTIONS)('%s answers every parsed JSON body in safeParse shape', (name, call) => {
    fc.assert(
      fc.property(payload, (value) => {
        expectSafeShape(call(value), name);
      }),
      { numRuns: 100 },
    );
  });

  it.each(SAFE_FUNCTIONS)('%s answers each hostile body', (name, call) => {
    for (const body of HOSTILE_BODIES)
      expectSafeShape(call(JSON.parse(body)), `${name} ${body.slice(0, 40)}`);
  });

  it.each(HOSTILE_TARGETS)('%s survives throwing getters and Proxies', (name, call) => {
    fc.assert(
      fc.property(hostileObject, ({ value }) => {
        expectSafeShape(call(value), name);
      }),
      { numRuns: 60 },
    );
  });

  it('every safe* export of the package is fuzzed with hostile objects', () => {
    const fuzzed = new Set(
      [...HOSTILE_TARGETS, ...ASYNC_HOSTILE_TARGETS].map(([name]) => name.replace(/ \(.*$/, '')),
    );
    expect(SAFE_EXPORTS.filter((name) => !fuzzed.has(name))).toEqual([]);
  });

  it.each(ASYNC_HOSTILE_TARGETS)('%s survives throwing getters and Proxies', async (name, call) => {
    await fc.assert(
      fc.asyncProperty(hostileObject, async ({ value }) => {
        expectSafeShape(await call(value), name);
      }),
      { numRuns: 30 },
    );
  });

  it('an object that only pretends to be a Date is refused, not thrown on', () => {
    const fake = Object.create(Date.prototype) as Date;
    const deadline = safeResponseDeadline({ channel: 'online-chat', submittedAt: fake });
    expect(deadline.success).toBe(false);
    expect(deadline.success ? [] : deadline.error.issues.map((issue) => issue.path)).toContainEqual([
      'submittedAt',
    ]);
    const timeline = createTimeline([{ at: fake, what: '收到商品,外壳破损' }]);
    expect(timeline.success).toBe(false);
    expect(schemas.InstantSchema.safeParse(fake).success).toBe(false);
    expect(schemas.InstantSchema.safeParse(new Date('2026-09-30T12:30:00Z')).success).toBe(true);
  });
});
