import { describe, expect, it } from 'vitest';
import { createTimeline, renderTimeline, type Timeline } from '../../src/evidence/index.js';

// 使用表格分类列出问题发生的时间线、已尝试的解决方案
const EVENTS = [
  { at: '2026-10-02T09:00:00+08:00', what: '客服要求补充照片', tried: '上传对比图', result: '已受理' },
  { at: new Date('2026-09-30T12:30:00Z'), what: '收到商品,外壳破损', tried: '联系在线客服' },
  { at: '2026-10-01T00:15:00+08:00', what: '发起退货申请' },
];

function timeline(events: unknown = EVENTS): Timeline {
  const result = createTimeline(events as never);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe('createTimeline', () => {
  it('sorts events by time and turns strings into Dates', () => {
    const t = timeline();
    expect(t.events.map((e) => e.what)).toEqual(['收到商品,外壳破损', '发起退货申请', '客服要求补充照片']);
    expect(t.events[1]?.at.toISOString()).toBe('2026-09-30T16:15:00.000Z');
    expect('result' in t.events[1]!).toBe(false);
  });

  it('keeps the given order for equal times', () => {
    const at = '2026-10-01T10:00:00+08:00';
    expect(
      timeline([
        { at, what: 'a' },
        { at, what: 'b' },
        { at, what: 'c' },
      ]).events.map((e) => e.what),
    ).toEqual(['a', 'b', 'c']);
  });

  it('reports each invalid event with its index', () => {
    const result = createTimeline([
      { at: '2026-10-01T10:00:00+08:00', what: 'ok' },
      { at: '2026-10-01 10:00', what: 'no offset' },
      { at: new Date('nope'), what: 'bad date' },
      { at: '2026-10-01T10:00:00Z', what: '   ' },
      { at: 1_790_000_000_000, what: 'a number' },
    ] as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.error.issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(['1.at', '2.at', '3.what', '4.at']);
      expect(result.error.issues[0]?.message).toContain('offset');
    }
  });

  it('refuses what is not an array', () => {
    expect(createTimeline('x' as never).success).toBe(false);
    expect(
      createTimeline(Array.from({ length: 501 }, () => ({ at: '2026-10-01T10:00:00Z', what: 'x' }))).success,
    ).toBe(false);
  });
});

describe('renderTimeline', () => {
  it('shows Beijing time whatever the host zone (this suite runs in three)', () => {
    const text = renderTimeline(timeline(), { format: 'text' });
    expect(text).toBe(
      '时间线 (北京时间)\n' +
        '2026-09-30 20:30  收到商品,外壳破损\n    已尝试的解决方案:联系在线客服\n' +
        '2026-10-01 00:15  发起退货申请\n' +
        '2026-10-02 09:00  客服要求补充照片\n    已尝试的解决方案:上传对比图\n    结果:已受理\n',
    );
  });

  it('renders another time zone when asked', () => {
    const csv = renderTimeline(timeline(), { format: 'csv', locale: 'en', timeZone: 'UTC' });
    // The event's own comma makes the cell quoted.
    expect(csv.split('\r\n')[1]).toBe('2026-09-30 12:30,"收到商品,外壳破损",联系在线客服,');
    expect(csv.startsWith('Time (UTC),')).toBe(true);
  });

  it('renders a Markdown table that escapes | and HTML and keeps line breaks', () => {
    const md = renderTimeline(
      timeline([{ at: '2026-09-30T20:30:00+08:00', what: 'a | b\nc <script>', tried: 'x\\|y' }]),
      {
        format: 'markdown',
        locale: 'en',
      },
    );
    expect(md).toBe(
      '| Time (Beijing time) | What happened | What was tried | Result |\n' +
        '| --- | --- | --- | --- |\n' +
        '| 2026-09-30 20:30 | a \\| b<br>c &lt;script&gt; | x\\\\\\|y |  |\n',
    );
    // Every row has exactly the 5 unescaped pipes of 4 cells.
    for (const line of md.trimEnd().split('\n')) expect(line.match(/(?<!\\)\|/g)?.length).toBe(5);
  });

  it('renders RFC 4180 CSV and neutralizes formula injection', () => {
    const csv = renderTimeline(
      timeline([
        {
          at: '2026-09-30T20:30:00+08:00',
          what: '=HYPERLINK("http://x")',
          tried: '+1, "quoted"',
          result: '-2',
        },
        { at: '2026-09-30T20:31:00+08:00', what: '@SUM(A1)', tried: 'line\nbreak', result: 'ok' },
      ]),
      { format: 'csv', locale: 'es' },
    );
    expect(csv).toBe(
      'Hora (hora de Pekín),Qué pasó,Qué se intentó,Resultado\r\n' +
        '2026-09-30 20:30,"\'=HYPERLINK(""http://x"")","\'+1, ""quoted""",\'-2\r\n' +
        '2026-09-30 20:31,\'@SUM(A1),"line\nbreak",ok\r\n',
    );
  });

  it('throws for an unknown format, locale or time zone', () => {
    const t = timeline();
    expect(() => renderTimeline(t, { format: 'html' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => renderTimeline(t, { format: 'csv', locale: 'fr' as never })).toThrow(/locale/);
    expect(() => renderTimeline(t, { format: 'csv', timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
  });
});
