import { describe, expect, it } from 'vitest';
import { defineSlaPolicy, safeResponseDeadline, safeSlaStatus } from '../../src/sla/index.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const P = bj('2026-09-30T20:30:00');

describe('safeResponseDeadline / safeSlaStatus: issues', () => {
  it('reports schema issues and rule issues with their paths', () => {
    expect(safeResponseDeadline(null)).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_type', message: 'Expected an object, got null', path: [] }] },
    });
    expect(safeResponseDeadline({ channel: 'fax', submittedAt: P })).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message: 'Expected a channel: online-chat, hotline, email, social-media',
            path: ['channel'],
          },
        ],
      },
    });
    expect(
      safeResponseDeadline({
        channel: 'online-chat',
        submittedAt: P,
        handoffAt: new Date(P.getTime() - 60_000),
      }),
    ).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_argument',
            message:
              'handoffAt (2026-09-30T12:29:00.000Z) is before submittedAt (2026-09-30T12:30:00.000Z); a chat reaches a person after it starts',
            path: ['handoffAt'],
          },
        ],
      },
    });
    const good = safeResponseDeadline({ channel: 'email', submittedAt: P });
    expect(good.success && good.data.due).toEqual(bj('2026-10-02T20:30:00'));
  });

  const policy = defineSlaPolicy({
    id: 'p',
    targets: [{ metric: 'first-reply', minutes: 60, clock: 'calendar' }],
  });
  it('safeSlaStatus: history problems are failures, with events paths', () => {
    expect(safeSlaStatus(policy, 'x', P)).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_type', message: 'Expected an array, got "x"', path: [] }] },
    });
    expect(safeSlaStatus(policy, [{ type: 'hello', at: P }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message:
              'Expected an event type: created, customer-message, agent-reply, pause, resume, solved, reopened',
            path: [0, 'type'],
          },
        ],
      },
    });
    expect(safeSlaStatus(policy, [{ type: 'pause', at: P }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_argument',
            message: 'events has no created event; every ticket history starts with one',
            path: ['events'],
          },
        ],
      },
    });
    expect(safeSlaStatus(policy, [{ type: 'created', at: new Date(P.getTime() + 60_000) }], P)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'out_of_range',
            message:
              'now (2026-09-30T12:30:00.000Z) is before the ticket was created (2026-09-30T12:31:00.000Z)',
            path: ['events'],
          },
        ],
      },
    });
    const good = safeSlaStatus(policy, [{ type: 'created', at: P }], P);
    expect(good.success && good.data.policyId).toBe('p');
  });

  it('safeSlaStatus: a bad policy or now is misuse and throws', () => {
    expect(() => safeSlaStatus(null as never, [{ type: 'created', at: P }], P)).toThrow(
      'policy must come from defineSlaPolicy, got null',
    );
    expect(() => safeSlaStatus(policy, [{ type: 'created', at: P }], new Date('x'))).toThrow(
      'now must be a valid Date, got Invalid Date',
    );
  });

  it('safeSlaStatus: a history whose getter throws is an unreadable-input failure at events', () => {
    const hostile = [
      {
        type: 'created',
        get at(): Date {
          throw new Error('boom');
        },
      },
    ];
    const result = safeSlaStatus(policy, hostile, P);
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['events'] }),
    ]);
  });
});
