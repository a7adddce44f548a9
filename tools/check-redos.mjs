// ReDoS gate: finds every regular expression in src/ with the TypeScript compiler (regex literals,
// and `RegExp(...)` / `new RegExp(...)` whose pattern is a literal string) and checks each one with
// recheck, in pure JavaScript (no native binary, no Java, no network). Fails on any regex that
// recheck finds vulnerable (exponential or polynomial backtracking) or cannot decide.
//
//   node tools/check-redos.mjs               check src/
//   node tools/check-redos.mjs extra.ts …    also check these files (e.g. to see it catch a bad one)
//   node tools/check-redos.mjs --no-src x.ts only these files
//   node tools/check-redos.mjs --json        machine-readable result on stdout
//
// Before checking src it checks a few known-bad and known-safe expressions: a checker that had
// silently stopped finding anything would fail here rather than pass everything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// recheck picks a backend per call from RECHECK_BACKEND: 'pure' runs its Scala.js build in this
// process. 'auto' would try the native binary or `java -jar` first.
process.env.RECHECK_BACKEND = 'pure';
const { check } = await import('recheck');

/**
 * Per-regex parameters: a fixed fuzzing seed (reproducible) and a bound per expression. recheck's
 * 'auto' picks the automaton analysis (a proof) for small expressions; when that runs out of time
 * (big alternations of words), the fuzz checker decides instead, and the report says so.
 */
export const RECHECK_PARAMS = { checker: 'auto', randomSeed: 20261124, timeout: 10_000 };

/** A comment on the line of (or just above) a dynamic `RegExp(...)` saying why its pattern is safe. */
const REVIEWED = /redos-reviewed:/;

/**
 * @typedef {{ file: string, line: number, column: number, source: string, flags: string, kind: 'literal' | 'constructor' }} FoundRegex
 * @typedef {{ file: string, line: number, column: number, text: string, reviewed: boolean }} DynamicRegex
 */

/**
 * The literal string value of an expression, or undefined when it is not known statically.
 *
 * @param {ts.Expression} node
 * @returns {string | undefined}
 */
