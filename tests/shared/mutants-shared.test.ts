// Exact-value tests written against the mutants that survived tests/shared (reports/areas/shared.json).
import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../src/sla/schemas.js';
import {
  assertChannelId,
  assertDate,
  assertIssueType,
  assertLocale,
  describeValue,
} from '../../src/shared/assert.js';
import { dateSchema } from '../../src/shared/date-schema.js';
import { isTiantianError, TiantianError } from '../../src/shared/errors.js';
import { isChannelId } from '../../src/shared/channel-ids.js';
import { ISSUE_TYPES, isIssueType } from '../../src/shared/issue-types.js';
import { isLocale } from '../../src/shared/locale.js';
import { failWith } from '../../src/shared/result.js';
import { ISSUE_TYPE_OWNERS, serviceModuleFor } from '../../src/channels/data/service-modules.js';
import { errorOf } from '../helpers/error-of.js';

describe('describeValue', () => {
  it('renders each kind of value exactly', () => {
    expect(describeValue('fax')).toBe('"fax"');
    expect(describeValue('')).toBe('""');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1, 2])).toBe('an array');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(42)).toBe('number 42');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue(new Date('2026-09-30T20:30:00+08:00'))).toBe('2026-09-30T12:30:00.000Z');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('cuts a string longer than 40 characters to 40 and an ellipsis', () => {
    const forty = 'a'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    expect(describeValue('a'.repeat(39))).toBe(`"${'a'.repeat(39)}"`);
    expect(describeValue(`${forty}bc`)).toBe(`"${forty}…"`);
    expect(describeValue(`${forty}b`)).toBe(`"${forty}…"`);
  });
});

describe('the asserts', () => {
  it('assertDate returns a valid Date and refuses others with the name as path', () => {
    const at = new Date('2026-09-30T20:30:00+08:00');
    expect(assertDate(at, 'at')).toBe(at);
    const error = errorOf(() => assertDate('2026-09-30', 'submittedAt'));
    expect(error.code).toBe('invalid_date');
    expect(error.message).toBe('submittedAt must be a valid Date, got "2026-09-30"');
    expect(error.path).toEqual(['submittedAt']);
    expect(errorOf(() => assertDate(new Date(Number.NaN), 'at')).message).toBe(
      'at must be a valid Date, got Invalid Date',
    );
  });

  it('assertChannelId returns a known id and refuses others', () => {
    expect(assertChannelId('hotline')).toBe('hotline');
    const error = errorOf(() => assertChannelId('fax'));
    expect(error.code).toBe('unknown_channel');
    expect(error.message).toBe(
      'Unknown channel "fax"; expected one of online-chat, hotline, email, social-media',
    );
  });

  it('assertIssueType returns a known type and refuses others', () => {
    expect(assertIssueType('feedback')).toBe('feedback');
    const error = errorOf(() => assertIssueType('weather'));
    expect(error.code).toBe('unknown_issue_type');
    expect(error.message).toBe(`Unknown issue type "weather"; expected one of ${ISSUE_TYPES.join(', ')}`);
  });

  it('assertLocale returns a known locale and refuses others with path locale', () => {
    expect(assertLocale('es')).toBe('es');
    const error = errorOf(() => assertLocale('fr'));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('Unknown locale "fr"; expected one of zh-CN, en, es');
    expect(error.path).toEqual(['locale']);
  });
});

describe('TiantianError', () => {
  it('keeps the cause when given, and has none otherwise', () => {
    const cause = new Error('root');
    expect(new TiantianError('invalid_argument', 'm', { cause }).cause).toBe(cause);
    expect('cause' in new TiantianError('invalid_argument', 'm')).toBe(false);
    expect('cause' in new TiantianError('invalid_argument', 'm', { path: ['x'] })).toBe(false);
  });

  it('path defaults to the whole argument', () => {
    expect(new TiantianError('invalid_argument', 'm').path).toEqual([]);
    expect(new TiantianError('invalid_argument', 'm', {}).path).toEqual([]);
    expect(new TiantianError('invalid_argument', 'm', { path: ['a', 0] }).path).toEqual(['a', 0]);
  });

  it('isTiantianError without a code accepts every code', () => {
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'))).toBe(true);
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'), 'invalid_date')).toBe(true);
    expect(isTiantianError(new TiantianError('invalid_date', 'bad'), 'unknown_channel')).toBe(false);
    expect(isTiantianError(new Error('x'))).toBe(false);
  });
});

describe('the id guards', () => {
  it('accept only the exact strings, never a look-alike of another type', () => {
    expect([isChannelId('email'), isIssueType('feedback'), isLocale('en')]).toEqual([true, true, true]);
    for (const bad of [null, undefined, 5, ['email'], { toString: () => 'en' }, new String('en'), 'EN', '']) {
      expect([isChannelId(bad), isIssueType(bad), isLocale(bad)]).toEqual([false, false, false]);
    }
  });
});

describe('failWith', () => {
  it('path defaults to the whole input', () => {
    expect(failWith('invalid_format', 'Not an order number')).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_format', message: 'Not an order number', path: [] }] },
    });
  });
});

describe('serviceModuleFor', () => {
  it('gives the owning module and duty of every issue type', () => {
    for (const issueType of ISSUE_TYPES) {
      const owner = ISSUE_TYPE_OWNERS[issueType];
      const { module, duty, rationale } = serviceModuleFor(issueType);
      expect([module.id, duty.id, rationale]).toEqual([owner.module, owner.duty, owner.rationale]);
    }
  });
});

describe('dateSchema', () => {
  const schema = dateSchema('Expected a valid Date');

  it('accepts a real Date as is', () => {
    const at = new Date('2026-09-30T20:30:00+08:00');
    expect(schema.safeParse(at)).toEqual({ success: true, data: at });
    expect(InstantSchema.parse(at)).toEqual(at);
  });

  it('refuses an object made with Object.create(Date.prototype) instead of throwing', () => {
    const fake = Object.create(Date.prototype) as unknown;
    const result = schema.safeParse(fake);
    expect(result.success).toBe(false);
    // “refused like one”: the same issue as an Invalid Date.
    expect(result.error?.issues).toEqual([
      {
        expected: 'date',
        code: 'invalid_type',
        received: 'Invalid Date',
        path: [],
        message: 'Expected a valid Date',
      },
    ]);
    expect(result.error?.issues).toEqual(schema.safeParse(new Date(Number.NaN)).error?.issues);
    expect(InstantSchema.safeParse(fake).success).toBe(false);
  });

  it('reports a non-Date as itself, not as an Invalid Date', () => {
    for (const bad of ['x', 5, null, undefined, {}]) {
      expect(schema.safeParse(bad).error?.issues).toEqual([
        { expected: 'date', code: 'invalid_type', path: [], message: 'Expected a valid Date' },
      ]);
    }
  });

  it('refuses an Invalid Date and a non-Date with the given message', () => {
    for (const bad of [new Date(Number.NaN), 'x', 5, null]) {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Expected a valid Date');
    }
  });
});
