import { describe, expect, it } from 'vitest';
import {
  assertChannelId,
  assertDate,
  assertIssueType,
  assertLocale,
  describeValue,
} from '../../src/shared/assert.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';

describe('describeValue', () => {
  it.each([
    ['fax', '"fax"'],
    ['', '""'],
    [null, 'null'],
    [[1, 2], 'an array'],
    [{ a: 1 }, 'an object'],
    [42, 'number 42'],
    [undefined, 'undefined undefined'],
    [true, 'boolean true'],
    [new Date('2026-09-30T20:30:00+08:00'), '2026-09-30T12:30:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
  ])('renders %o as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('cuts a string longer than 40 characters to 40 and an ellipsis', () => {
    const forty = 'a'.repeat(40);
    expect([forty, 'a'.repeat(39), `${forty}bc`, `${forty}b`].map((value) => describeValue(value))).toEqual([
      `"${forty}"`,
      `"${'a'.repeat(39)}"`,
      `"${forty}…"`,
      `"${forty}…"`,
    ]);
  });
});

describe('the asserts', () => {
  it('assertDate returns a valid Date and refuses others with the name as path', () => {
    const at = new Date('2026-09-30T20:30:00+08:00');
    expect(assertDate(at, 'at')).toBe(at);
    expect(() => assertDate('2026-09-30', 'submittedAt')).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'submittedAt must be a valid Date, got "2026-09-30"',
        path: ['submittedAt'],
      }),
    );
    expect(() => assertDate(new Date(Number.NaN), 'at')).toThrowError(
      expect.objectContaining({ code: 'invalid_date', message: 'at must be a valid Date, got Invalid Date' }),
    );
  });

  it('assertChannelId returns a known id and refuses others', () => {
    expect(assertChannelId('hotline')).toBe('hotline');
    expect(() => assertChannelId('fax')).toThrowError(
      expect.objectContaining({
        code: 'unknown_channel',
        message: 'Unknown channel "fax"; expected one of online-chat, hotline, email, social-media',
      }),
    );
  });

  it('assertIssueType returns a known type and refuses others', () => {
    expect(assertIssueType('feedback')).toBe('feedback');
    expect(() => assertIssueType('weather')).toThrowError(
      expect.objectContaining({
        code: 'unknown_issue_type',
        message: `Unknown issue type "weather"; expected one of ${ISSUE_TYPES.join(', ')}`,
      }),
    );
  });

  it('assertLocale returns a known locale and refuses others with path locale', () => {
    expect(assertLocale('es')).toBe('es');
    expect(() => assertLocale('fr')).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'Unknown locale "fr"; expected one of zh-CN, en, es',
        path: ['locale'],
      }),
    );
  });
});
