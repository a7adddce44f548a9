// addBusinessMinutes (cumulative open time per 256-day block, binary search) against a
// straightforward day-by-day walk (tests/calendar/reference-walk.ts, also the property tests'
// oracle), over one day, one month and one year of open time.
import { bench, describe } from 'vitest';
import { addBusinessMinutes, defineBusinessHours } from '../src/calendar/index.js';
import { walkAddBusinessMinutes } from '../tests/calendar/reference-walk.js';

const hours = defineBusinessHours({ intervals: [{ start: '09:00', end: '21:00' }] });
const start = new Date('2025-09-26T20:30:00+08:00');
const DAY = 12 * 60; // open minutes of a working day

// Warm both: the library's lazily built blocks and the walk's memoized offsets, as a long-running
// service would have them.
addBusinessMinutes(start, 300 * DAY, hours);
walkAddBusinessMinutes(start, 300 * DAY, hours);

for (const [label, minutes] of [
  ['one day', DAY],
  ['one month', 21 * DAY],
  ['one year', 250 * DAY],
] as const) {
  describe(`addBusinessMinutes over ${label} of open time`, () => {
    bench('tiantian-support (precomputed blocks)', () => {
      addBusinessMinutes(start, minutes, hours);
    });
    bench('day-by-day walk', () => {
      walkAddBusinessMinutes(start, minutes, hours);
    });
  });
}
