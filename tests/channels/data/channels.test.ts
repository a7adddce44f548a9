import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/channels/catalog.js';
import { CHANNEL_GUIDE_TEXTS, CHANNEL_NAMES } from '../../../src/channels/data/channels.js';
import { GUIDE_CHANNEL_TABLE, SOCIAL_MEDIA_OPENING } from '../../../src/channels/data/contact.js';
import { CHANNEL_TABLE_ISSUE_LABELS, ISSUE_TYPE_LABELS } from '../../../src/shared/issue-types.js';

describe('the channels’ own guide facts', () => {
  it.each(CHANNELS.map((channel) => [channel.id, channel] as const))(
    '%s: the catalog entry is built from the data module’s name and texts',
    (id, channel) => {
      const { accounts, ...texts } = CHANNEL_GUIDE_TEXTS[id];
      expect(channel).toMatchObject({ name: CHANNEL_NAMES[id], ...texts });
      expect(channel.accounts).toEqual(accounts);
    },
  );

  it('the headings “APP内在线客服”, “官方服务热线”, “邮件沟通渠道”, “社交媒体渠道”', () => {
    expect(Object.values(CHANNEL_NAMES).map((name) => name['zh-CN'])).toEqual([
      'APP内在线客服',
      '官方服务热线',
      '邮件沟通渠道',
      '社交媒体渠道',
    ]);
  });

  it('social media’s hours in words use the opening hours “工作日早9点至晚9点”', () => {
    const { start, end } = SOCIAL_MEDIA_OPENING;
    expect(CHANNEL_GUIDE_TEXTS['social-media'].hoursText.en).toBe(
      `Working days ${start} to ${end} (Beijing time)`,
    );
  });
});

describe('the channel table’s issue labels', () => {
  it('are the ISSUE_TYPE_LABELS entries themselves, for every row of the table', () => {
    expect(Object.keys(CHANNEL_TABLE_ISSUE_LABELS)).toEqual(GUIDE_CHANNEL_TABLE.map((row) => row.issueType));
    for (const row of GUIDE_CHANNEL_TABLE) {
      expect(CHANNEL_TABLE_ISSUE_LABELS[row.issueType as keyof typeof CHANNEL_TABLE_ISSUE_LABELS]).toBe(
        ISSUE_TYPE_LABELS[row.issueType],
      );
    }
  });
});
