import {
  getScript,
  isScriptId,
  SCRIPT_IDS,
  type ScriptParameter,
  safeRenderScript,
} from '../../scripts/index.js';
import { isLocale, LOCALES, type Locale } from '../../shared/locale.js';
import { type Command, parseOnce, UsageError } from '../io.js';
import { printable } from '../printable.js';

const HELP = `Usage: tiantian-support script <id> [--var name=value …] [--locale zh-CN|en|es] [--html]
       tiantian-support script list [--locale …] [--json]

Renders a reply script (话术) with its variables, or lists the scripts.

Options:
  --var, -v name=value  a variable (repeat for each; repeat a list variable for each item,
                        or separate its items with commas)
  --locale, -l          zh-CN (default), en or es
  --html                escape the reply for HTML
  --json                list: print the scripts as JSON
  --help, -h            this help

Values: amounts in yuan (24 or 12.50); dates as 2026-10-01T14:30+08:00, or "2026-10-01 14:30"
(Beijing time); durations in minutes (120) or hours (2h); lists "订单截图,支付凭证".

Example:
  tiantian-support script propose-compensation --var amount=24 --locale en
`;

// Beijing has had no summer time since 1991: "YYYY-MM-DD[ HH:mm[:ss]]" is read at +08:00.
const LOCAL_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/;

function toDate(text: string): Date | undefined {
  const local = LOCAL_DATE.exec(text.trim());
  const date = local
    ? new Date(`${local[1]}T${local[2] ?? '00:00'}${local[2]?.length === 5 ? ':00' : ''}+08:00`)
    : /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())
      ? new Date(text.trim())
      : undefined;
  return date !== undefined && !Number.isNaN(date.getTime()) ? date : undefined;
}

function toMinutes(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(h|m|min)?$/i.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2]?.toLowerCase() === 'h' ? amount * 60 : amount;
}

/** Turns the command line's strings into the values each variable's kinds take. */
function convert(parameter: ScriptParameter, texts: readonly string[]): unknown {
  const kinds = parameter.kinds;
  const bad = () =>
    new UsageError(`--var ${parameter.name}=${texts.join(',')}: expected ${parameter.expected}`);
  if (kinds.includes('list')) {
    return texts
      .flatMap((t) => t.split(/[,，、]/))
      .map((t) => t.trim())
      .filter((t) => t !== '');
  }
  if (texts.length > 1) throw new UsageError(`--var ${parameter.name} is given ${texts.length} times`);
  const text = texts[0] ?? '';
  if (kinds.some((k) => k === 'date' || k === 'time' || k === 'datetime')) {
    const date = toDate(text);
    if (!date) throw bad();
    return date;
  }
  if (kinds.includes('within') || kinds.includes('duration')) {
    const minutes = toMinutes(text);
    if (minutes === undefined) throw bad();
    return minutes;
  }
  if (kinds.includes('yuan') || kinds.includes('plural')) {
    if (!/^\d+(?:\.\d+)?$/.test(text.trim())) throw bad();
    return Number(text);
  }
  return text;
}

function describeParameter(p: ScriptParameter): string {
  const kinds = p.kinds.filter((k) => k !== 'text');
  return kinds.length === 0 ? p.name : `${p.name}:${kinds.join('|')}`;
}

function parse(args: readonly string[]) {
  try {
    return parseOnce({
      args: [...args],
      allowPositionals: true,
      options: {
        var: { type: 'string', short: 'v', multiple: true },
        locale: { type: 'string', short: 'l' },
        html: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `tiantian-support script`: render a reply script, or list them. */
export const scriptCommand: Command = async (args, io) => {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const locale: Locale =
    values.locale === undefined ? 'zh-CN' : isLocale(values.locale) ? values.locale : 'zh-CN';
  if (values.locale !== undefined && !isLocale(values.locale)) {
    throw new UsageError(`unknown locale "${values.locale}"; expected one of ${LOCALES.join(', ')}`);
  }
  const [id, ...extra] = positionals;
  if (id === undefined) throw new UsageError(`which script? Give an id or "list".`, HELP);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  if (id === 'list') {
    const scripts = SCRIPT_IDS.map((scriptId) => getScript(scriptId));
    if (values.json) {
      io.out(`${JSON.stringify(scripts, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...SCRIPT_IDS.map((s) => s.length));
    for (const script of scripts) {
      const vars = script.parameters.map(describeParameter).join(' ');
      io.out(`${script.id.padEnd(width)}  ${script.title[locale]}${vars === '' ? '' : `  (${vars})`}\n`);
    }
    return 0;
  }

  if (!isScriptId(id))
    throw new UsageError(`unknown script "${id}"; expected one of: list, ${SCRIPT_IDS.join(', ')}`);
  const script = getScript(id);
  const given = new Map<string, string[]>();
  for (const pair of values.var ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var "${pair}": expected name=value`);
    const name = pair.slice(0, eq).trim();
    if (!script.variables.includes(name)) {
      throw new UsageError(
        `script "${id}" has no variable "${name}"; it uses ${script.variables.length === 0 ? 'none' : script.variables.join(', ')}`,
      );
    }
    given.set(name, [...(given.get(name) ?? []), pair.slice(eq + 1)]);
  }
  const vars: Record<string, unknown> = Object.create(null);
  for (const parameter of script.parameters) {
    const texts = given.get(parameter.name);
    if (texts !== undefined) vars[parameter.name] = convert(parameter, texts);
  }
  const missing = script.parameters.filter((p) => !given.has(p.name));
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${missing.map((p) => `--var ${p.name}=<${p.expected}>`).join(', ')} for script "${id}"`,
    );
  }
  const result = safeRenderScript(id, vars, { locale, format: values.html ? 'html' : 'text' });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join('; '));
  // A reply is one paragraph: a line break in it came from a value, and is shown, not obeyed.
  io.out(`${printable(result.data)}\n`);
  return 0;
};
