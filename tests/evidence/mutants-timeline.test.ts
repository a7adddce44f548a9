import { describe, expect, it } from 'vitest';
import { createTimeline, renderTimeline, type Timeline } from '../../src/evidence/index.js';
import { isTiantianError } from '../../src/shared/errors.js';
import { errorOf } from '../helpers/error-of.js';

// 使用表格分类列出问题发生的时间线、已尝试的解决方案

function timeline(events: unknown): Timeline {
  const result = createTimeline(events as never);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

/** The error `fn` throws (fails the test when it does not throw). */
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
    const error = errorOf(() => renderTimeline(t, { format: 'html' as never }));
    expect(error.code).toBe('invalid_argument');
    expect(error).toMatchObject({
      path: ['format'],
      message: `format must be 'text', 'markdown' or 'csv', got "html"`,
    });
  });

  it('names the bad locale, with path locale', () => {
    const error = errorOf(() => renderTimeline(t, { format: 'csv', locale: 'fr' as never }));
    expect(error.code).toBe('invalid_argument');
    expect(error).toMatchObject({
      path: ['locale'],
      message: 'Unknown locale "fr"; expected zh-CN, en or es',
    });
  });

  it('names the bad time zone, with path timeZone and the cause', () => {
    let error: unknown;
    try {
      renderTimeline(t, { format: 'csv', timeZone: 'Mars/Olympus' });
    } catch (caught) {
      error = caught;
    }
    expect(isTiantianError(error, 'invalid_argument')).toBe(true);
    expect(error).toMatchObject({
      path: ['timeZone'],
      message: 'Unknown time zone "Mars/Olympus"; expected an IANA name such as "Asia/Shanghai"',
    });
    expect((error as Error).cause).toBeInstanceOf(RangeError);
  });

  it('refuses what is not a timeline with a TiantianError, not a TypeError', () => {
    for (const bad of [undefined, null, {}, { events: 'x' }]) {
      const error = errorOf(() => renderTimeline(bad as never, { format: 'text' }));
      expect(error.code).toBe('invalid_argument');
      expect(error).toMatchObject({
        path: ['timeline'],
        message: 'timeline must be the data of a createTimeline result',
      });
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
