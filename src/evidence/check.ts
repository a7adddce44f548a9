import type { IssueType } from '../shared/issue-types.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/locale.js';
import { type Issue, type SafeResult, fail, ok } from '../shared/result.js';
import { failFromZod } from '../shared/zod-issues.js';
import { safely } from '../shared/safe-call.js';
import { EVIDENCE_CHECKLISTS, type EvidenceItem, type EvidenceItemId } from './checklists.js';
import { formatEvidenceFileName, parseEvidenceFileName } from './file-name.js';
import { MINIMUM_RESOLUTION } from './data.js';
import { type ImageFormat, meetsMinimumResolution, readImageSize } from './image-size.js';
import { CheckEvidenceRequestSchema } from './schemas.js';

/**
 * One file handed to `checkEvidence`.
 *
 * @example
 * const file: EvidenceFile = { name: 'order.png', bytes: new Uint8Array(), item: 'order-screenshot' };
 */
export interface EvidenceFile {
  readonly name: string;
  /** The file's bytes: the picture's size is read from them, and duplicates found. */
  readonly bytes?: Uint8Array;
  /** The picture's size when it is known and no bytes are given. */
  readonly width?: number;
  readonly height?: number;
  /** The checklist item the file proves; guessed from the name when absent. */
  readonly item?: string;
}

/**
 * Options of `checkEvidence`.
 *
 * @example
 * const options: CheckEvidenceOptions = { issueType: 'quality-dispute', orderId: '1550672064762308113', locale: 'en' };
 */
export interface CheckEvidenceOptions {
  readonly issueType: IssueType;
  /** The order number, digits as a string. */
  readonly orderId: string;
  /** @default 'zh-CN' */
  readonly locale?: Locale;
}

/** A finding about one file, with a localized message. */
export interface EvidenceFinding {
  /** The file's name as given. */
  readonly file: string;
  readonly message: string;
}

/**
 * What `checkEvidence` found: which checklist items are proven and which are missing, and what is
 * wrong with the files. `complete` is true when every required item has at least one usable file.
 *
 * @example
 * const report: EvidenceReport | undefined = undefined;
 */
export interface EvidenceReport {
  readonly issueType: IssueType;
  readonly orderId: string;
  readonly locale: Locale;
  readonly complete: boolean;
  /** Items with at least one usable file. */
  readonly satisfied: readonly {
    readonly item: EvidenceItemId;
    readonly name: string;
    readonly files: readonly string[];
  }[];
  /** Items without a usable file, required ones first. */
  readonly missing: readonly {
    readonly item: EvidenceItemId;
    readonly name: string;
    readonly required: boolean;
    readonly message: string;
  }[];
  /** Pictures under the guide's 800×600, with their measured size. */
  readonly tooSmall: readonly (EvidenceFinding & { readonly width: number; readonly height: number })[];
  /** Files whose bytes are not a readable picture. */
  readonly unreadable: readonly (EvidenceFinding & { readonly code: string })[];
  /** Files whose extension the item does not accept. */
  readonly wrongFormat: readonly (EvidenceFinding & { readonly item: EvidenceItemId })[];
  /** Files not named 订单号+问题类型, with the name they should have. */
  readonly misnamed: readonly (EvidenceFinding & { readonly suggestedName: string })[];
  /** Files with the same bytes as an earlier file. */
  readonly duplicates: readonly (EvidenceFinding & { readonly duplicateOf: string })[];
  /** Files named for another order. */
  readonly otherOrder: readonly (EvidenceFinding & { readonly orderId: string })[];
  /** Files for which no checklist item is given or could be guessed from the name. */
  readonly unassigned: readonly EvidenceFinding[];
  /** Every message above, in order, for a bot or a log. */
  readonly messages: readonly string[];
}

