import { TiantianError } from '../shared/errors.js';
import type { IssueType } from '../shared/issue-types.js';
import { isLocale, LOCALES, type Locale, type LocalizedText } from '../shared/locale.js';
import type { Issue, SafeResult } from '../shared/result.js';
import type { TemplateVariables } from './template-types.js';
import {
  expectedValue,
  type ParsedTemplate,
  parseTemplate,
  renderParsed,
  type VariableKind,
  type VariableProblem,
} from './template.js';

/**
 * One reply script (话术) as a shop writes it: what it is for, when to use it, and its text in
 * every locale. Write the catalog `as const` so the templates keep their literal types.
 *
 * @example
 * const definition: ScriptDefinition = {
 *   title: { 'zh-CN': '确认需求', en: 'Confirm the request', es: 'Confirmar la solicitud' },
 *   description: { 'zh-CN': '问清退货还是换货', en: 'Ask: return or exchange', es: 'Preguntar: devolución o cambio' },
 *   issueTypes: ['return-exchange'],
 *   templates: { 'zh-CN': '您好，{name}', en: 'Hello, {name}', es: 'Hola, {name}' },
 * };
 */
export interface ScriptDefinition {
  /** A short name for people choosing a script. */
  readonly title: LocalizedText;
  /** When to use it. */
  readonly description: LocalizedText;
  /** The kinds of problem it answers, so triage can suggest it. */
  readonly issueTypes: readonly IssueType[];
  /** The template in each locale; every locale must use the same variables. */
  readonly templates: LocalizedText;
}

/**
 * A catalog of scripts by id.
 *
 * @example
 * const catalog = { hello: definition } as const satisfies ScriptDefinitions;
 */
export type ScriptDefinitions = { readonly [id: string]: ScriptDefinition };

/**
 * The variables a script needs, inferred from its three templates at compile time.
 *
 * @example
 * type V = ScriptVariablesOf<(typeof SCRIPT_CATALOG)['propose-compensation']>; //=> { readonly amount: number }
 */
export type ScriptVariablesOf<D extends ScriptDefinition> = {
  [K in keyof (TemplateVariables<D['templates']['zh-CN']> &
    TemplateVariables<D['templates']['en']> &
    TemplateVariables<D['templates']['es']>)]: (TemplateVariables<D['templates']['zh-CN']> &
    TemplateVariables<D['templates']['en']> &
    TemplateVariables<D['templates']['es']>)[K];
};

/**
 * How to render a script.
 *
 * @example
 * const options: RenderOptions = { locale: 'es', format: 'html' };
 */
export interface RenderOptions {
  /**
   * The language of the reply.
   * @default 'zh-CN'
   */
  readonly locale?: Locale;
  /**
   * `'html'` escapes `& < > " '` in the output and removes bidi controls from values.
   * @default 'text'
   */
  readonly format?: 'text' | 'html';
}

/**
 * The arguments after the id: the variables (optional when the script has none) and the options.
 *
 * @example
 * const args: RenderArguments<{ amount: number }> = [{ amount: 12 }, { locale: 'en' }];
 */
export type RenderArguments<V> = [keyof V] extends [never]
  ? [vars?: { readonly [name: string]: never }, options?: RenderOptions]
  : [vars: V, options?: RenderOptions];

/**
 * One variable of a script: its name, how its placeholders format it, and what value it takes.
 *
 * @example
 * const p: ScriptParameter = { name: 'amount', kinds: ['yuan'], expected: 'a finite, non-negative number of yuan' };
 */
export interface ScriptParameter {
  readonly name: string;
  readonly kinds: readonly VariableKind[];
  readonly expected: string;
}

/**
 * A script as `getScript` returns it.
 *
 * @example
 * const script: Script = getScript('confirm-request');
 * script.variables; //=> []
 */
export interface Script<Id extends string = string> {
  readonly id: Id;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly issueTypes: readonly IssueType[];
  readonly templates: LocalizedText;
  /** The names its templates use (the same in every locale), in order of first use. */
  readonly variables: string[];
  /** Each variable with its kinds and the value it takes. */
  readonly parameters: readonly ScriptParameter[];
}

/**
 * A typed catalog made by `defineScripts`.
 *
 * @example
 * const shop = defineScripts({ thanks: { ...definition } } as const);
 * shop.render('thanks', { name: '小王' });
 */
