// Masking personal data (个人信息脱敏) in free text before it is shown, logged or stored: a display
// mask that keeps the ends, a removal tag, or a keyed pseudonym (WebCrypto HMAC) that links one
// value across a case without storing it.
import { describeValue } from '../shared/assert.js';
import { timeOfDate } from '../shared/date-value.js';
import { TiantianError } from '../shared/errors.js';
import {
  PII_KINDS,
  type PiiKind,
  type PiiValidator,
  type RawFinding,
  type ScanConfig,
  scanPii,
} from './scan.js';

/**
 * What replaces a finding: `'mask'` keeps the ends (`138****5678`, `110101********123X`, `****5678`,
 * `z***@qq.com`, `张**`), `'remove'` writes only the kind in brackets (`[phone]`).
 *
 * @example
 * const policy: RedactionPolicy = 'remove';
 */
export type RedactionPolicy = 'mask' | 'remove';

/**
 * Options of {@link redactPii} (and of {@link pseudonymizePii}, without `policy`).
 *
 * @example
 * const options: RedactPiiOptions = { kinds: ['phone', 'id-card'], policy: 'remove' };
 */
export interface RedactPiiOptions {
  /**
   * The kinds to look for. `'name'` and `'address'` (low confidence, after 收货人/地址 labels) are
   * looked for only when listed.
   * @default ['phone', 'id-card', 'bank-card', 'email']
   */
  readonly kinds?: readonly PiiKind[];
  /** @default 'mask' */
  readonly policy?: RedactionPolicy;
  /**
   * Also find the 15-digit first-generation ID numbers (no check digit: lower confidence).
   * @default false
   */
  readonly legacyIdCards?: boolean;
  /**
   * Findings below this confidence (0–1) are left in the text and not reported.
   * @default 0
   */
  readonly minConfidence?: number;
  /**
   * “Today” for the ID birth-date check (a birth date after it is not real).
   * @default new Date()
   */
  readonly now?: Date;
}

/**
 * One piece of personal data found: its kind, its span `[start, end)` in the original text (UTF-16
 * offsets), how sure the detector is (0–1), what confirmed it, and what replaced it.
 *
 * @example
 * const finding: PiiFinding = { kind: 'phone', start: 3, end: 14, confidence: 0.9, validator: 'mobile-prefix', replacement: '138****5678' };
 */
export interface PiiFinding {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly validator: PiiValidator;
  readonly replacement: string;
}

/**
 * The text with its personal data replaced, and the findings, sorted by `start` and not overlapping.
 *
 * @example
 * const result: PiiRedaction = redactPii('电话13812345678');
 */
export interface PiiRedaction {
  readonly text: string;
  readonly findings: readonly PiiFinding[];
}

const DEFAULT_KINDS: readonly PiiKind[] = ['phone', 'id-card', 'bank-card', 'email'];

/** Reads an option through a getter that may throw, as a TiantianError naming it. */
function readOption(options: object, name: string): unknown {
  try {
    return (options as Record<string, unknown>)[name];
  } catch (cause) {
    throw new TiantianError('invalid_argument', `options.${name} could not be read`, { path: [name], cause });
  }
}

interface Settings extends ScanConfig {
  readonly policy: RedactionPolicy;
  readonly minConfidence: number;
}

