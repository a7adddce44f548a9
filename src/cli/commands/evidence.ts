import { constants } from 'node:fs';
import { copyFile, link, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  checkEvidence,
  type EvidenceFile,
  type EvidenceReport,
  getEvidenceChecklist,
  issueTypeFromLabel,
} from '../../evidence/index.js';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES, type IssueType } from '../../shared/issue-types.js';
import { DEFAULT_LOCALE, type Locale, isLocale } from '../../shared/locale.js';
import { isOrderId } from '../../shared/order-id.js';
import { type CliIo, type Command, parseOnce, UsageError } from '../io.js';
import { printable } from '../printable.js';

const HELP = `Usage:
  tiantian-support evidence check <folder> --order <id> --issue <type> [options]
  tiantian-support evidence checklist --issue <type> [--locale <locale>] [--json]

Checks the evidence files of one case in <folder> against the checklist of the issue type. Files
in a subfolder named after a checklist item (订单截图/, chat-screenshots/…) prove that item; other
files are matched by words in their names. It reports the items proven and missing, pictures
under 800×600, unreadable pictures, names not in the 订单号+问题类型 form, duplicates, files of
another order. Exit code 1 when a required item is missing.

Options:
  --order <id>       the order number (digits)
  --issue <type>     the issue type: an id (quality-dispute) or a label (商品质量争议)
  --locale <locale>  zh-CN (default), en or es
  --json             print the report as JSON
  --rename           show the suggested names of misnamed files
  --yes              with --rename: rename them (an existing file is never overwritten)
  -h, --help         show this help
`;

/** Files larger than this are not read (a picture of evidence is far smaller). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const PROGRESS_FROM = 20;

function issueOption(value: string | undefined): IssueType {
  if (value === undefined) throw new UsageError(`--issue is required, e.g. --issue quality-dispute`, HELP);
  const issueType = issueTypeFromLabel(value);
  if (!issueType)
    throw new UsageError(`unknown issue type "${value}"; expected one of ${ISSUE_TYPES.join(', ')}`);
  return issueType;
}

function localeOption(value: string | undefined): Locale {
  if (value === undefined) return DEFAULT_LOCALE;
  if (!isLocale(value)) throw new UsageError(`unknown locale "${value}"; expected zh-CN, en or es`);
  return value;
}

const WORDS = {
  'zh-CN': {
    title: '证据检查',
    order: '订单',
    ok: '齐全',
    incomplete: '不齐全',
    renamed: '已重命名',
    skipped: '跳过(目标已存在)',
    failed: '重命名失败',
    suggestions: '建议的文件名',
  },
  en: {
    title: 'Evidence check',
    order: 'order',
    ok: 'complete',
    incomplete: 'incomplete',
    renamed: 'renamed',
    skipped: 'skipped (target exists)',
    failed: 'rename failed',
    suggestions: 'Suggested names',
  },
  es: {
    title: 'Revisión de pruebas',
    order: 'pedido',
    ok: 'completo',
    incomplete: 'incompleto',
    renamed: 'renombrado',
    skipped: 'omitido (el destino existe)',
    failed: 'no se pudo renombrar',
    suggestions: 'Nombres sugeridos',
  },
} as const;

function renderReport(report: EvidenceReport): string {
  const words = WORDS[report.locale];
  const label = ISSUE_TYPE_LABELS[report.issueType][report.locale];
  const lines = [
    `${words.title}: ${words.order} ${report.orderId} · ${label} · ${report.complete ? words.ok : words.incomplete}`,
  ];
  for (const entry of report.satisfied) lines.push(`  ✓ ${entry.name}: ${printable(entry.files.join(', '))}`);
  for (const entry of report.missing) lines.push(`  ${entry.required ? '✗' : '·'} ${entry.message}`);
  for (const list of [
    report.tooSmall,
    report.unreadable,
    report.wrongFormat,
    report.duplicates,
    report.otherOrder,
    report.unassigned,
    report.misnamed,
  ]) {
    for (const finding of list) lines.push(`  ! ${printable(finding.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The checklist item a subfolder stands for: its id or its name in any locale (订单截图/, chat-screenshots/). */
function itemOfFolder(folder: string, issueType: IssueType): string | undefined {
  const key = folder.normalize('NFKC').trim().toLowerCase();
  return getEvidenceChecklist(issueType).find(
    (item) => item.id === key || Object.values(item.name).some((name) => name.toLowerCase() === key),
  )?.id;
}

interface ScannedFile {
  readonly file: EvidenceFile;
  readonly path: string;
}

async function readFolder(folder: string, issueType: IssueType, io: CliIo): Promise<ScannedFile[]> {
  const found: { name: string; path: string; item?: string }[] = [];
  try {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isFile()) found.push({ name: entry.name, path: join(folder, entry.name) });
      const item = entry.isDirectory() ? itemOfFolder(entry.name, issueType) : undefined;
      if (item === undefined) continue;
      for (const inner of await readdir(join(folder, entry.name), { withFileTypes: true })) {
        if (inner.isFile() && !inner.name.startsWith('.')) {
          found.push({ name: inner.name, path: join(folder, entry.name, inner.name), item });
        }
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      `cannot read the folder "${folder}" (${code ?? 'error'}): give a folder of evidence files`,
    );
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const progress = io.isTTY && found.length >= PROGRESS_FROM;
  const files: ScannedFile[] = [];
  for (const [index, { name, path, item }] of found.entries()) {
    if (progress) io.err(`\r${index + 1}/${found.length} ${printable(name.slice(0, 40))}\u001b[K`);
    const { size } = await stat(path);
    const base: EvidenceFile = item === undefined ? { name } : { name, item };
    files.push({
      path,
      file: size <= MAX_FILE_BYTES ? { ...base, bytes: new Uint8Array(await readFile(path)) } : base,
    });
  }
  if (progress) io.err('\r\u001b[K');
  return files;
}

