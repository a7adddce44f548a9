import { readFile } from 'node:fs/promises';
import { parseZonedDateTime } from '../../calendar/index.js';
import { parseCaseLog } from '../../cases/parse.js';
import type { CaseLog } from '../../cases/log-shape.js';
import { reportToCsv } from '../../insights/csv.js';
import { reportToMarkdown } from '../../insights/markdown.js';
import { buildReport } from '../../insights/report.js';
import { reportToSvg } from '../../insights/svg.js';
import { isTiantianError } from '../../shared/errors.js';
import { type Command, parseOnce, UsageError } from '../io.js';

const HELP = `Usage: tiantian-support report <case-log.json…> --from <time> --to <time> [--csv | --svg | --json] [options]

A report (数据报表) of the cases opened in [from, to): volume by channel, issue type and day; first-reply,
next-reply and resolution times (n, mean, median, p90, p95; calendar and business minutes); SLA
achievement; one-touch, first-contact resolution, reopen rate. Each file holds one case log as
JSON.stringify(log) wrote it. Markdown tables by default.

Options:
  --from <time>       "YYYY-MM-DD" or "YYYY-MM-DD HH:mm" in Beijing time, or ISO 8601 with an offset (required)
  --to <time>         the end, exclusive, in the same forms (required)
  --group-by <key>    channel | issueType: the metrics per group too
  --csv               CSV (one figure a row, with its sample size)
  --svg               an SVG chart (volume by day and channel; first-reply distribution)
  --json              the report as JSON (mergeable with mergeReports)
  -h, --help          show this help

Exit code: 0 done; 1 a file could not be read as a case log; 2 usage error.

Example:
  tiantian-support report cases/*.json --from 2026-10-01 --to 2026-11-01 --csv > october.csv
`;

const OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

function readInstant(text: string, option: string): Date {
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && OFFSET.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return at;
  } else {
    try {
      return parseZonedDateTime(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} 00:00` : text, 'Asia/Shanghai');
    } catch (error) {
      if (!isTiantianError(error)) throw error;
    }
  }
  throw new UsageError(
    `${option} ${JSON.stringify(text)} is not a time; expected "YYYY-MM-DD", "YYYY-MM-DD HH:mm" (Beijing time) or ISO 8601 with an offset`,
  );
}

/** `tiantian-support report`: a report over case-log files. */
export const reportCommand: Command = async (args, io) => {
  let parsed: ReturnType<typeof parse>;
  const parse = (argv: readonly string[]) =>
    parseOnce({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'group-by': { type: 'string' },
        csv: { type: 'boolean' },
        svg: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.from === undefined || values.to === undefined)
    throw new UsageError('--from and --to are required');
  const from = readInstant(values.from, '--from');
  const to = readInstant(values.to, '--to');
  if (to.getTime() < from.getTime()) throw new UsageError('--to is before --from');
  const formats = [values.csv, values.svg, values.json].filter(Boolean).length;
  if (formats > 1) throw new UsageError('choose one of --csv, --svg, --json');
  const groupBy = values['group-by'];
  if (groupBy !== undefined && groupBy !== 'channel' && groupBy !== 'issueType') {
    throw new UsageError(`--group-by must be channel or issueType, got ${JSON.stringify(groupBy)}`);
  }
  if (positionals.length === 0) throw new UsageError(`no case-log files given`, HELP);
  const logs: CaseLog[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // Thrown to main, which escapes the file name and the message as every error's (exit 1).
      throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = parseCaseLog(text);
    if (!result.success) {
      const [issue] = result.error.issues;
      throw new Error(
        `${file} is not a case log: ${issue?.message ?? 'unreadable'}${issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''}`,
      );
    }
    logs.push(result.data);
  }
  const report = buildReport(logs, { from, to, ...(groupBy === undefined ? {} : { groupBy }) });
  if (values.csv) io.out(reportToCsv(report));
  else if (values.svg) io.out(`${reportToSvg(report)}\n`);
  else if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(reportToMarkdown(report));
  return 0;
};