type Texts = Record<Locale, (...args: string[]) => string>;
const T = {
  missing: {
    'zh-CN': (name) => `缺少:${name}`,
    en: (name) => `Missing: ${name}`,
    es: (name) => `Falta: ${name}`,
  },
  missingOptional: {
    'zh-CN': (name) => `建议补充:${name}`,
    en: (name) => `Recommended: ${name}`,
    es: (name) => `Recomendado: ${name}`,
  },
  tooSmall: {
    'zh-CN': (file, size) => `${file} 分辨率为 ${size},建议至少 800×600(长边≥800,短边≥600)`,
    en: (file, size) => `${file} is ${size}; at least 800×600 is needed (long side ≥ 800, short side ≥ 600)`,
    es: (file, size) => `${file} mide ${size}; se necesita al menos 800×600 (lado largo ≥ 800, corto ≥ 600)`,
  },
  unreadable: {
    'zh-CN': (file) => `${file} 无法识别为图片(文件损坏、不完整或格式不支持)`,
    en: (file) => `${file} cannot be read as a picture (corrupt, truncated or unsupported)`,
    es: (file) => `${file} no se puede leer como imagen (dañada, incompleta o no compatible)`,
  },
  wrongFormat: {
    'zh-CN': (file, formats) => `${file} 的格式不适用于此项,可用:${formats}`,
    en: (file, formats) => `${file} is not in a format this item accepts: ${formats}`,
    es: (file, formats) => `${file} no tiene un formato aceptado: ${formats}`,
  },
  misnamed: {
    'zh-CN': (file, suggested) => `${file} 未按“订单号+问题类型”命名,建议改为 ${suggested}`,
    en: (file, suggested) => `${file} is not named order number + issue type; rename it ${suggested}`,
    es: (file, suggested) =>
      `${file} no sigue «número de pedido + tipo de problema»; renómbrelo ${suggested}`,
  },
  duplicate: {
    'zh-CN': (file, other) => `${file} 与 ${other} 内容相同`,
    en: (file, other) => `${file} is the same file as ${other}`,
    es: (file, other) => `${file} es el mismo archivo que ${other}`,
  },
  otherOrder: {
    'zh-CN': (file, order) => `${file} 属于另一个订单(${order})`,
    en: (file, order) => `${file} belongs to another order (${order})`,
    es: (file, order) => `${file} pertenece a otro pedido (${order})`,
  },
  unassigned: {
    'zh-CN': (file) => `${file} 无法判断用于证明哪一项材料,请注明`,
    en: (file) => `${file}: say which checklist item it proves`,
    es: (file) => `${file}: indique qué elemento de la lista demuestra`,
  },
} satisfies Record<string, Texts>;

/** FNV-1a over the bytes: a fast first filter before comparing bytes. */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Typed to accept `undefined` (a name without extension), which it does not hold.
const PICTURE_EXTENSIONS: ReadonlySet<string | undefined> = new Set([
  'jpg',
  'jpeg',
  'png',
  'webp',
  'gif',
  'bmp',
  'heic',
  'heif',
  'avif',
]);
const FORMAT_EXTENSION: Record<ImageFormat, string> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  gif: 'gif',
  bmp: 'bmp',
  heic: 'heic',
  avif: 'avif',
};

function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.normalize('NFKC').trim());
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * Keywords that only say what kind of file it is (a video, a photo): an unboxing video (开箱视频)
 * is a video too, so 视频 must not outweigh 开箱.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(['视频', '录像', 'video', 'vídeo', 'photo', 'foto']);

/**
 * The checklist item named in a file name. An item's whole name in any locale (故障演示视频) names
 * it outright; otherwise the longest keyword or id found, a word of {@link KIND_WORDS} counting
 * half. Only the items that take the file's format compete when any does: a `.mp4` is never the
 * defect photos.
 */
