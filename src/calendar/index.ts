/**
 * `tiantian-support/calendar`: workday calendars (China's, with 调休, by default), business hours and
 * exact business-time arithmetic.
 *
 * @packageDocumentation
 */
export {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpen,
  nextClosing,
  nextOpening,
} from './arithmetic.js';
export {
  ALWAYS_OPEN,
  type BusinessHours,
  type BusinessHoursOptions,
  defineBusinessHours,
  type OpeningInterval,
} from './business-hours.js';
export {
  CHINA_CALENDAR,
  type CalendarDate,
  type DayInfo,
  type DayKind,
  defineWorkdayCalendar,
  extendWorkdayCalendar,
  getDayInfo,
  isWorkday,
  type Weekday,
  type WorkdayCalendar,
  type WorkdayCalendarExtension,
  type WorkdayCalendarOptions,
} from './workday-calendar.js';
export { formatZonedDateTime, parseZonedDateTime } from './zoned.js';
