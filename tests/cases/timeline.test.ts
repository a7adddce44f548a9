import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../src/cases/timeline.js';
import { logOf, SAMPLE_EVENTS } from './sample-log.js';

describe('caseTimeline', () => {
  it('gives one timeline event per entry, in order, at the same instants', async () => {
    const result = caseTimeline(await logOf());
    expect(result.success && result.data.events.map((e) => [e.at.toISOString(), e.what.slice(0, 6)])).toEqual(
      SAMPLE_EVENTS.map((e, i) => [
        e.at.toISOString(),
        [
          '建立投诉档案',
          '客户：收到的',
          '智能客服：您',
          '提交凭证 1',
          '人工客服：已',
          '状态变更为 ',
          '客户：好的，',
          '状态变更为 ',
          '升级处理至平',
          '状态变更为 ',
        ][i],
      ]),
    );
  });
});
