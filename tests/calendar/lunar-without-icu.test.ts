// The lunar estimate in a runtime without a Chinese calendar in Intl. A file of its own: the stub
// must be in place before the lunar module first builds its formatter, and in the browser
// vi.resetModules cannot re-evaluate a module this file has already loaded (tests/calendar/lunar.test.ts
// does load it), so this file loads the calendar only after stubbing Intl.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the lunar estimate without a Chinese calendar in Intl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('a runtime whose Intl falls back to the Gregorian calendar cannot estimate, and says so', async () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    // A runtime built without full ICU data: asking for `-u-ca-chinese` quietly gives `gregory`.
    const GregorianOnly = function (this: unknown, locale?: string, options?: Intl.DateTimeFormatOptions) {
      return new RealDateTimeFormat(
        String(locale ?? 'en').replace('-u-ca-chinese', '-u-ca-gregory'),
        options,
      );
    } as unknown as typeof Intl.DateTimeFormat;
    vi.stubGlobal(
      'Intl',
      Object.assign(Object.create(Intl) as typeof Intl, { DateTimeFormat: GregorianOnly }),
    );
    vi.resetModules();
    const calendar = await import('../../src/calendar/index.js');
    expect(() => calendar.isWorkday('2031-01-23')).toThrowError(
      expect.objectContaining({
        name: 'TiantianError',
        code: 'out_of_range',
        message:
          'This runtime’s Intl has no usable Chinese calendar: China’s days off of a year without a published notice cannot be estimated; add the year with extendWorkdayCalendar',
      }),
    );
    // A published year needs no lunar calendar.
    expect(calendar.isWorkday('2026-10-01')).toBe(false);
  });
});
