// Internal: runs a zod schema on untrusted input and turns its issues into the library's `Issue`s,
// paths prefixed; a value that throws while read (a getter, a Proxy) is an issue too.
import type { Issue } from '../shared/result.js';

interface Parser {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: readonly { code: string; message: string; path: readonly PropertyKey[] }[] };
  };
}

/** Parses with a zod schema, prefixing the issues' paths; a value that throws while read is an issue too. */
export function parseWith<T>(schema: Parser, value: unknown, prefix: string, issues: Issue[]): T | undefined {
  try {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as T;
    for (const { code, message, path } of parsed.error?.issues ?? []) {
      issues.push({ code, message, path: [prefix, ...path] });
    }
  } catch {
    issues.push({ code: 'invalid_type', message: `${prefix} could not be read`, path: [prefix] });
  }
  return undefined;
}
