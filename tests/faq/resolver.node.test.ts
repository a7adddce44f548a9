// Node only: reads the source files to follow resolver.ts's run-time imports.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the resolveFaq path', () => {
  /** Every module resolver.ts loads at run time (type-only imports left out), as repository paths. */
  function runtimeImports(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/^(?:import|export) (?!type\b)[^;]*?from '([^']+)'/gms)) {
        if (specifier === undefined) continue;
        if (!specifier.startsWith('.')) {
          seen.add(specifier);
          continue;
        }
        visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      }
    };
    visit(entry);
    return seen;
  }

  it('loads no zod: the built-in knowledge base is checked at build time, not at run time', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const imports = [...runtimeImports(resolve(root, 'src/faq/resolver.ts'))];
    expect(imports.some((file) => file.endsWith('src/faq/generated/default-index.ts'))).toBe(true);
    expect(imports.filter((file) => !file.startsWith('/'))).toEqual([]);
    expect(imports.filter((file) => file.endsWith('schemas.ts'))).toEqual([]);
  });
});
