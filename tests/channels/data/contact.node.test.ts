// The channels' contact facts have one home: a second copy anywhere in src/ could drift from it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_SERVICE_EMAIL, HOTLINE_NUMBER } from '../../../src/channels/data/contact.js';

const SRC = join(import.meta.dirname, '../../../src');
const HOME = 'channels/data/contact.ts';
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({
    file: relative(SRC, join(SRC, name)).split('\\').join('/'),
    code: readFileSync(join(SRC, name), 'utf8'),
  }));

/** Every `file:line` of src/ that writes `text`. */
const linesWith = (text: string): string[] =>
  files.flatMap(({ file, code }) =>
    code.split('\n').flatMap((line, index) => (line.includes(text) ? [`${file}:${index + 1}`] : [])),
  );

describe('contact facts written once in src/', () => {
  it.each([
    ['the hotline “拨打全国统一客服热线:9510208”', HOTLINE_NUMBER],
    ['the mailbox “发送邮件至官方客服邮箱:tiantian@taobao.com”', CUSTOMER_SERVICE_EMAIL],
  ])('%s: only in its doc comment and its constant', (_fact, value) => {
    const found = linesWith(value);
    expect(found).toHaveLength(2);
    expect(found.every((where) => where.startsWith(`${HOME}:`))).toBe(true);
  });
});
