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
    const issues = result.success ? [] : result.error.issues;
    expect({
      success: result.success,
      paths: issues.map((issue) => issue.path.join('.')),
      first: issues[0]?.message,
    }).toEqual({
      success: false,
      paths: ['1.at', '2.at', '3.what', '4.at'],
      first: expect.stringContaining('offset'),
    });
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

const AT = '2026-09-30T20:30:00+08:00';

describe('createTimeline: refusals, exactly', () => {
  it('refuses what is not an array with an invalid_type issue naming what it got', () => {
    expect(createTimeline('x' as never)).toEqual({
      success: false,
      error: {
        issues: [{ code: 'invalid_type', message: 'Expected an array of events, got "x"', path: [] }],
      },
    });
  });

  it('accepts 500 events and refuses 501 with a too_big issue', () => {
    const events = (n: number) => Array.from({ length: n }, () => ({ at: AT, what: 'x' }));
    const ok = createTimeline(events(500));
    expect(ok.success && ok.data.events.length).toBe(500);
    expect(createTimeline(events(501))).toEqual({
      success: false,
      error: {
        issues: [{ code: 'too_big', message: 'A timeline has at most 500 events, got 501', path: [] }],
      },
    });
  });
});

describe('createTimeline: the events it returns', () => {
  it('keeps the extreme times the ISO form allows, to the millisecond', () => {
    const t = timeline([
      { at: '0000-01-01T00:00:00-23:59', what: 'earliest' },
      { at: '9999-12-31T23:59:59.999+23:59', what: 'latest' },
      { at: '2000-02-29T12:00:00.123456789Z', what: 'leap day, digits past the millisecond' },
    ]);
    expect(t.events.map((e) => [e.what, e.at.getTime()])).toEqual([
      // 719,528 days from 0000-01-01 (proleptic Gregorian) to 1970-01-01; -23:59 is 23:59 later in UTC.
      ['earliest', -719_528 * 86_400_000 + (23 * 60 + 59) * 60_000],
      ['leap day, digits past the millisecond', Date.UTC(2000, 1, 29, 12, 0, 0, 123)],
      ['latest', Date.UTC(9999, 11, 31, 23, 59, 59, 999) - (23 * 60 + 59) * 60_000],
    ]);
  });

  it('returns its own Date: changing the given one afterwards changes nothing', () => {
    const given = new Date('2026-09-30T12:30:00Z');
    const t = timeline([{ at: given, what: 'a' }]);
    given.setTime(0);
    expect(t.events[0]!.at.toISOString()).toBe('2026-09-30T12:30:00.000Z');
  });

  it('has no tried or result key when none is given (not even undefined)', () => {
    const t = timeline([{ at: AT, what: 'a' }]);
    expect(Object.keys(t.events[0]!)).toEqual(['at', 'what']);
    const full = timeline([{ at: AT, what: 'a', tried: 'b', result: 'c' }]);
    expect(Object.keys(full.events[0]!)).toEqual(['at', 'what', 'tried', 'result']);
  });

  it('keeps the given order of equal times among many events (a stable sort)', () => {
    // Ten events at two times, given interleaved; each time's events keep their given order.
    const early = '2026-09-30T10:00:00+08:00';
    const late = '2026-09-30T11:00:00+08:00';
    const input = Array.from({ length: 12 }, (_, i) => ({ at: i % 3 === 0 ? early : late, what: `e${i}` }));
    expect(timeline(input).events.map((e) => e.what)).toEqual([
      'e0',
      'e3',
      'e6',
      'e9',
      'e1',
      'e2',
      'e4',
      'e5',
      'e7',
      'e8',
      'e10',
      'e11',
    ]);
  });
});

describe('renderTimeline: refusals, exactly', () => {
  const t = timeline([{ at: AT, what: 'a' }]);

  it('names the bad format, with path format', () => {
    expect(() => renderTimeline(t, { format: 'html' as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['format'],
        message: `format must be 'text', 'markdown' or 'csv', got "html"`,
      }),
    );
  });

  it('names the bad locale, with path locale', () => {
    expect(() => renderTimeline(t, { format: 'csv', locale: 'fr' as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['locale'],
        message: 'Unknown locale "fr"; expected zh-CN, en or es',
      }),
    );
  });

  it('names the bad time zone, with path timeZone and the cause', () => {
    expect(() => renderTimeline(t, { format: 'csv', timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        path: ['timeZone'],
        message: 'Unknown time zone "Mars/Olympus"; expected an IANA name such as "Asia/Shanghai"',
        cause: expect.any(RangeError),
      }),
    );
  });

  it('refuses what is not a timeline with a TiantianError, not a TypeError', () => {
    for (const bad of [undefined, null, {}, { events: 'x' }]) {
      expect(() => renderTimeline(bad as never, { format: 'text' })).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          path: ['timeline'],
          message: 'timeline must be the data of a createTimeline result',
        }),
      );
    }
  });
});

describe('renderTimeline: output, exactly', () => {
  const two = timeline([
    {
      at: '2026-09-30T20:30:00+08:00',
      what: 'Box & tape crushed',
      tried: 'Chat\nthen call',
      result: 'Refund',
    },
    { at: '2026-10-01T09:05:00+08:00', what: 'Line one\r\nline two\rline three' },
  ]);

  it('markdown: escapes & as &amp; and puts one row per event, nothing between rows', () => {
    expect(renderTimeline(two, { format: 'markdown', locale: 'en' })).toBe(
      '| Time (Beijing time) | What happened | What was tried | Result |\n' +
        '| --- | --- | --- | --- |\n' +
        '| 2026-09-30 20:30 | Box &amp; tape crushed | Chat<br>then call | Refund |\n' +
        '| 2026-10-01 09:05 | Line one<br>line two<br>line three |  |  |\n',
    );
  });

  it('text in English and Spanish: "label: value", continued lines indented by four spaces', () => {
    expect(renderTimeline(two, { format: 'text', locale: 'en' })).toBe(
      'Timeline (Beijing time)\n' +
        '2026-09-30 20:30  Box & tape crushed\n' +
        '    What was tried: Chat\n    then call\n' +
        '    Result: Refund\n' +
        '2026-10-01 09:05  Line one\n    line two\n    line three\n',
    );
    expect(renderTimeline(two, { format: 'text', locale: 'es', timeZone: 'UTC' })).toBe(
      'Cronología (UTC)\n' +
        '2026-09-30 12:30  Box & tape crushed\n' +
        '    Qué se intentó: Chat\n    then call\n' +
        '    Resultado: Refund\n' +
        '2026-10-01 01:05  Line one\n    line two\n    line three\n',
    );
  });

  it('text in Chinese puts no space after the colon', () => {
    expect(renderTimeline(two, { format: 'text' })).toBe(
      '时间线 (北京时间)\n' +
        '2026-09-30 20:30  Box & tape crushed\n' +
        '    已尝试的解决方案:Chat\n    then call\n' +
        '    结果:Refund\n' +
        '2026-10-01 09:05  Line one\n    line two\n    line three\n',
    );
  });
});