export interface ScriptCatalog<C extends ScriptDefinitions> {
  /** The ids, in the catalog's order. */
  readonly ids: readonly (keyof C & string)[];
  /** Whether a value is an id of this catalog. */
  has(id: unknown): id is keyof C & string;
  /** The script with that id; throws `'unknown_script'` for another. */
  get<Id extends keyof C & string>(id: Id): Script<Id>;
  /** Renders a script; throws `'missing_variable'` / `'invalid_variable'` / `'unknown_script'`. */
  render<Id extends keyof C & string>(id: Id, ...args: RenderArguments<ScriptVariablesOf<C[Id]>>): string;
  /** Renders for an untrusted caller: every problem as an issue, never a throw. */
  safeRender(id: unknown, vars?: unknown, options?: unknown): SafeResult<string>;
  /** The ids whose `issueTypes` include this one, in the catalog's order. */
  forIssueType(issueType: IssueType): (keyof C & string)[];
}

interface Compiled {
  readonly script: Omit<Script, 'variables'> & { readonly variables: readonly string[] };
  readonly parsed: Readonly<Record<Locale, ParsedTemplate>>;
}

// What kind of value each kind accepts: a name used twice must accept something in common.
const ACCEPTS: Readonly<Record<VariableKind, readonly string[]>> = {
  text: ['string', 'number'],
  yuan: ['number'],
  date: ['date'],
  time: ['date'],
  datetime: ['date'],
  duration: ['number'],
  within: ['number'],
  list: ['array'],
  plural: ['number', 'array'],
  select: ['string'],
};

function compile(id: string, definition: ScriptDefinition): Compiled {
  if (typeof definition !== 'object' || definition === null) {
    throw new TiantianError('invalid_configuration', `Script "${id}" must be an object`, { path: [id] });
  }
  const parsed = {} as Record<Locale, ParsedTemplate>;
  const kinds = new Map<string, VariableKind[]>();
  let names: string | undefined;
  for (const locale of LOCALES) {
    const template = definition.templates?.[locale];
    if (typeof template !== 'string' || template.trim() === '') {
      throw new TiantianError('invalid_configuration', `Script "${id}" has no ${locale} template`, {
        path: [id, 'templates', locale],
      });
    }
    const one = parseTemplate(template, `Script "${id}" (${locale})`);
    parsed[locale] = one;
    const these = [...one.variables.keys()].sort().join(', ');
    if (names !== undefined && these !== names) {
      throw new TiantianError(
        'invalid_configuration',
        `Script "${id}": the ${locale} template uses {${these}} but the zh-CN one uses {${names}}; every locale must use the same variables`,
        { path: [id, 'templates', locale] },
      );
    }
    names = these;
    for (const [name, used] of one.variables) {
      const all = kinds.get(name) ?? [];
      for (const kind of used) if (!all.includes(kind)) all.push(kind);
      kinds.set(name, all);
    }
  }
  const parameters: ScriptParameter[] = [];
  for (const [name, used] of kinds) {
    const common = used.reduce<readonly string[]>(
      (acc, kind) => acc.filter((v) => ACCEPTS[kind].includes(v)),
      ['string', 'number', 'date', 'array'],
    );
    if (common.length === 0) {
      throw new TiantianError(
        'invalid_configuration',
        `Script "${id}": variable "${name}" is used as ${used.join(' and ')}, which no value can be`,
        { path: [id, 'templates'] },
      );
    }
    parameters.push({ name, kinds: used, expected: used.map(expectedValue).join(' and ') });
  }
  const issueTypes = [...(definition.issueTypes ?? [])];
  return {
    script: {
      id,
      title: definition.title,
      description: definition.description,
      issueTypes,
      templates: definition.templates,
      variables: parameters.map((p) => p.name),
      parameters,
    },
    parsed,
  };
}

function describeId(id: unknown): string {
  return typeof id === 'string' ? JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id) : typeof id;
}

/**
 * Makes a typed, safe catalog of a shop's own scripts, with the same template language, checks and
 * compile-time variable inference as the built-in ones. Every template is parsed once, here.
 *
 * @param catalog - the scripts by id, written `as const`
 * @returns `{ ids, has, get, render, safeRender, forIssueType }`
 * @throws {TiantianError} `'invalid_configuration'` for a malformed template, a reserved variable
 *   name (`constructor`, `toString`…), or locales that use different variables
 * @example
 * const shop = defineScripts({
 *   'coupon-sent': {
 *     title: { 'zh-CN': '已发券', en: 'Coupon sent', es: 'Cupón enviado' },
 *     description: { 'zh-CN': '通知已发放优惠券', en: 'Tell the customer a coupon was sent', es: 'Avisar del cupón' },
 *     issueTypes: ['compensation'],
 *     templates: {
 *       'zh-CN': '已为您发放{amount:yuan}优惠券。',
 *       en: 'We have sent you a {amount:yuan} coupon.',
 *       es: 'Le hemos enviado un cupón de {amount:yuan}.',
 *     },
 *   },
 * } as const);
 * shop.render('coupon-sent', { amount: 5 }, { locale: 'en' }); //=> 'We have sent you a ¥5 coupon.'
 */
