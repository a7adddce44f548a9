// The JSON forms of the safety functions' arguments: what they accept, the functions accept.
import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/safety/redact.js';
import { assessScamRisk } from '../../src/safety/scam.js';
import {
  AssessScamRiskOptionsSchema,
  ConversationSchema,
  RedactPiiOptionsJsonSchema,
} from '../../src/safety/schemas.js';

describe('RedactPiiOptionsJsonSchema', () => {
  it('reads JSON options into options that redactPii takes, `now` as a Date', () => {
    const options = RedactPiiOptionsJsonSchema.parse({
      kinds: ['phone'],
      policy: 'remove',
      now: '2026-11-11T10:00:00+08:00',
    });
    expect(options.now).toEqual(new Date('2026-11-11T02:00:00Z'));
    expect(redactPii('电话 13812345678', options).text).toBe('电话 [phone]');
  });

  it.each([
    [{ kinds: ['phone', 'ssn'] }, ['kinds', 1]],
    [{ policy: 'hide' }, ['policy']],
    [{ minConfidence: 1.5 }, ['minConfidence']],
    [{ now: '2026-11-11T10:00:00' }, ['now']],
    [{ kind: ['phone'] }, []],
  ])('refuses %o at %o (redactPii would throw or ignore it)', (options, path) => {
    expect(RedactPiiOptionsJsonSchema.safeParse(options).error?.issues.map((issue) => issue.path)).toEqual([
      path,
    ]);
  });
});

describe('AssessScamRiskOptionsSchema and ConversationSchema', () => {
  it('accept what assessScamRisk takes', () => {
    const conversation = ConversationSchema.parse([{ from: 'agent', text: '加我微信办理退款' }]);
    const options = AssessScamRiskOptionsSchema.parse({ allowedDomains: ['taobao.com'] });
    expect(assessScamRisk(conversation, options).signals.map((signal) => signal.id)).toContain(
      'agent-off-platform',
    );
  });

  it('refuse what assessScamRisk refuses', () => {
    const bad = [{ from: 'seller', text: 'x' }];
    expect(() => assessScamRisk(bad as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(ConversationSchema.safeParse(bad).error?.issues.map((issue) => issue.path)).toEqual([[0, 'from']]);
    expect(() => assessScamRisk('x', { allowedDomains: 'taobao.com' } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(AssessScamRiskOptionsSchema.safeParse({ allowedDomains: 'taobao.com' }).success).toBe(false);
  });
});
