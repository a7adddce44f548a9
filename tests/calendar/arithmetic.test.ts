import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  isOpen,
  nextClosing,
  nextOpening,
} from '../../src/calendar/index.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { GUIDE_RESPONSE_TARGETS, SOCIAL_MEDIA_OPENING } from '../../src/channels/data/contact.js';

const at = (text: string): Date => new Date(text);
const socialMedia = defineBusinessHours({ intervals: [SOCIAL_MEDIA_OPENING] });
const TWO_HOURS = GUIDE_RESPONSE_TARGETS['social-media'].typical.minutes;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isTiantianError(error) ? error.code : `not a TiantianError: ${String(error)}`;
  }
  return undefined;
}

describe('the guide’s social-media promise on China’s calendar', () => {
  it('“工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复”: 120 open minutes of 09:00–21:00', () => {
    expect(TWO_HOURS).toBe(120);
    expect(socialMedia).toMatchObject({
      timeZone: 'Asia/Shanghai',
      alwaysOpen: false,
      intervals: [{ start: '09:00', end: '21:00' }],
    });
  });

  it('Friday 2025-09-26 20:30 before National Day: 30 minutes that evening, the rest on the make-up Sunday', () => {
    const due = addBusinessMinutes(at('2025-09-26T20:30:00+08:00'), TWO_HOURS, socialMedia);
    expect(due).toEqual(at('2025-09-28T10:30:00+08:00'));
    expect(businessMinutesBetween(at('2025-09-26T20:30:00+08:00'), due, socialMedia)).toBe(120);
  });

  it('2026-09-30 20:00: one hour that evening, then 10-01 to 10-07 off, due Thursday 10-08 10:00', () => {
    expect(addBusinessMinutes(at('2026-09-30T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-10-08T10:00:00+08:00'),
    );
  });

  it('a deadline that ends exactly at closing time ends at 21:00, not at the next opening', () => {
    const due = addBusinessMinutes(at('2025-09-26T19:00:00+08:00'), 120, socialMedia);
    expect(due).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(isOpen(due, socialMedia)).toBe(false);
    expect(isOpen(new Date(due.getTime() - 1), socialMedia)).toBe(true);
    expect(addBusinessMinutes(at('2025-09-26T19:00:00+08:00'), 120.001, socialMedia)).toEqual(
      at('2025-09-28T09:00:00.060+08:00'),
    );
  });

  it('Spring Festival 2025: Monday 01-27 20:00, one hour left, the next working day is Wednesday 02-05', () => {
    expect(addBusinessMinutes(at('2025-01-27T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2025-02-05T10:00:00+08:00'),
    );
    // Saturday 01-25 is a weekend; Sunday 01-26 is a make-up working day.
    expect(addBusinessMinutes(at('2025-01-25T12:00:00+08:00'), 60, socialMedia)).toEqual(
      at('2025-01-26T10:00:00+08:00'),
    );
    // Friday 02-07 evening, the make-up Saturday 02-08.
    expect(addBusinessMinutes(at('2025-02-07T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2025-02-08T10:30:00+08:00'),
    );
  });

  it('Spring Festival 2026: make-up Saturdays 02-14 and 02-28 around 02-15 to 02-23', () => {
    expect(addBusinessMinutes(at('2026-02-13T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-14T10:30:00+08:00'),
    );
    expect(addBusinessMinutes(at('2026-02-14T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-24T10:30:00+08:00'),
    );
    expect(addBusinessMinutes(at('2026-02-27T20:30:00+08:00'), 120, socialMedia)).toEqual(
      at('2026-02-28T10:30:00+08:00'),
    );
    expect(
      businessMinutesBetween(at('2026-02-14T00:00:00+08:00'), at('2026-03-01T00:00:00+08:00'), socialMedia),
    ).toBe((1 + 4 + 1) * 720);
  });

  it('2027 (estimate): 春节 除夕 02-05 to 初三 02-08 and 国庆 10-01 to 10-03 are off', () => {
    expect(addBusinessMinutes(at('2027-02-04T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2027-02-09T10:00:00+08:00'),
    );
    expect(addBusinessMinutes(at('2027-09-30T20:00:00+08:00'), 120, socialMedia)).toEqual(
      at('2027-10-04T10:00:00+08:00'),
    );
  });

  it('isOpen, nextOpening and nextClosing', () => {
    expect(isOpen(at('2025-09-28T09:00:00+08:00'), socialMedia)).toBe(true);
    expect(isOpen(at('2025-09-27T12:00:00+08:00'), socialMedia)).toBe(false);
    const open = at('2025-09-26T20:30:00+08:00');
    expect(nextOpening(open, socialMedia)).toEqual(open);
    expect(nextOpening(at('2025-09-30T21:00:00+08:00'), socialMedia)).toEqual(
      at('2025-10-09T09:00:00+08:00'),
    );
    expect(nextClosing(open, socialMedia)).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(nextClosing(at('2025-09-27T12:00:00+08:00'), socialMedia)).toEqual(
      at('2025-09-28T21:00:00+08:00'),
    );
  });

  it('zero minutes return the start unchanged, even when closed; negative minutes go back', () => {
    const closed = at('2025-09-27T12:00:00+08:00');
    expect(addBusinessMinutes(closed, 0, socialMedia)).toEqual(closed);
    expect(addBusinessMinutes(at('2025-09-28T09:30:00+08:00'), -30, socialMedia)).toEqual(
      at('2025-09-28T09:00:00+08:00'),
    );
    expect(addBusinessMinutes(at('2025-09-28T09:30:00+08:00'), -31, socialMedia)).toEqual(
      at('2025-09-26T20:59:00+08:00'),
    );
    expect(
      businessMinutesBetween(at('2025-09-28T10:30:00+08:00'), at('2025-09-26T20:30:00+08:00'), socialMedia),
    ).toBe(-120);
  });

  it('is exact to the millisecond', () => {
    const start = at('2025-09-26T20:59:59.999+08:00');
    expect(addBusinessMinutes(start, 1 / 60_000, socialMedia)).toEqual(at('2025-09-26T21:00:00+08:00'));
    expect(addBusinessMinutes(start, 2 / 60_000, socialMedia)).toEqual(at('2025-09-28T09:00:00.001+08:00'));
    expect(businessMinutesBetween(start, at('2025-09-28T09:00:00.001+08:00'), socialMedia)).toBe(2 / 60_000);
  });
});

describe('business hours shapes', () => {
  it('a lunch break: 09:00–12:00 and 13:00–18:00', () => {
    const office = defineBusinessHours({
      intervals: [
        { start: '13:00', end: '18:00' },
        { start: '09:00', end: '12:00' },
      ],
    });
    expect(office.intervals.map((interval) => interval.start)).toEqual(['09:00', '13:00']);
    expect(addBusinessMinutes(at('2026-03-03T11:30:00+08:00'), 60, office)).toEqual(
      at('2026-03-03T13:30:00+08:00'),
    );
    expect(isOpen(at('2026-03-03T12:30:00+08:00'), office)).toBe(false);
    expect(
      businessMinutesBetween(at('2026-03-03T00:00:00+08:00'), at('2026-03-04T00:00:00+08:00'), office),
    ).toBe(480);
  });

  it('an overnight shift 22:00–06:00 belongs to the working day it starts on', () => {
    const night = defineBusinessHours({ intervals: [{ start: '22:00', end: '06:00' }] });
    // Friday 09-26's shift runs into Saturday morning; Saturday 09-27 has no shift.
    expect(isOpen(at('2025-09-27T03:00:00+08:00'), night)).toBe(true);
    expect(isOpen(at('2025-09-27T23:00:00+08:00'), night)).toBe(false);
    // Tuesday 09-30's shift runs into National Day; 10-01's own evening is closed.
    expect(isOpen(at('2025-10-01T03:00:00+08:00'), night)).toBe(true);
    expect(isOpen(at('2025-10-01T23:00:00+08:00'), night)).toBe(false);
    // Saturday 05:00: one hour to 06:00, then the make-up Sunday's shift from 22:00.
    expect(addBusinessMinutes(at('2025-09-27T05:00:00+08:00'), 120, night)).toEqual(
      at('2025-09-28T23:00:00+08:00'),
    );
    expect(nextClosing(at('2025-09-28T23:00:00+08:00'), night)).toEqual(at('2025-09-29T06:00:00+08:00'));
  });

  it('touching intervals are one stretch: 00:00–12:00 and 12:00–24:00', () => {
    const day = defineBusinessHours({
      intervals: [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
    });
    expect(nextClosing(at('2026-03-03T08:00:00+08:00'), day)).toEqual(at('2026-03-07T00:00:00+08:00'));
  });

  it('always open (the hotline: 7×24小时全天候服务)', () => {
    const start = at('2026-10-01T03:00:00+08:00');
    expect(isOpen(start, ALWAYS_OPEN)).toBe(true);
    expect(addBusinessMinutes(start, 90, ALWAYS_OPEN)).toEqual(at('2026-10-01T04:30:00+08:00'));
    expect(businessMinutesBetween(start, at('2026-10-02T03:00:00+08:00'), ALWAYS_OPEN)).toBe(1440);
    expect(nextOpening(start, defineBusinessHours({ alwaysOpen: true }))).toEqual(start);
    expect(codeOf(() => nextClosing(start, ALWAYS_OPEN))).toBe('out_of_range');
  });

  it('rejects configurations with no open time or bad times at definition', () => {
    expect(codeOf(() => defineBusinessHours({ intervals: [] }))).toBe('invalid_configuration');
    expect(codeOf(() => defineBusinessHours({}))).toBe('invalid_configuration');
    expect(codeOf(() => defineBusinessHours({ intervals: [{ start: '9:00', end: '21:00' }] }))).toBe(
      'invalid_configuration',
    );
    expect(codeOf(() => defineBusinessHours({ intervals: [{ start: '24:00', end: '01:00' }] }))).toBe(
      'invalid_configuration',
    );
    expect(codeOf(() => defineBusinessHours({ intervals: [{ start: '09:00', end: '24:30' }] }))).toBe(
      'invalid_configuration',
    );
    expect(
      codeOf(() =>
        defineBusinessHours({
          intervals: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        }),
      ),
    ).toBe('invalid_configuration');
    // 22:00–06:00 overlaps the next day's 05:00–10:00.
    expect(
      codeOf(() =>
        defineBusinessHours({
          intervals: [
            { start: '05:00', end: '10:00' },
            { start: '22:00', end: '06:00' },
          ],
        }),
      ),
    ).toBe('invalid_configuration');
    expect(
      codeOf(() => defineBusinessHours({ alwaysOpen: true, intervals: [{ start: '09:00', end: '10:00' }] })),
    ).toBe('invalid_configuration');
    expect(
      codeOf(() => defineBusinessHours({ timeZone: 'Nowhere/City', intervals: [SOCIAL_MEDIA_OPENING] })),
    ).toBe('invalid_configuration');
    expect(
      codeOf(() =>
        defineBusinessHours({
          calendar: { id: 'x', timeZone: 'UTC', weekend: [] },
          intervals: [SOCIAL_MEDIA_OPENING],
        }),
      ),
    ).toBe('invalid_configuration');
  });

  it('rejects invalid arguments with a TiantianError', () => {
    const start = at('2026-03-03T10:00:00+08:00');
    expect(codeOf(() => addBusinessMinutes(start, Number.NaN, socialMedia))).toBe('invalid_argument');
    expect(codeOf(() => addBusinessMinutes(start, Number.POSITIVE_INFINITY, socialMedia))).toBe(
      'invalid_argument',
    );
    expect(codeOf(() => addBusinessMinutes(new Date(Number.NaN), 1, socialMedia))).toBe('invalid_date');
    expect(codeOf(() => businessMinutesBetween(start, new Date('x'), socialMedia))).toBe('invalid_date');
    expect(codeOf(() => isOpen(start, {} as never))).toBe('invalid_argument');
    expect(codeOf(() => isOpen(new Date(8.64e15), socialMedia))).toBe('out_of_range');
    expect(codeOf(() => addBusinessMinutes(start, 1e12, socialMedia))).toBe('out_of_range');
  });
});
