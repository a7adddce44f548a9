import { describe, expect, it } from 'vitest';
import { TiantianError } from '../../src/shared/errors.js';
import { defineSlaPolicy, guidePolicy, slaStatus } from '../../src/sla/index.js';

// Bad configurations and malformed histories: the exact code, message (what is wrong, what was
// expected) and path of each TiantianError.
const T0 = new Date('2026-09-30T10:00:00+08:00');
const FR = { metric: 'first-reply', minutes: 60, clock: 'calendar' } as const;
const cal = defineSlaPolicy({ id: 'p', targets: [FR] });

const CASES: readonly [() => unknown, string, string, readonly (string | number)[]][] = [
  [
    () => defineSlaPolicy(null as never),
    'invalid_configuration',
    'defineSlaPolicy expects { id, targets }, got null',
    [],
  ],
  [
    () => defineSlaPolicy(7 as never),
    'invalid_configuration',
    'defineSlaPolicy expects { id, targets }, got number 7',
    [],
  ],
  [
    () => defineSlaPolicy({ id: '  ', targets: [] }),
    'invalid_configuration',
    'A policy needs a non-empty string id, got "  "',
    ['id'],
  ],
  [
    () => defineSlaPolicy({ id: 3, targets: [] } as never),
    'invalid_configuration',
    'A policy needs a non-empty string id, got number 3',
    ['id'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [] }),
    'invalid_configuration',
    'A policy needs at least one target, got an array',
    ['targets'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: 'x' } as never),
    'invalid_configuration',
    'A policy needs at least one target, got "x"',
    ['targets'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR], hours: 5 } as never),
    'invalid_configuration',
    'hours must be a BusinessHours from defineBusinessHours',
    ['hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR], hours: null } as never),
    'invalid_configuration',
    'hours must be a BusinessHours from defineBusinessHours',
    ['hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR, null] } as never),
    'invalid_configuration',
    'targets[1] must be an object { metric, minutes, clock }, got null',
    ['targets', 1],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [FR, 'x'] } as never),
    'invalid_configuration',
    'targets[1] must be an object { metric, minutes, clock }, got "x"',
    ['targets', 1],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, metric: 'reply' }] } as never),
    'invalid_configuration',
    'targets[0].metric must be one of first-reply, next-reply, resolution, got "reply"',
    ['targets', 0, 'metric'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: -1 }] }),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got number -1',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: Number.POSITIVE_INFINITY }] }),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got number Infinity',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, minutes: '60' }] } as never),
    'invalid_configuration',
    'targets[0].minutes must be a finite number of minutes, 0 or more, got "60"',
    ['targets', 0, 'minutes'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, clock: 'wall' }] } as never),
    'invalid_configuration',
    "targets[0].clock must be 'business' or 'calendar', got \"wall\"",
    ['targets', 0, 'clock'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, hours: 'x' }] } as never),
    'invalid_configuration',
    'targets[0].hours must be a BusinessHours from defineBusinessHours',
    ['targets', 0, 'hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, clock: 'business' }] }),
    'invalid_configuration',
    'targets[0] counts business time but names no hours; pass hours (defineBusinessHours) on the target or the policy',
    ['targets', 0, 'hours'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: 61 }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number 61",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: -1 }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number -1",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: Number.NaN }] }),
    'invalid_configuration',
    "targets[0].warnBefore must be minutes between 0 and the target's 60, got number NaN",
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: 1.5 } }] }),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: -0.1 } }] }),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: { fraction: '0.5' } }] } as never),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got an object',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => defineSlaPolicy({ id: 'p', targets: [{ ...FR, warnBefore: 'soon' }] } as never),
    'invalid_configuration',
    'targets[0].warnBefore must be minutes or { fraction } with a fraction from 0 to 1, got "soon"',
    ['targets', 0, 'warnBefore'],
  ],
  [
    () => guidePolicy('email', { complex: 'yes' } as never),
    'invalid_argument',
    'complex must be a boolean, got "yes"',
    ['complex'],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T0 }], new Date('x')),
    'invalid_date',
    'now must be a valid Date, got Invalid Date',
    ['now'],
  ],
  [
    () => slaStatus(null as never, [{ type: 'created', at: T0 }], T0),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got null',
    ['policy'],
  ],
  [
    () => slaStatus(5 as never, [{ type: 'created', at: T0 }], T0),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got number 5',
    ['policy'],
  ],
  [
    () => slaStatus({ id: 'p', targets: 'x' } as never, [{ type: 'created', at: T0 }], T0),
    'invalid_argument',
    'policy must come from defineSlaPolicy, got an object',
    ['policy'],
  ],
  [
    () => slaStatus(cal, 'x' as never, T0),
    'invalid_argument',
    'events must be an array of { type, at }, got "x"',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T0 }, null] as never, T0),
    'invalid_argument',
    'events[1] must be { type, at }, got null',
    ['events', 1],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T0 }, 4] as never, T0),
    'invalid_argument',
    'events[1] must be { type, at }, got number 4',
    ['events', 1],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T0 },
          { type: 'hello', at: T0 },
        ] as never,
        T0,
      ),
    'invalid_argument',
    'events[1].type must be one of created, customer-message, agent-reply, pause, resume, solved, reopened, got "hello"',
    ['events', 1, 'type'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T0 },
          { type: 'pause', at: 'x' },
        ] as never,
        T0,
      ),
    'invalid_date',
    'events[1].at must be a valid Date, got "x"',
    ['events', 1, 'at'],
  ],
  [
    () => slaStatus(cal, [], T0),
    'invalid_argument',
    'events has no created event; every ticket history starts with one',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'agent-reply', at: T0 }], T0),
    'invalid_argument',
    'events has no created event; every ticket history starts with one',
    ['events'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T0 },
          { type: 'created', at: T0 },
        ],
        T0,
      ),
    'invalid_argument',
    'events has 2 created events; a ticket is created once',
    ['events'],
  ],
  [
    () =>
      slaStatus(
        cal,
        [
          { type: 'created', at: T0 },
          { type: 'pause', at: new Date(T0.getTime() - 60_000) },
        ],
        T0,
      ),
    'invalid_argument',
    'the created event must come first in time; an event is earlier than the ticket',
    ['events'],
  ],
  [
    () => slaStatus(cal, [{ type: 'created', at: T0 }], new Date(T0.getTime() - 60_000)),
    'out_of_range',
    'now (2026-09-30T01:59:00.000Z) is before the ticket was created (2026-09-30T02:00:00.000Z)',
    ['now'],
  ],
];

describe('sla: errors for bad input', () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))('case %i throws %s', (_i, run, code, message, path) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TiantianError);
    const e = caught as TiantianError;
    expect({ code: e.code, message: e.message, path: e.path }).toEqual({ code, message, path });
  });

  it('treats a null target hours as absent (calendar target still valid)', () => {
    const policy = defineSlaPolicy({ id: 'p', targets: [{ ...FR, hours: null }] } as never);
    expect(policy.targets[0]).not.toHaveProperty('hours');
  });
});