function guessItem(
  name: string,
  checklist: readonly EvidenceItem[],
  extension: string | undefined,
): EvidenceItem | undefined {
  const text = name.normalize('NFKC').toLowerCase();
  const fitting = checklist.filter((item) =>
    (item.rules.formats as readonly string[]).includes(extension ?? ''),
  );
  let best: EvidenceItem | undefined;
  let bestScore = 0;
  for (const item of fitting.length > 0 ? fitting : checklist) {
    const names = Object.values(item.name).map((word) => word.normalize('NFKC').toLowerCase());
    for (const word of [...names, item.id, ...item.keywords]) {
      if (!text.includes(word)) continue;
      const score = names.includes(word)
        ? 1000 + word.length
        : KIND_WORDS.has(word)
          ? word.length / 2
          : word.length;
      if (score > bestScore) {
        best = item;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Checks the evidence of one case (核对证据材料) against the issue type's checklist: which items
 * are proven and which are missing, pictures under 800×600 (图片分辨率建议800×600以上, either way
 * up), unreadable pictures, names not in the 订单号+问题类型 form (with the name to use),
 * duplicates (same bytes) and files named for another order. A file counts for an item when it
 * is for this order, not a duplicate, in an accepted format, and (a picture with a known size)
 * large enough. The item a file proves is taken from `item`, or guessed from words in its name
 * (订单, 支付, 聊天, invoice…).
 *
 * @param files - the files (untrusted): name, bytes or known size, optional checklist item id
 * @param options - the issue type, the order number, the locale of the messages
 * @returns the report in safeParse shape (issues for a malformed request)
 * @example
 * const result = checkEvidence(
 *   [{ name: '订单截图.png', width: 1080, height: 1920 }],
 *   { issueType: 'logistics-delay', orderId: '1550672064762308113', locale: 'en' },
 * );
 * if (result.success) result.data.missing.map((m) => m.item); //=> ['tracking-screenshot', 'chat-screenshots', 'payment-proof']
 */
export function checkEvidence(
  files: readonly EvidenceFile[],
  options: CheckEvidenceOptions,
): SafeResult<EvidenceReport> {
  return safely(() => check(files, options));
}

function check(files: readonly EvidenceFile[], options: CheckEvidenceOptions): SafeResult<EvidenceReport> {
  // Spreading null or a primitive adds nothing (a string only its index keys, which the schema ignores).
  const request = CheckEvidenceRequestSchema.safeParse({ ...options, files });
  if (!request.success) {
    return failFromZod(request.error.issues);
  }
  const { issueType, orderId } = request.data;
  const locale = request.data.locale ?? DEFAULT_LOCALE;
  const checklist = EVIDENCE_CHECKLISTS[issueType];
  const itemIds = new Set<string>(checklist.map((item) => item.id));
  const unknownItems = request.data.files.flatMap((file, index): Issue[] =>
    file.item !== undefined && !itemIds.has(file.item)
      ? [
          {
            code: 'invalid_value',
            message: `item "${file.item}" is not on the ${issueType} checklist; expected one of ${[...itemIds].join(', ')}`,
            path: ['files', index, 'item'],
          },
        ]
      : [],
  );
  if (unknownItems.length > 0) return fail(unknownItems);

  const messages: string[] = [];
  const say = <F extends { message: string }>(list: F[], finding: F) => {
    list.push(finding);
    messages.push(finding.message);
  };
  const t = <K extends keyof typeof T>(key: K, ...args: string[]) =>
    (T[key][locale] as (...parts: string[]) => string)(...args);

  const tooSmall: (EvidenceFinding & { width: number; height: number })[] = [];
  const unreadable: (EvidenceFinding & { code: string })[] = [];
  const wrongFormat: (EvidenceFinding & { item: EvidenceItemId })[] = [];
  const misnamed: (EvidenceFinding & { suggestedName: string })[] = [];
  const duplicates: (EvidenceFinding & { duplicateOf: string })[] = [];
  const otherOrder: (EvidenceFinding & { orderId: string })[] = [];
  const unassigned: EvidenceFinding[] = [];
  const proven = new Map<EvidenceItemId, string[]>();

  // Names already in the convention for this case are taken; suggestions avoid them (ignoring
  // case, as Windows and macOS do).
  // Compared without the extension, so one case never has `-1.jpg` and `-1.png` suggested.
  const key = (name: string) =>
    name
      .normalize('NFC')
      .toLowerCase()
      .replace(/\.[^.]*$/, '');
  const taken = new Set(request.data.files.map((file) => key(file.name)));
  const canonicalOf = (name: string): string | undefined => {
    const parsed = parseEvidenceFileName(name);
    return parsed.success ? formatEvidenceFileName(parsed.data) : undefined;
  };
  let nextSequence = 1;
  const single = request.data.files.length === 1;
  const suggest = (extension: string): string => {
    // A single file takes the plain name: the only name taken is its own (e.g. the plain name
    // without its extension).
    if (single) return formatEvidenceFileName({ orderId, issueType, extension });
    for (;;) {
      const name = formatEvidenceFileName({ orderId, issueType, extension, sequence: nextSequence++ });
      if (!taken.has(key(name))) {
        taken.add(key(name));
        return name;
      }
    }
  };

  const seen = new Map<string, { name: string; bytes: Uint8Array }[]>();
  request.data.files.forEach((file) => {
    const parsed = parseEvidenceFileName(file.name);
    // Another order: a conventional name with another number, or a run of digits as long as this
    // order's number (at least 10) that differs from it.
    const foreign = parsed.success
      ? parsed.data.orderId !== orderId
        ? parsed.data.orderId
        : undefined
      : orderId.length >= 10
        ? (file.name.normalize('NFKC').match(/[0-9]+/g) ?? []).find(
            (run) => run.length === orderId.length && run !== orderId,
          )
        : undefined;
    if (foreign !== undefined) {
      say(otherOrder, { file: file.name, orderId: foreign, message: t('otherOrder', file.name, foreign) });
      return;
    }

    if (file.bytes) {
      const key = `${file.bytes.length}:${fnv1a(file.bytes)}`;
      const earlier = seen.get(key)?.find((other) => sameBytes(other.bytes, file.bytes!));
      if (earlier) {
        say(duplicates, {
          file: file.name,
          duplicateOf: earlier.name,
          message: t('duplicate', file.name, earlier.name),
        });
        return;
      }
      seen.set(key, [...(seen.get(key) ?? []), { name: file.name, bytes: file.bytes }]);
    }

    let extension = extensionOf(file.name);
    let size: { width: number; height: number } | undefined =
      file.width !== undefined && file.height !== undefined
        ? { width: file.width, height: file.height }
        : undefined;
    let usable = true;
    if (file.bytes && (extension === undefined || PICTURE_EXTENSIONS.has(extension))) {
      const measured = readImageSize(file.bytes);
      if (measured.success) {
        size = measured.data;
        extension ??= FORMAT_EXTENSION[measured.data.format];
      } else if (extension !== undefined) {
        usable = false;
        say(unreadable, {
          file: file.name,
          code: measured.error.issues[0]!.code, // a failed read has one issue
          message: t('unreadable', file.name),
        });
      }
    }

    // The name: in the convention for this case, or a suggestion.
    const canonical = canonicalOf(file.name);
    const parsedIssue = parsed.success ? parsed.data.issueType : undefined;
    if (extension !== undefined && (canonical !== file.name || parsedIssue !== issueType)) {
      // Keep the file's own sequence when its name only needs tidying, unless another file
      // holds that name already (a case-only change of its own name is fine).
      const tidy =
        parsed.success && parsedIssue === issueType
          ? formatEvidenceFileName({ ...parsed.data, extension })
          : undefined;
      const own = key(file.name);
      const suggestedName =
        tidy !== undefined && (key(tidy) === own || !taken.has(key(tidy))) ? tidy : suggest(extension);
      taken.add(key(suggestedName));
      say(misnamed, { file: file.name, suggestedName, message: t('misnamed', file.name, suggestedName) });
    }

    // A name in the convention carries no item (its issue label would mislead the guess).
    const item =
      file.item !== undefined
        ? checklist.find((entry) => entry.id === file.item)
        : parsed.success
          ? undefined
          : guessItem(file.name, checklist, extension);
    if (!item) {
      say(unassigned, { file: file.name, message: t('unassigned', file.name) });
    } else if (!(item.rules.formats as readonly (string | undefined)[]).includes(extension)) {
      usable = false;
      say(wrongFormat, {
        file: file.name,
        item: item.id,
        message: t('wrongFormat', file.name, item.rules.formats.join(', ')),
      });
    }
    if (size && PICTURE_EXTENSIONS.has(extension) && !meetsMinimumResolution(size, MINIMUM_RESOLUTION)) {
      if (item === undefined || item.rules.minimumResolution !== null) {
        usable = false;
        say(tooSmall, {
          file: file.name,
          width: size.width,
          height: size.height,
          message: t('tooSmall', file.name, `${size.width}×${size.height}`),
        });
      }
    }
    if (item && usable) proven.set(item.id, [...(proven.get(item.id) ?? []), file.name]);
  });

  const satisfied = checklist.flatMap((item) => {
    const files = proven.get(item.id);
    return files ? [{ item: item.id, name: item.name[locale], files }] : [];
  });
  const missing = checklist
    .filter((item) => !proven.has(item.id))
    .map((item) => ({
      item: item.id,
      name: item.name[locale],
      required: item.required,
      message: t(item.required ? 'missing' : 'missingOptional', item.name[locale]),
    }));
  messages.push(...missing.map((entry) => entry.message));
  return ok({
    issueType,
    orderId,
    locale,
    complete: missing.every((entry) => !entry.required),
    satisfied,
    missing,
    tooSmall,
    unreadable,
    wrongFormat,
    misnamed,
    duplicates,
    otherOrder,
    unassigned,
    messages,
  });
}
