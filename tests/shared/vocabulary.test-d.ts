import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ZOD_ISSUE_CODES } from '../../src/shared/result.js';
import type {
  ChannelId,
  IssueCode,
  IssueType,
  Locale,
  LocalizedText,
  SafeResult,
  TiantianErrorCode,
} from '../../src/shared/index.js';
import { serviceModuleFor } from '../../src/channels/data/service-modules.js';
import { type ISSUE_TYPES, isIssueType } from '../../src/shared/index.js';

describe('vocabulary types', () => {
  it('are literal unions', () => {
    expectTypeOf<Locale>().toEqualTypeOf<'zh-CN' | 'en' | 'es'>();
    expectTypeOf<ChannelId>().toEqualTypeOf<'online-chat' | 'hotline' | 'email' | 'social-media'>();
    expectTypeOf<(typeof ISSUE_TYPES)[number]>().toEqualTypeOf<IssueType>();
    expectTypeOf<'paid-not-shipped'>().toExtend<IssueType>();
    expectTypeOf<'weather'>().not.toExtend<IssueType>();
    expectTypeOf<LocalizedText>().toHaveProperty('zh-CN');
  });

  it('narrow with guards and results', () => {
    const value: unknown = 'feedback';
    if (isIssueType(value)) expectTypeOf(value).toEqualTypeOf<IssueType>();
    const result = {} as SafeResult<number>;
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<number>();
    else expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<IssueCode>();
    expectTypeOf(serviceModuleFor).parameter(0).toEqualTypeOf<IssueType>();
  });
});

describe('IssueCode', () => {
  it('takes every TiantianErrorCode (a safe* function reports a caught error as an issue) and no open string', () => {
    expectTypeOf<TiantianErrorCode>().toExtend<IssueCode>();
    expectTypeOf<'too_long'>().not.toExtend<IssueCode>();
    expectTypeOf<string>().not.toExtend<IssueCode>();
  });
});

describe('ZOD_ISSUE_CODES', () => {
  it('are exactly zod’s own issue codes ($ZodIssueCode)', () => {
    expectTypeOf<(typeof ZOD_ISSUE_CODES)[number]>().toEqualTypeOf<z.core.$ZodIssueCode>();
  });
});
