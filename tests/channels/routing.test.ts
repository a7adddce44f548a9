import { describe, expect, it } from 'vitest';
import { routeToServiceModule } from '../../src/channels/routing.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { ISSUE_TYPE_OWNERS } from '../../src/channels/data/service-modules.js';

describe('routeToServiceModule', () => {
  it('routes every issue type to its owning module and duty', () => {
    for (const issueType of ISSUE_TYPES) {
      const route = routeToServiceModule(issueType);
      expect(route.issueType).toBe(issueType);
      expect(route.module.id).toBe(ISSUE_TYPE_OWNERS[issueType].module);
      expect(route.duty.id).toBe(ISSUE_TYPE_OWNERS[issueType].duty);
      expect(route.module.duties).toContain(route.duty);
      expect(route.rationale.length).toBeGreaterThan(10);
    }
  });

  it('sends quality disputes to arbitration', () => {
    // “质量问题仲裁:对商品破损、功能故障等争议进行第三方检测协调”
    const route = routeToServiceModule('quality-dispute');
    expect(route.module.name['zh-CN']).toBe('售后支持与纠纷处理');
    expect(route.duty.name['zh-CN']).toBe('质量问题仲裁');
  });

  it.each(['fax', '', undefined, 3])('throws unknown_issue_type for %j', (value) => {
    expect(() => routeToServiceModule(value as never)).toThrow(/expected one of paid-not-shipped/);
    try {
      routeToServiceModule(value as never);
    } catch (error) {
      expect(isTiantianError(error, 'unknown_issue_type')).toBe(true);
    }
  });
});
