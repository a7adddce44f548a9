import { describe, expect, it } from 'vitest';
import { RenderOptionsSchema, ScriptIdSchema, StarPartsSchema } from '../../src/schemas/index.js';
import { SCRIPT_IDS } from '../../src/scripts/index.js';

const problems = (result: {
  success: boolean;
  error?: { issues: readonly { path: PropertyKey[]; code: string }[] };
}) => result.error?.issues.map((i) => [i.path.join('.'), i.code]) ?? [];

describe('ScriptIdSchema', () => {
  it.each([...SCRIPT_IDS])('accepts %s', (id) => {
    expect(ScriptIdSchema.safeParse(id)).toEqual({ success: true, data: id });
  });
  it.each(['toString', '', 'Confirm-Request', 1, null, undefined])(
    'refuses %j with a message listing the ids',
    (id) => {
      const result = ScriptIdSchema.safeParse(id);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([
        `Expected a script id: ${SCRIPT_IDS.join(', ')}`,
      ]);
    },
  );
});

describe('RenderOptionsSchema', () => {
  it.each([
    {},
    { locale: 'zh-CN' },
    { locale: 'en', format: 'text' },
    { locale: 'es', format: 'html' },
    { format: 'html' },
  ])('accepts %j as is', (options) => {
    expect(RenderOptionsSchema.safeParse(options)).toEqual({ success: true, data: options });
  });
  it.each([
    [{ locale: 'fr' }, [['locale', 'invalid_value']]],
    [{ format: 'markdown' }, [['format', 'invalid_value']]],
    [{ format: '' }, [['format', 'invalid_value']]],
    [{ locale: 'en', format: 'HTML' }, [['format', 'invalid_value']]],
    [
      { locale: 1, format: 'pdf' },
      [
        ['locale', 'invalid_value'],
        ['format', 'invalid_value'],
      ],
    ],
    [null, [['', 'invalid_type']]],
    ['html', [['', 'invalid_type']]],
  ])('refuses %j', (options, expected) => {
    expect(problems(RenderOptionsSchema.safeParse(options))).toEqual(expected);
  });
});

describe('StarPartsSchema', () => {
  const parts = { situation: 'a', task: 'b', action: 'c', result: 'd' };
  it('accepts four strings (meaning is checked by composeStarMessage)', () => {
    expect(StarPartsSchema.safeParse(parts)).toEqual({ success: true, data: parts });
    expect(StarPartsSchema.safeParse({ ...parts, task: '' }).success).toBe(true);
  });
  it.each([
    [{ ...parts, task: undefined }, [['task', 'invalid_type']]],
    [
      { situation: 'a' },
      [
        ['task', 'invalid_type'],
        ['action', 'invalid_type'],
        ['result', 'invalid_type'],
      ],
    ],
    [{ ...parts, result: 5 }, [['result', 'invalid_type']]],
    [{ ...parts, situation: null }, [['situation', 'invalid_type']]],
    [[], [['', 'invalid_type']]],
  ])('refuses %j', (value, expected) => {
    expect(problems(StarPartsSchema.safeParse(value))).toEqual(expected);
  });
});
