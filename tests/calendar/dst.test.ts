// A calendar in a zone with daylight saving time: America/Los_Angeles, Monday to Friday. 2026's clock
// changes: Sunday 03-08 02:00 PST → 03:00 PDT (a 23-hour day) and Sunday 11-01 02:00 PDT → 01:00 PST
// (a 25-hour day).
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  getDayInfo,
  isOpen,
  nextOpening,
} from '../../src/calendar/index.js';

const at = (text: string): Date => new Date(text);
const losAngeles = defineWorkdayCalendar({
  id: 'us-west',
  timeZone: 'America/Los_Angeles',
  holidays: ['2026-11-26'],
});
const office = defineBusinessHours({ calendar: losAngeles, intervals: [{ start: '09:00', end: '17:00' }] });
const everyDay = defineWorkdayCalendar({ id: 'every-day', timeZone: 'America/Los_Angeles', weekend: [] });

describe('America/Los_Angeles across both 2026 transitions', () => {
  it('hours take the calendar’s zone', () => {
    expect(office.timeZone).toBe('America/Los_Angeles');
    expect(getDayInfo(at('2026-03-09T07:30:00Z'), losAngeles).date).toBe('2026-03-09');
  });

  it('spring forward: Friday 16:00 PST + 2 h → Monday 10:00 PDT', () => {
    const start = at('2026-03-06T16:00:00-08:00');
    const due = addBusinessMinutes(start, 120, office);
    expect(due).toEqual(at('2026-03-09T10:00:00-07:00'));
    expect(businessMinutesBetween(start, due, office)).toBe(120);
    expect(nextOpening(at('2026-03-06T17:00:00-08:00'), office)).toEqual(at('2026-03-09T09:00:00-07:00'));
  });

  it('fall back: Friday 16:00 PDT + 2 h → Monday 10:00 PST; the holiday 11-26 is skipped', () => {
    expect(addBusinessMinutes(at('2026-10-30T16:00:00-07:00'), 120, office)).toEqual(
      at('2026-11-02T10:00:00-08:00'),
    );
    expect(addBusinessMinutes(at('2026-11-25T16:00:00-08:00'), 120, office)).toEqual(
      at('2026-11-27T10:00:00-08:00'),
    );
  });

  it('a whole day of open time is 23 hours in March and 25 in November', () => {
    const allDay = defineBusinessHours({ calendar: everyDay, intervals: [{ start: '00:00', end: '24:00' }] });
    expect(
      businessMinutesBetween(at('2026-03-08T00:00:00-08:00'), at('2026-03-09T00:00:00-07:00'), allDay),
    ).toBe(23 * 60);
    expect(
      businessMinutesBetween(at('2026-11-01T00:00:00-07:00'), at('2026-11-02T00:00:00-08:00'), allDay),
    ).toBe(25 * 60);
    expect(addBusinessMinutes(at('2026-03-08T00:00:00-08:00'), 23 * 60, allDay)).toEqual(
      at('2026-03-09T00:00:00-07:00'),
    );
  });

  it('an opening time in the spring-forward gap opens as a clock left unchanged would: 02:30 → 03:30 PDT', () => {
    const early = defineBusinessHours({ calendar: everyDay, intervals: [{ start: '02:30', end: '05:00' }] });
    expect(nextOpening(at('2026-03-08T00:00:00-08:00'), early)).toEqual(at('2026-03-08T03:30:00-07:00'));
    expect(isOpen(at('2026-03-08T03:15:00-07:00'), early)).toBe(false);
    expect(
      businessMinutesBetween(at('2026-03-08T00:00:00-08:00'), at('2026-03-08T12:00:00-07:00'), early),
    ).toBe(90);
    // The day before and after: 150 minutes.
    expect(
      businessMinutesBetween(at('2026-03-07T00:00:00-08:00'), at('2026-03-07T12:00:00-08:00'), early),
    ).toBe(150);
  });

  it('an opening time in the repeated hour opens at its first occurrence: 01:30 PDT', () => {
    const early = defineBusinessHours({ calendar: everyDay, intervals: [{ start: '01:30', end: '03:00' }] });
    expect(nextOpening(at('2026-11-01T00:00:00-07:00'), early)).toEqual(at('2026-11-01T01:30:00-07:00'));
    // 01:30 PDT to 03:00 PST is two and a half hours of real time.
    expect(
      businessMinutesBetween(at('2026-11-01T00:00:00-07:00'), at('2026-11-01T12:00:00-08:00'), early),
    ).toBe(150);
  });

  it('an overnight shift across the change counts real time', () => {
    const night = defineBusinessHours({ calendar: everyDay, intervals: [{ start: '22:00', end: '06:00' }] });
    // Saturday 03-07 22:00 PST to Sunday 06:00 PDT: 7 hours.
    expect(
      businessMinutesBetween(at('2026-03-07T21:00:00-08:00'), at('2026-03-08T07:00:00-07:00'), night),
    ).toBe(7 * 60);
    // Saturday 10-31 22:00 PDT to Sunday 06:00 PST: 9 hours.
    expect(
      businessMinutesBetween(at('2026-10-31T21:00:00-07:00'), at('2026-11-01T07:00:00-08:00'), night),
    ).toBe(9 * 60);
  });
});
