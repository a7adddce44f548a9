import { describe, expect, it } from 'vitest';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { ISSUE_TYPE_OWNERS, serviceModuleFor } from '../../src/channels/data/service-modules.js';

describe('serviceModuleFor', () => {
  it.each(ISSUE_TYPES)('gives the owning module and duty of %s', (issueType) => {
    const owner = ISSUE_TYPE_OWNERS[issueType];
    const { module, duty, rationale } = serviceModuleFor(issueType);
    expect({ module: module.id, duty: duty.id, rationale }).toEqual({
      module: owner.module,
      duty: owner.duty,
      rationale: owner.rationale,
    });
  });
});