export function defineScripts<const C extends ScriptDefinitions>(catalog: C): ScriptCatalog<C> {
  type Id = keyof C & string;
  if (typeof catalog !== 'object' || catalog === null) {
    throw new TiantianError('invalid_configuration', 'A script catalog must be an object of scripts by id');
  }
  const compiled = new Map<string, Compiled>();
  for (const id of Object.keys(catalog)) {
    const definition = catalog[id];
    if (definition !== undefined) compiled.set(id, compile(id, definition));
  }
  const ids = Object.freeze([...compiled.keys()]) as readonly Id[];

  const lookup = (id: unknown): Compiled => {
    const found = typeof id === 'string' ? compiled.get(id) : undefined;
    if (found === undefined) {
      throw new TiantianError(
        'unknown_script',
        `Unknown script ${describeId(id)}; expected one of ${ids.join(', ')}`,
        { path: ['id'] },
      );
    }
    return found;
  };

  const readOptions = (options: unknown): { locale: Locale; html: boolean } | Issue => {
    if (options === undefined) return { locale: 'zh-CN', html: false };
    if (typeof options !== 'object' || options === null) {
      return {
        code: 'invalid_argument',
        message: 'Options must be an object { locale?, format? }',
        path: ['options'],
      };
    }
    const { locale = 'zh-CN', format = 'text' } = options as { locale?: unknown; format?: unknown };
    if (!isLocale(locale)) {
      return {
        code: 'invalid_argument',
        message: `Unknown locale ${describeId(locale)}; expected one of ${LOCALES.join(', ')}`,
        path: ['options', 'locale'],
      };
    }
    if (format !== 'text' && format !== 'html') {
      return {
        code: 'invalid_argument',
        message: `Unknown format ${describeId(format)}; expected 'text' or 'html'`,
        path: ['options', 'format'],
      };
    }
    return { locale, html: format === 'html' };
  };

  return {
    ids,
    has: (id: unknown): id is Id => typeof id === 'string' && compiled.has(id),
    get: <I extends Id>(id: I): Script<I> => {
      const { script } = lookup(id);
      return { ...script, id, variables: [...script.variables] };
    },
    render: <I extends Id>(id: I, ...args: RenderArguments<ScriptVariablesOf<C[I]>>): string => {
      const [vars, options] = args as [unknown, unknown];
      const { parsed } = lookup(id);
      const read = readOptions(options);
      if ('code' in read)
        throw new TiantianError('invalid_argument', read.message, { path: read.path as string[] });
      if (vars !== undefined && (typeof vars !== 'object' || vars === null)) {
        throw new TiantianError(
          'invalid_argument',
          `The variables of "${id}" must be an object of values by name`,
          {
            path: ['vars'],
          },
        );
      }
      return renderParsed(
        parsed[read.locale],
        vars ?? {},
        read.locale,
        read.html,
        (problem: VariableProblem) => {
          throw new TiantianError(problem.code, `${problem.message} (script "${id}", ${read.locale})`, {
            path: ['vars', problem.name],
          });
        },
      );
    },
    safeRender: (id: unknown, vars?: unknown, options?: unknown): SafeResult<string> => {
      const issues: Issue[] = [];
      try {
        const found = typeof id === 'string' ? compiled.get(id) : undefined;
        if (found === undefined) {
          issues.push({
            code: 'unknown_script',
            message: `Unknown script ${describeId(id)}; expected one of ${ids.join(', ')}`,
            path: ['id'],
          });
        }
        const read = readOptions(options);
        if ('code' in read) issues.push(read);
        if (vars !== undefined && (typeof vars !== 'object' || vars === null)) {
          issues.push({
            code: 'invalid_type',
            message: 'The variables must be an object of values by name',
            path: ['vars'],
          });
        }
        if (found === undefined || 'code' in read || issues.length > 0)
          return { success: false, error: { issues } };
        const seen = new Set<string>();
        const text = renderParsed(
          found.parsed[read.locale],
          vars ?? {},
          read.locale,
          read.html,
          (problem) => {
            if (seen.has(problem.name)) return;
            seen.add(problem.name);
            issues.push({ code: problem.code, message: problem.message, path: ['vars', problem.name] });
          },
        );
        return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data: text };
      } catch {
        // A hostile `vars` (a Proxy whose traps throw) must not escape a safe call.
        issues.push({ code: 'invalid_type', message: 'The variables could not be read', path: ['vars'] });
        return { success: false, error: { issues } };
      }
    },
    forIssueType: (issueType: IssueType): Id[] =>
      ids.filter((id) => compiled.get(id)?.script.issueTypes.includes(issueType) === true),
  };
}
