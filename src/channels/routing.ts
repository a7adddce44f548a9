import { assertIssueType } from '../shared/assert.js';
import type { IssueType } from '../shared/issue-types.js';
import { type ServiceDuty, type ServiceModule, serviceModuleFor } from './data/service-modules.js';

/**
 * Which of the guide's four service modules (四大模块) owns an issue type, and which of its duties
 * applies.
 *
 * @example
 * const route: ServiceRoute = routeToServiceModule('quality-dispute');
 */
export interface ServiceRoute {
  readonly issueType: IssueType;
  readonly module: ServiceModule;
  readonly duty: ServiceDuty;
  /** Why, in words a reviewer can check against the guide. */
  readonly rationale: string;
}

/**
 * Routes an issue type to the team that owns it (二、淘宝天天特卖客服核心职责详解): the module, the
 * duty and the rationale of the shared `ISSUE_TYPE_OWNERS` table, with the issue type checked.
 *
 * @param issueType - the issue type
 * @returns `{ issueType, module, duty, rationale }`
 * @throws {TiantianError} `'unknown_issue_type'` for anything that is not an `IssueType`
 * @example
 * const route = routeToServiceModule('quality-dispute');
 * route.module.name['zh-CN']; //=> '售后支持与纠纷处理'
 * route.duty.name['zh-CN']; //=> '质量问题仲裁'
 */
export function routeToServiceModule(issueType: IssueType): ServiceRoute {
  const { module, duty, rationale } = serviceModuleFor(assertIssueType(issueType));
  return { issueType, module, duty, rationale };
}