function settingsOf(text: unknown, options: unknown, withPolicy: boolean): Settings {
  if (typeof text !== 'string') {
    throw new TiantianError('invalid_argument', `text must be a string, got ${describeValue(text)}`, {
      path: ['text'],
    });
  }
  if (options === undefined) {
    return {
      kinds: new Set(DEFAULT_KINDS),
      legacyIdCards: false,
      now: undefined,
      policy: 'mask',
      minConfidence: 0,
    };
  }
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError('invalid_argument', `options must be an object, got ${describeValue(options)}`, {
      path: ['options'],
    });
  }
  const kinds = readOption(options, 'kinds') ?? DEFAULT_KINDS;
  if (!Array.isArray(kinds)) {
    throw new TiantianError('invalid_argument', `options.kinds must be an array of ${PII_KINDS.join(', ')}`, {
      path: ['kinds'],
    });
  }
  const kindSet = new Set<PiiKind>();
  for (let i = 0; i < kinds.length; i++) {
    const kind: unknown = kinds[i];
    if (!PII_KINDS.includes(kind as PiiKind)) {
      throw new TiantianError(
        'invalid_argument',
        `options.kinds[${i}] must be one of ${PII_KINDS.join(', ')}, got ${describeValue(kind)}`,
        { path: ['kinds', i] },
      );
    }
    kindSet.add(kind as PiiKind);
  }
  const policy = withPolicy ? (readOption(options, 'policy') ?? 'mask') : 'mask';
  if (policy !== 'mask' && policy !== 'remove') {
    throw new TiantianError(
      'invalid_argument',
      `options.policy must be 'mask' or 'remove', got ${describeValue(policy)}`,
      {
        path: ['policy'],
      },
    );
  }
  const legacy = readOption(options, 'legacyIdCards') ?? false;
  if (typeof legacy !== 'boolean') {
    throw new TiantianError(
      'invalid_argument',
      `options.legacyIdCards must be a boolean, got ${describeValue(legacy)}`,
      {
        path: ['legacyIdCards'],
      },
    );
  }
  const minConfidence = readOption(options, 'minConfidence') ?? 0;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new TiantianError(
      'invalid_argument',
      `options.minConfidence must be a number from 0 to 1, got ${describeValue(minConfidence)}`,
      { path: ['minConfidence'] },
    );
  }
  const now = readOption(options, 'now');
  // timeOfDate, not instanceof: a fake Date (Object.create(Date.prototype)) has no instant to read.
  if (now !== undefined && Number.isNaN(timeOfDate(now))) {
    throw new TiantianError('invalid_date', `options.now must be a valid Date, got ${describeValue(now)}`, {
      path: ['now'],
    });
  }
  return { kinds: kindSet, legacyIdCards: legacy, now: now as Date | undefined, policy, minConfidence };
}

/**
 * The display mask of a finding: phone `138****5678` (an international prefix as written is
 * kept), ID `110101********123X`, card `****5678`, email `z***@qq.com`, name `张**`, address with
 * its first characters and `****`.
 */
function maskOf(finding: RawFinding): string {
  const { value } = finding;
  switch (finding.kind) {
    case 'phone':
      return `${finding.prefix}${value.slice(0, 3)}****${value.slice(-4)}`;
    case 'id-card':
      return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
    case 'bank-card':
      return `****${value.slice(-4)}`;
    case 'email': {
      const at = value.indexOf('@');
      return `${value.slice(0, 1)}***${value.slice(at)}`;
    }
    case 'name':
      return `${value.slice(0, 1)}${'*'.repeat(value.length - 1)}`;
    case 'address':
      return `${value.slice(0, Math.min(6, Math.floor(value.length / 2)))}****`;
  }
}

function rebuild(
  text: string,
  findings: readonly RawFinding[],
  replacements: readonly string[],
): PiiRedaction {
  let out = '';
  let from = 0;
  const reported: PiiFinding[] = [];
  findings.forEach((finding, i) => {
    const replacement = replacements[i] as string;
    out += text.slice(from, finding.start) + replacement;
    from = finding.end;
    reported.push({
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      confidence: Math.round(finding.confidence * 100) / 100,
      validator: finding.validator,
      replacement,
    });
  });
  return { text: out + text.slice(from), findings: reported };
}

function findingsOf(text: string, settings: Settings): RawFinding[] {
  return scanPii(text, settings).filter((finding) => finding.confidence >= settings.minConfidence);
}

/**
 * Finds and replaces personal data in free text: mainland mobile numbers (with +86/0086, spaces,
 * hyphens, full-width digits, inside text without spaces), 18-digit 居民身份证 numbers whose check
 * digit, province and birth date are valid (15-digit legacy ones with `legacyIdCards`), 16–19 digit
 * bank cards with an issuer prefix (a passing Luhn checksum or a word such as 卡号 raises the
 * confidence, neither is required), emails, and, when asked for, names and addresses after their
 * labels. Order and tracking numbers (after 订单号, 运单号, order number, pedido, SF, …) are never
 * masked; a number glued to letters (`SF1234567890123`) is no standalone number.
 *
 * Never throws for a string, in time linear in its length.
 *
 * @param text - any string
 * @param options - kinds, policy (`'mask'` or `'remove'`), `legacyIdCards`, `minConfidence`, `now`
 * @returns `{ text, findings }`, findings sorted by `start` and not overlapping
 * @throws {TiantianError} `'invalid_argument'` when `text` is not a string or an option is not as
 * described (`'invalid_date'` for `now`)
 * @example
 * redactPii('手机13812345678').text; //=> '手机138****5678'
 * redactPii('身份证11010519491231002X').text; //=> '身份证110105********002X'
 * redactPii('订单号1550672064762308113').findings; //=> []
 * redactPii('电话 138 1234 5678', { policy: 'remove' }).text; //=> '电话 [phone]'
 */
