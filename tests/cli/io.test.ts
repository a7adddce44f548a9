import { describe, expect, it } from 'vitest';
import { parseOnce, UsageError } from '../../src/cli/io.js';

const options = {
  at: { type: 'string' },
  var: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

describe('parseOnce', () => {
  it('parses like parseArgs', () => {
    const { values, positionals } = parseOnce({
      args: ['x', '--at', '10:00', '--json'],
      options,
      allowPositionals: true,
    });
    expect(values).toEqual({ at: '10:00', json: true });
    expect(positionals).toEqual(['x']);
  });

  it.each([
    [['--at', '10:00', '--at', '11:00'], '--at'],
    [['--at=10:00', '--at', '11:00'], '--at'],
    [['--json', '--json'], '--json'],
  ])('refuses %j: a repeated single-valued option is named, not silently the last', (args, name) => {
    expect(() => parseOnce({ args, options })).toThrowError(UsageError);
    expect(() => parseOnce({ args, options })).toThrowError(`${name} is given more than once`);
  });

  it('lets an option declared multiple repeat', () => {
    expect(parseOnce({ args: ['--var', 'a=1', '--var', 'b=2'], options }).values.var).toEqual(['a=1', 'b=2']);
  });
});

describe('UsageError', () => {
  it('keeps the lines of its message apart from the help that follows them', () => {
    const one = new UsageError('bad --at', 'Usage: …');
    expect(one).toMatchObject({ message: 'bad --at', lines: ['bad --at'], help: 'Usage: …' });
    const two = new UsageError(['lines.0: too big', 'lines.1: missing']);
    expect(two).toMatchObject({ message: 'lines.0: too big\nlines.1: missing', help: undefined });
    expect(two.lines).toEqual(['lines.0: too big', 'lines.1: missing']);
  });
});
