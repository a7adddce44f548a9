import { describe, expect, it } from 'vitest';
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
import { assertDate, describeValue } from '../../src/shared/assert.js';
import { chatRecordRetention, responseDeadline } from '../../src/sla/index.js';
import { triage } from '../../src/triage/index.js';
import { errorOf } from '../helpers/error-of.js';

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

describe('describeValue', () => {
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
    expect(errorOf(() => assertDate(value, 'at'))).toEqual({
      code: 'invalid_date',
      message: expect.stringMatching(/^at must be a valid Date, got /),
      path: ['at'],
    });
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
    expect(errorOf(() => call(value))).toEqual({
      code: 'invalid_date',
      message: expect.any(String),
      path: [path],
    });
  });
});
