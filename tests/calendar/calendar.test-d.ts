import { describe, expectTypeOf, it } from 'vitest';
import {
  ALWAYS_OPEN,
  type BusinessHours,
  CHINA_CALENDAR,
  type DayInfo,
  type DayKind,
  type WorkdayCalendar,
  addBusinessMinutes,
  businessMinutesBetween,
  defineBusinessHours,
  defineWorkdayCalendar,
  extendWorkdayCalendar,
  formatZonedDateTime,
  getDayInfo,
  isOpen,
  isWorkday,
  nextClosing,
  nextOpening,
  parseZonedDateTime,
} from '../../src/calendar/index.js';
import type { LocalizedText } from '../../src/shared/locale.js';

describe('calendar types', () => {
  it('calendars and day information', () => {
    expectTypeOf(CHINA_CALENDAR).toEqualTypeOf<WorkdayCalendar>();
    expectTypeOf(CHINA_CALENDAR.timeZone).toEqualTypeOf<string>();
    expectTypeOf(isWorkday).toBeCallableWith('2026-10-01');
    expectTypeOf(isWorkday).toBeCallableWith(new Date(), CHINA_CALENDAR);
    expectTypeOf(isWorkday).returns.toEqualTypeOf<boolean>();
    expectTypeOf(getDayInfo('2026-01-01')).toEqualTypeOf<DayInfo>();
    expectTypeOf<DayInfo['kind']>().toEqualTypeOf<DayKind>();
    expectTypeOf<DayKind>().toEqualTypeOf<'workday' | 'weekend' | 'holiday' | 'makeup-workday'>();
    expectTypeOf<DayInfo['holiday']>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf(defineWorkdayCalendar({ id: 'x' })).toEqualTypeOf<WorkdayCalendar>();
    expectTypeOf(
      extendWorkdayCalendar(CHINA_CALENDAR, { holidays: ['2027-02-05'] }),
    ).toEqualTypeOf<WorkdayCalendar>();
    // @ts-expect-error weekdays are 0 to 6
    defineWorkdayCalendar({ id: 'x', weekend: [7] });
    // @ts-expect-error an id is required
    defineWorkdayCalendar({ timeZone: 'UTC' });
    // @ts-expect-error a calendar is read-only
    CHINA_CALENDAR.timeZone = 'UTC';
  });

  it('business hours and arithmetic', () => {
    const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
    expectTypeOf(hours).toEqualTypeOf<BusinessHours>();
    expectTypeOf(ALWAYS_OPEN).toEqualTypeOf<BusinessHours>();
    expectTypeOf(hours.calendar).toEqualTypeOf<WorkdayCalendar>();
    expectTypeOf(addBusinessMinutes(new Date(), 120, hours)).toEqualTypeOf<Date>();
    expectTypeOf(businessMinutesBetween(new Date(), new Date(), hours)).toEqualTypeOf<number>();
    expectTypeOf(isOpen(new Date(), hours)).toEqualTypeOf<boolean>();
    expectTypeOf(nextOpening(new Date(), hours)).toEqualTypeOf<Date>();
    expectTypeOf(nextClosing(new Date(), hours)).toEqualTypeOf<Date>();
    expectTypeOf(parseZonedDateTime('2026-09-30 20:00')).toEqualTypeOf<Date>();
    expectTypeOf(formatZonedDateTime(new Date(), 'UTC')).toEqualTypeOf<string>();
    // @ts-expect-error hours come after the amount
    addBusinessMinutes(new Date(), hours, 120);
    // @ts-expect-error a string is not an instant
    isOpen('2026-09-30 20:00', hours);
  });
});