export function redactPii(text: string, options?: RedactPiiOptions): PiiRedaction {
  const settings = settingsOf(text, options, true);
  const findings = findingsOf(text, settings);
  const replacements = findings.map((finding) =>
    settings.policy === 'remove' ? `[${finding.kind}]` : maskOf(finding),
  );
  return rebuild(text, findings, replacements);
}

/**
 * A WebCrypto HMAC `CryptoKey` with the `'sign'` usage (from `crypto.subtle.importKey` or
 * `generateKey`), described by the parts the library checks so that no DOM types are needed.
 *
 * @example
 * const key = (await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])) as HmacCryptoKey;
 */
export interface HmacCryptoKey {
  readonly type: string;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/**
 * The key of {@link pseudonymizePii}: the secret as a non-empty string (UTF-8) or bytes, or an HMAC
 * `CryptoKey`.
 *
 * @example
 * const key: PseudonymKey = 'a secret kept by the service';
 */
export type PseudonymKey = string | Uint8Array | HmacCryptoKey;

type SubtleKey = Parameters<SubtleCryptoLike['sign']>[1];
type SubtleCryptoLike = NonNullable<typeof globalThis.crypto>['subtle'];

function isHmacKey(key: unknown): key is HmacCryptoKey {
  if (typeof key !== 'object' || key === null) return false;
  const candidate = key as Partial<HmacCryptoKey>;
  return (
    candidate.type === 'secret' &&
    candidate.algorithm?.name === 'HMAC' &&
    Array.isArray(candidate.usages) &&
    candidate.usages.includes('sign')
  );
}

/**
 * Options of {@link pseudonymizePii}: the key and {@link RedactPiiOptions} without `policy`.
 *
 * @example
 * const options: PseudonymizePiiOptions = { key: 'case-secret', kinds: ['phone'] };
 */
export interface PseudonymizePiiOptions extends Omit<RedactPiiOptions, 'policy'> {
  readonly key: PseudonymKey;
}

async function hmacKey(key: unknown): Promise<SubtleKey> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new TiantianError('invalid_configuration', 'WebCrypto (globalThis.crypto.subtle) is not available');
  }
  if (typeof key === 'string' || key instanceof Uint8Array) {
    const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : new Uint8Array(key);
    if (bytes.length === 0) {
      throw new TiantianError('invalid_argument', 'options.key must not be empty', { path: ['key'] });
    }
    return subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  }
  let isKey = false;
  try {
    isKey = isHmacKey(key);
  } catch {
    isKey = false;
  }
  if (isKey) return key as SubtleKey;
  throw new TiantianError(
    'invalid_argument',
    `options.key must be a non-empty string, a Uint8Array or an HMAC CryptoKey, got ${describeValue(key)}`,
    { path: ['key'] },
  );
}

/**
 * Like {@link redactPii}, but each finding becomes a stable pseudonym `[kind:hhhhhhhhhhhh]`: the first
 * 12 hex digits of HMAC-SHA-256(key, kind + value) over the value's canonical form (the national
 * number of a phone, with or without +86, the upper-case ID, the card's digits, the lower-case email).
 * The same number gets the same pseudonym in every message of a case, and cannot be read back without
 * the key. Async (WebCrypto); the same in Node and browsers.
 *
 * @param text - any string
 * @param options - `key` (required) and the options of {@link redactPii} except `policy`
 * @returns a promise of `{ text, findings }`
 * @throws {TiantianError} (the promise rejects) `'invalid_argument'` for a missing or empty key or
 * a bad option; `'invalid_configuration'` without WebCrypto
 * @example
 * const { text } = await pseudonymizePii('电话13812345678', { key: 'secret' });
 * text.startsWith('电话[phone:'); //=> true
 */
export async function pseudonymizePii(text: string, options: PseudonymizePiiOptions): Promise<PiiRedaction> {
  if (typeof options !== 'object' || options === null) {
    throw new TiantianError(
      'invalid_argument',
      `options must be an object with a key, got ${describeValue(options)}`,
      {
        path: ['options'],
      },
    );
  }
  const settings = settingsOf(text, options, false);
  const key = await hmacKey(readOption(options, 'key'));
  const findings = findingsOf(text, settings);
  const encoder = new TextEncoder();
  const replacements = await Promise.all(
    findings.map(async (finding) => {
      const mac = await globalThis.crypto.subtle.sign(
        'HMAC',
        key,
        encoder.encode(`${finding.kind}\u0000${finding.value}`),
      );
      let hex = '';
      for (const byte of new Uint8Array(mac).subarray(0, 6)) hex += byte.toString(16).padStart(2, '0');
      return `[${finding.kind}:${hex}]`;
    }),
  );
  return rebuild(text, findings, replacements);
}
