// Internal: runs a zod schema on untrusted input and turns its issues into the library's `Issue`s
// (through the one adapter, shared/zod-issues), paths prefixed; a value that throws while read (a
// getter, a Proxy) is an issue too.
import type { Issue, IssueCode, IssuePath } from '../shared/result.js';
import { issuesFromZod } from '../shared/zod-issues.js';

interface Parser {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: readonly { code: IssueCode; message: string; path: IssuePath }[] };
  };
}

/** Parses with a zod schema, prefixing the issues' paths; a value that throws while read is an issue too. */
export function parseWith<T>(schema: Parser, value: unknown, prefix: string, issues: Issue[]): T | undefined {
  try {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as T;
    issues.push(...issuesFromZod(parsed.error?.issues ?? [], [prefix]));
  } catch {
    issues.push({ code: 'invalid_type', message: `${prefix} could not be read`, path: [prefix] });
  }
  return undefined;
}
