import type { IssueType } from '../shared/issue-types.js';
import type { SafeResult } from '../shared/result.js';
import { SCRIPT_CATALOG, type ScriptId } from './catalog.js';
import { defineScripts, type RenderArguments, type Script, type ScriptVariablesOf } from './define.js';

const builtin = /* @__PURE__ */ defineScripts(SCRIPT_CATALOG);

/**
 * The variables a built-in script needs, inferred from its templates.
 *
 * @example
 * const vars: ScriptVariables<'propose-compensation'> = { amount: 24 };
 */
export type ScriptVariables<Id extends ScriptId> = ScriptVariablesOf<(typeof SCRIPT_CATALOG)[Id]>;

/**
 * A built-in script (话术) with the variables its templates use.
 *
 * @param id - one of `SCRIPT_IDS`
 * @returns `{ id, title, description, issueTypes, templates, variables, parameters }`; `variables`
 *   is a fresh array of the names the templates use (the same set in every locale)
 * @throws {TiantianError} `'unknown_script'` for another id
 * @example
 * getScript('propose-compensation').variables; //=> ['amount']
 * getScript('confirm-request').templates['zh-CN']; //=> '请问您需要办理退货还是换货呢？'
 */
export function getScript<Id extends ScriptId>(id: Id): Script<Id> {
  return builtin.get(id);
}

/**
 * Whether a value is the id of a built-in script.
 *
 * @param id - anything
 * @returns true for one of `SCRIPT_IDS`
 * @example
 * isScriptId('confirm-request'); //=> true
 * isScriptId('toString'); //=> false
 */
export function isScriptId(id: unknown): id is ScriptId {
  return builtin.has(id);
}

/**
 * Renders a built-in script. Values are data, never template: each is inserted once, as written
 * (escaped for `'html'`), formatted by its placeholder (`{amount:yuan}` → `24元` / `¥24` / `24 ¥`;
 * dates in Beijing time). Only own properties of `vars` are read.
 *
 * @param id - one of `SCRIPT_IDS`
 * @param args - `vars`, the values by name (may be left out when the script has none), then
 *   `options`: `{ locale?: Locale = 'zh-CN', format?: 'text' | 'html' = 'text' }`
 * @returns the reply
 * @throws {TiantianError} `'missing_variable'` (the message names it), `'invalid_variable'`
 *   (wrong type, NaN, Invalid Date, empty string), `'unknown_script'`, `'invalid_argument'` (locale, format)
 * @example
 * renderScript('propose-compensation', { amount: 24 }); //=> '我们计划为您补偿双倍运费（24元），您看是否合适？'
 * renderScript('propose-compensation', { amount: 12.5 }, { locale: 'en' });
 * //=> 'We would like to compensate you with double the shipping fee (¥12.50). Would that be acceptable to you?'
 */
export function renderScript<Id extends ScriptId>(
  id: Id,
  ...args: RenderArguments<ScriptVariables<Id>>
): string {
  return builtin.render(id, ...args);
}

/**
 * `renderScript` for untrusted callers (a bot, a request body): every problem (unknown id, bad
 * locale or format, each missing or invalid variable) comes back as an issue; it never throws.
 *
 * @param id - anything
 * @param vars - anything
 * @param options - anything
 * @returns `{ success: true, data }` or `{ success: false, error: { issues } }`
 * @example
 * safeRenderScript('propose-compensation', {}); //=> { success: false, error: { issues: [{ code: 'missing_variable', path: ['vars', 'amount'], … }] } }
 */
export function safeRenderScript(id: unknown, vars?: unknown, options?: unknown): SafeResult<string> {
  return builtin.safeRender(id, vars, options);
}

/**
 * The built-in scripts suited to a kind of problem, best first (the catalog's order: the guide's
 * three first). Empty when none fits (e.g. product questions are answered, not scripted).
 *
 * @param issueType - the kind of problem
 * @returns script ids
 * @example
 * scriptsForIssueType('return-exchange'); //=> ['confirm-request']
 * scriptsForIssueType('security-fraud'); //=> ['phishing-warning']
 */
export function scriptsForIssueType(issueType: IssueType): ScriptId[] {
  return builtin.forIssueType(issueType);
}
