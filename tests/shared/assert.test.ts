import { describe, expect, it } from 'vitest';
import {
  assertChannelId,
  assertDate,
  assertIssueType,
  assertLocale,
  describeValue,
} from '../../src/shared/assert.js';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  formatZonedDateTime,
  getDayInfo,
  isOpen,
  isWorkday,
  nextClosing,
  nextOpening,
} from '../../src/calendar/index.js';
import { getChannel } from '../../src/channels/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { chatRecordRetention, responseDeadline } from '../../src/sla/index.js';
import { triage } from '../../src/triage/index.js';

describe('describeValue', () => {
  it.each([
    ['fax', '"fax"'],
    ['', '""'],
    [null, 'null'],
    [[1, 2], 'an array'],
    [{ a: 1 }, 'an object'],
    [42, 'number 42'],
    [undefined, 'undefined'],
    [true, 'boolean true'],
    [new Date('2026-09-30T20:30:00+08:00'), '2026-09-30T12:30:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
    [() => 'source text', 'a function'],
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

const HOURS = getChannel('social-media').hours;

/** Values that are not real Dates, however they look: each must give the coded `invalid_date`. */
const fakeDates = (): [string, { value: unknown }][] =>
  (
    [
      ['Object.create(Date.prototype)', Object.create(Date.prototype)],
      ['a Proxy of a Date', new Proxy(new Date('2026-09-30T12:00:00Z'), {})],
      [
        'a Proxy whose traps throw',
        new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new Error('trap');
            },
            get() {
              throw new Error('trap');
            },
          },
        ),
      ],
      [
        'an object with a throwing getter',
        Object.defineProperty({}, 'getTime', {
          get() {
            throw new Error('getter');
          },
        }),
      ],
    ] as [string, unknown][]
  ).map(([name, value]) => [name, { value }]);

describe('describeValue of undefined, numbers and objects', () => {
  it.each([
    [undefined, 'undefined'],
    [42, 'number 42'],
    [{ toString: () => 'x' }, 'an object'],
  ])('describes %s without repeating itself', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('never throws, even for a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(describeValue(hostile)).toBe('an object');
  });
});

describe('assertDate', () => {
  it.each(fakeDates())('refuses %s with the coded invalid_date', (_name, { value }) => {
    expect(() => assertDate(value, 'at')).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: expect.stringMatching(/^at must be a valid Date, got /),
        path: ['at'],
      }),
    );
  });

  it('keeps the Date it was given', () => {
    const at = new Date('2026-09-30T12:00:00Z');
    expect(assertDate(at, 'at')).toBe(at);
  });
});

describe('every function that takes an instant refuses a fake Date with a code, not a TypeError', () => {
  const calls: [string, (value: unknown) => unknown, string][] = [
    ['isWorkday', (v) => isWorkday(v as Date), 'date'],
    ['getDayInfo', (v) => getDayInfo(v as Date), 'date'],
    ['isOpen', (v) => isOpen(v as Date, HOURS), 'at'],
    ['nextOpening', (v) => nextOpening(v as Date, HOURS), 'at'],
    ['nextClosing', (v) => nextClosing(v as Date, HOURS), 'at'],
    ['addBusinessMinutes', (v) => addBusinessMinutes(v as Date, 5, HOURS), 'start'],
    ['businessMinutesBetween', (v) => businessMinutesBetween(v as Date, new Date(), HOURS), 'start'],
    ['formatZonedDateTime', (v) => formatZonedDateTime(v as Date), 'date'],
    ['chatRecordRetention', (v) => chatRecordRetention(v as Date), 'recordedAt'],
    [
      'responseDeadline',
      (v) => responseDeadline({ channel: 'email', submittedAt: v as Date }),
      'submittedAt',
    ],
    ['triage({ now })', (v) => triage('付款失败了', { now: v as Date }), 'now'],
  ];
  const cases = calls.flatMap(([name, call, path]) =>
    fakeDates().map(([kind, { value }]) => [name, kind, call, path, { value }] as const),
  );
  it.each(cases)('%s refuses %s', (_name, _kind, call, path, { value }) => {
    expect(() => call(value)).toThrowError(expect.objectContaining({ code: 'invalid_date', path: [path] }));
  });
});