/**
 * Renames without ever replacing a file: a hard link fails if the target exists (an exclusive
 * copy where hard links are not supported). Exported for the tests of the race it guards.
 */
export async function renameExclusive(from: string, to: string): Promise<'renamed' | 'exists'> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') return 'exists';
    // File systems without hard links (FAT, some network shares): an exclusive copy instead.
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as { code?: string }).code === 'EEXIST') return 'exists';
      throw copyError;
    }
  }
  await unlink(from);
  return 'renamed';
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOnce({
    args: [...args],
    allowPositionals: true,
    options: {
      order: { type: 'string' },
      issue: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      rename: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
    },
  });
  const folder = positionals[0];
  if (folder === undefined || positionals.length > 1) throw new UsageError(`give exactly one folder`, HELP);
  if (values.order === undefined)
    throw new UsageError(`--order is required, e.g. --order 1550672064762308113`, HELP);
  const orderId = values.order.normalize('NFKC');
  if (!isOrderId(orderId)) throw new UsageError(`--order must be 6 to 32 digits, got "${values.order}"`);
  const issueType = issueOption(values.issue);
  const locale = localeOption(values.locale);
  if (values.yes && !values.rename) throw new UsageError('--yes only applies with --rename');

  const scanned = await readFolder(folder, issueType, io);
  const result = checkEvidence(
    scanned.map((entry) => entry.file),
    { issueType, orderId, locale },
  );
  // The request is the command line's (the folder, --order, --issue): what it refuses is a usage error.
  if (!result.success) {
    throw new UsageError(result.error.issues.map((issue) => issue.message).join('; '));
  }
  const report = result.data;
  type Outcome = 'renamed' | 'exists' | 'suggested' | 'failed' | 'ambiguous';
  const renames: { from: string; to: string; outcome: Outcome }[] = [];
  // Findings name files by their base name; one in two subfolders is not renamed.
  const pathsOf = (name: string) =>
    scanned.filter((entry) => entry.file.name === name).map((entry) => entry.path);
  if (values.rename) {
    for (const { file, suggestedName } of report.misnamed) {
      if (!values.yes) {
        renames.push({ from: file, to: suggestedName, outcome: 'suggested' });
        continue;
      }
      const paths = pathsOf(file);
      const path = paths.length === 1 ? paths[0] : undefined;
      if (path === undefined) {
        renames.push({ from: file, to: suggestedName, outcome: 'ambiguous' });
        continue;
      }
      try {
        renames.push({
          from: file,
          to: suggestedName,
          outcome: await renameExclusive(path, join(dirname(path), suggestedName)),
        });
      } catch {
        renames.push({ from: file, to: suggestedName, outcome: 'failed' });
      }
    }
  }
  if (values.json) {
    io.out(`${JSON.stringify(values.rename ? { ...report, renames } : report, null, 2)}\n`);
  } else {
    io.out(renderReport(report));
    if (values.rename) {
      const words = WORDS[locale];
      io.out(`${words.suggestions}:\n`);
      for (const { from, to, outcome } of renames) {
        const note =
          outcome === 'renamed'
            ? words.renamed
            : outcome === 'exists'
              ? words.skipped
              : outcome === 'failed' || outcome === 'ambiguous'
                ? words.failed
                : '';
        io.out(`  ${printable(from)} → ${printable(to)}${note ? `  (${note})` : ''}\n`);
      }
    }
  }
  return report.complete ? 0 : 1;
}

function checklist(args: readonly string[], io: CliIo): number {
  const { values } = parseOnce({
    args: [...args],
    options: {
      issue: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const issueType = issueOption(values.issue);
  const locale = localeOption(values.locale);
  const items = getEvidenceChecklist(issueType);
  if (values.json) {
    io.out(`${JSON.stringify(items, null, 2)}\n`);
    return 0;
  }
  const lines = items.map(
    (item) =>
      `  ${item.required ? '*' : '-'} ${item.name[locale]}: ${item.why[locale]} (${item.rules.formats.join(', ')})`,
  );
  io.out(`${ISSUE_TYPE_LABELS[issueType][locale]}\n${lines.join('\n')}\n`);
  return 0;
}

/** `tiantian-support evidence`: check a folder of evidence files, or print a checklist. */
export const evidenceCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (
    sub === undefined ||
    sub === '--help' ||
    sub === '-h' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    io.out(HELP);
    return sub === undefined ? 2 : 0;
  }
  try {
    if (sub === 'check') return await check(rest, io);
    if (sub === 'checklist') return checklist(rest, io);
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError((error as Error).message);
    throw error;
  }
  throw new UsageError(`unknown sub-command "${sub}"; expected check or checklist`, HELP);
};