function literalString(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === 'String.raw' &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  ) {
    return node.template.rawText;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalString(node.left);
    const right = literalString(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** @param {ts.Expression} callee */
function isRegExpCallee(callee) {
  const text = callee.getText();
  return text === 'RegExp' || text === 'globalThis.RegExp';
}

/**
 * Every regular expression in one TypeScript source text.
 *
 * @param {string} file - the name shown in reports
 * @param {string} text - the source
 * @returns {{ found: FoundRegex[], dynamic: DynamicRegex[] }}
 */
export function findRegexes(file, text) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = text.split('\n');
  /** @type {FoundRegex[]} */
  const found = [];
  /** @type {DynamicRegex[]} */
  const dynamic = [];
  const skip = new Set();
  const position = (node) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    return { line: line + 1, column: character + 1 };
  };

  const visit = (node) => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const where = { file, ...position(node) };
      const flags = flagsArg === undefined ? '' : literalString(flagsArg);
      if (patternArg && ts.isRegularExpressionLiteral(patternArg) && flags !== undefined) {
        // new RegExp(/x/, 'g'): the literal's source with the given flags.
        const literal = patternArg.text;
        const slash = literal.lastIndexOf('/');
        found.push({
          ...where,
          source: literal.slice(1, slash),
          flags: flagsArg ? flags : literal.slice(slash + 1),
          kind: 'constructor',
        });
        skip.add(patternArg);
      } else {
        const source = patternArg === undefined ? '(?:)' : literalString(patternArg);
        if (source !== undefined && flags !== undefined) {
          found.push({ ...where, source, flags, kind: 'constructor' });
        } else {
          const here = lines[where.line - 1] ?? '';
          const above = lines[where.line - 2] ?? '';
          dynamic.push({
            ...where,
            text: node.getText().slice(0, 120),
            reviewed: REVIEWED.test(here) || REVIEWED.test(above),
          });
        }
      }
    } else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !skip.has(node)) {
      const literal = node.getText();
      const slash = literal.lastIndexOf('/');
      found.push({
        file,
        ...position(node),
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        kind: 'literal',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}

/**
 * recheck's verdict on one expression, reduced to what the gate needs.
 *
 * @param {string} source
 * @param {string} flags
 * @returns {Promise<{ status: 'safe' | 'vulnerable' | 'unknown', complexity: string, attack?: string, error?: string }>}
 */
export async function checkRegex(source, flags) {
  let diagnostics = await check(source, flags, RECHECK_PARAMS);
  if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') {
    diagnostics = await check(source, flags, { ...RECHECK_PARAMS, checker: 'fuzz' });
  }
  if (diagnostics.status === 'safe') {
    return {
      status: 'safe',
      complexity: diagnostics.checker === 'fuzz' ? 'safe by fuzzing' : diagnostics.complexity.type,
    };
  }
  if (diagnostics.status === 'vulnerable') {
    return {
      status: 'vulnerable',
      complexity: diagnostics.complexity.summary,
      attack: diagnostics.attack.pattern,
    };
  }
  const { error } = diagnostics;
  return {
    status: 'unknown',
    complexity: 'unknown',
    error: 'message' in error ? `${error.kind}: ${error.message}` : error.kind,
  };
}

/** Known answers: the gate refuses to run if recheck does not reproduce them. */
const SELF_TEST = [
  { source: '(a+)+$', flags: '', status: 'vulnerable' }, // exponential
  { source: '^(\\w+\\s?)*$', flags: '', status: 'vulnerable' }, // exponential
  { source: '^.*a.*a$', flags: '', status: 'vulnerable' }, // polynomial (quadratic)
  { source: '^\\d{6,32}$', flags: '', status: 'safe' },
  { source: '^[\\p{L}\\p{N}]+$', flags: 'u', status: 'safe' },
];

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const extra = args.filter((arg) => !arg.startsWith('--'));
  const started = Date.now();

  for (const known of SELF_TEST) {
    const verdict = await checkRegex(known.source, known.flags);
    if (verdict.status !== known.status) {
      console.error(
        `check-redos: self-test failed: /${known.source}/${known.flags} is ${verdict.status}, expected ${known.status}` +
          (verdict.error ? ` (${verdict.error})` : ''),
      );
      process.exit(2);
    }
  }

  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const files = [...(args.includes('--no-src') ? [] : sourceFiles(join(root, 'src'))), ...extra];
  const results = [];
  const dynamic = [];
  for (const path of files) {
    const file = relative(root, path) || path;
    const found = findRegexes(file, readFileSync(path, 'utf8'));
    dynamic.push(...found.dynamic);
    for (const regex of found.found)
      results.push({ ...regex, ...(await checkRegex(regex.source, regex.flags)) });
  }

  const bad = results.filter((result) => result.status !== 'safe');
  const unreviewed = dynamic.filter((entry) => !entry.reviewed);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (json) {
    console.log(
      JSON.stringify({ files: files.length, checked: results, dynamic, seconds: Number(seconds) }, null, 2),
    );
  } else {
    for (const result of bad) {
      const detail =
        result.status === 'vulnerable' ? `${result.complexity}; attack: ${result.attack}` : result.error;
      console.error(
        `${result.file}:${result.line}:${result.column}  /${result.source}/${result.flags}  ${result.status.toUpperCase()} (${detail})`,
      );
    }
    for (const entry of unreviewed) {
      console.error(
        `${entry.file}:${entry.line}:${entry.column}  ${entry.text}  DYNAMIC: the pattern is not a literal, so it cannot be checked; ` +
          'build it from escaped literal parts and say why it is safe in a `// redos-reviewed: …` comment on the line above',
      );
    }
    const counts = {};
    for (const result of results.filter((entry) => entry.status === 'safe')) {
      counts[result.complexity] = (counts[result.complexity] ?? 0) + 1;
    }
    console.log(
      `check-redos: ${results.length} regular expressions in ${files.length} files checked with recheck (pure JS) in ${seconds} s: ` +
        `${results.length - bad.length} safe (${
          Object.entries(counts)
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ') || 'none'
        }), ` +
        `${bad.length} vulnerable or undecided, ${dynamic.length} dynamic (${dynamic.length - unreviewed.length} reviewed).`,
    );
  }
  process.exit(bad.length > 0 || unreviewed.length > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
