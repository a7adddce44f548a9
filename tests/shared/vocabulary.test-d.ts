import { describe, expectTypeOf, it } from 'vitest';
import type { ChannelId, IssueType, Locale, LocalizedText, SafeResult } from '../../src/shared/index.js';
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
    else expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<string>();
    expectTypeOf(serviceModuleFor).parameter(0).toEqualTypeOf<IssueType>();
  });
});
