// Links in a message (钓鱼网站): which registrable domain each points to, and what is suspicious
// about it (not the platform's, a shortener, punycode, mixed scripts, a lookalike of a brand).
import { BRAND_NAMES, LINK_TLDS, NOT_LOOKALIKES, PUBLIC_SECOND_LEVELS, URL_SHORTENERS } from './data.js';

/**
 * What is suspicious about a link: `'link-ip'` (a bare IP address instead of a name), `'link-lookalike'` (within edit distance 2 of taobao, tmall or
 * alipay, or holding one of them, outside the allow-list), `'link-mixed-script'` (Latin letters mixed
 * with Cyrillic or Greek ones), `'link-punycode'` (an `xn--` label), `'link-shortener'` (the
 * destination is hidden), `'link-unlisted-domain'` (none of those, but not the platform's).
 *
 * @example
 * const id: LinkSignalId = 'link-lookalike';
 */
export type LinkSignalId =
  | 'link-ip'
  | 'link-lookalike'
  | 'link-mixed-script'
  | 'link-punycode'
  | 'link-shortener'
  | 'link-unlisted-domain';

/**
 * One link found in a text: the host as written (lower case), its registrable domain, and what is
 * suspicious about it (empty for an allowed domain).
 *
 * @example
 * const link: LinkFinding = { link: 'http://taobao-refund.top/a', host: 'taobao-refund.top', domain: 'taobao-refund.top', signals: ['link-lookalike'] };
 */
export interface LinkFinding {
  readonly link: string;
  readonly host: string;
  readonly domain: string;
  readonly signals: readonly LinkSignalId[];
}

const TLD_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(LINK_TLDS);
const SECOND_LEVEL_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(PUBLIC_SECOND_LEVELS);
const SHORTENER_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(URL_SHORTENERS);

// Cyrillic and Greek letters that look like Latin ones, and digits that stand for letters.
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  о: 'o',
  е: 'e',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ӏ: 'l',
  ο: 'o',
  α: 'a',
  ι: 'i',
  ν: 'v',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
};

const isAsciiLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isAsciiAlnum = (code: number): boolean => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
// Letters of the scripts a lookalike host borrows from: Latin supplements, Greek, Cyrillic.
const isForeignLetter = (code: number): boolean =>
  (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);

const URL_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=%";
const ASCII_URL_CHARS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    table[code] = isAsciiAlnum(code) || URL_PUNCTUATION.includes(String.fromCharCode(code)) ? 1 : 0;
  }
  return table;
})();

/** Characters a URL token is made of (the text is already lower case and NFKC). */
function isUrlChar(code: number): boolean {
  return code < 128 ? ASCII_URL_CHARS[code] === 1 : isForeignLetter(code);
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
 *
 * @param a - one string
 * @param b - another
 * @param limit - the largest distance of interest
 * @returns the distance, capped at `limit + 1`
 * @example
 * editDistance('ta0bao', 'taobao', 2); //=> 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/**
 * The registrable domain of a host (`m.taobao.com` → `taobao.com`, `a.example.com.cn` → `example.com.cn`).
 *
 * @param host - a lower-case host name
 * @returns its last two labels, or three under a public second level such as `com.cn`
 * @example
 * registrableDomain('item.taobao.com'); //=> 'taobao.com'
 */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL_SET.has(lastTwo) && labels.length > 2 ? labels.slice(-3).join('.') : lastTwo;
}

function skeleton(label: string): string {
  let out = '';
  for (const ch of label) out += CONFUSABLES[ch] ?? ch;
  return out;
}

// Any label but the top-level one may imitate a brand (`aiipay.com.verify-center.net`).
function isLookalike(host: string): boolean {
  const whole = skeleton(host);
  const labels = host.split('.').slice(0, -1).map(skeleton);
  return BRAND_NAMES.some(
    (brand) =>
      whole.includes(brand) ||
      labels.some(
        (plain) => plain.length >= 4 && !NOT_LOOKALIKES.includes(plain) && editDistance(plain, brand, 2) <= 2,
      ),
  );
}

/** A dotted IPv4 address (four numbers 0–255). */
function isIpv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function hasMixedScripts(host: string): boolean {
  for (const label of host.split('.')) {
    let latin = false;
    let foreign = false;
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (isAsciiLetter(code)) latin = true;
      else if (isForeignLetter(code)) foreign = true;
    }
    if (latin && foreign) return true;
  }
  return false;
}

function isHostLabel(label: string): boolean {
  if (label === '' || label.length > 63) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (!isAsciiAlnum(code) && code !== 0x2d && !isForeignLetter(code)) return false;
  }
  return true;
}

function hostOf(token: string): { host: string; explicit: boolean } | undefined {
  let rest = token;
  let explicit = false;
  const scheme = rest.indexOf('://');
  if (scheme !== -1 && scheme <= 8) {
    rest = rest.slice(scheme + 3);
    explicit = true;
  }
  if (rest.startsWith('www.')) explicit = true;
  let end = rest.length;
  for (const stop of ['/', '?', '#', ':']) {
    const at = rest.indexOf(stop);
    if (at !== -1 && at < end) end = at;
  }
  let host = rest.slice(0, end);
  const at = host.lastIndexOf('@');
  if (at !== -1) {
    // user@host in a URL; without a scheme it is an email address, not a link.
    if (!explicit) return undefined;
    host = host.slice(at + 1);
  }
  while (host.endsWith('.') || host.endsWith('-')) host = host.slice(0, -1);
  while (host.startsWith('.') || host.startsWith('-')) host = host.slice(1);
  // A bare IP address is a link with a scheme, or with a port or a path after it.
  if (isIpv4(host)) return explicit || host.length < rest.length ? { host, explicit } : undefined;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => !isHostLabel(label))) return undefined;
  const tld = labels.at(-1) as string;
  const punycodeTld = tld.startsWith('xn--');
  let lettersOnly = tld.length >= 2;
  for (let i = 0; i < tld.length && lettersOnly; i++)
    lettersOnly = isAsciiLetter(tld.charCodeAt(i)) || isForeignLetter(tld.charCodeAt(i));
  if (!lettersOnly && !punycodeTld) return undefined;
  if (!explicit && !punycodeTld && !TLD_SET.has(tld)) return undefined;
  return { host, explicit };
}

/**
 * The links in a text and what is suspicious about each. The text should be lower case; a link is
 * a run of URL characters with a host whose top-level domain is known (any with `http://` or `www.`).
 *
 * @param text - lower-case text
 * @param allowed - the registrable domains that are the platform's
 * @returns the links in order of appearance
 * @example
 * findLinks('点击 http://taobao-refund.top/a 领取', new Set(['taobao.com']))[0]?.signals; //=> ['link-lookalike']
 */
export function findLinks(text: string, allowed: ReadonlySet<string>): LinkFinding[] {
  const links: LinkFinding[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isUrlChar(text.charCodeAt(i))) continue;
    const start = i;
    let dot = false;
    while (i < text.length && isUrlChar(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x2e) dot = true;
      i++;
    }
    if (!dot) continue;
    let end = i;
    while (end > start && '.,;:!?)\'"]'.includes(text[end - 1] as string)) end--;
    let from = start;
    while (from < end && '(\'"['.includes(text[from] as string)) from++;
    const token = text.slice(from, end);
    const parsed = hostOf(token);
    if (parsed === undefined) continue;
    const { host } = parsed;
    const domain = registrableDomain(host);
    if (allowed.has(domain)) {
      links.push({ link: token, host, domain, signals: [] });
      continue;
    }
    const signals: LinkSignalId[] = [];
    if (isIpv4(host)) {
      links.push({ link: token, host, domain: host, signals: ['link-ip'] });
      continue;
    }
    if (isLookalike(host)) signals.push('link-lookalike');
    if (hasMixedScripts(host)) signals.push('link-mixed-script');
    if (host.split('.').some((label) => label.startsWith('xn--'))) signals.push('link-punycode');
    if (SHORTENER_SET.has(domain) || SHORTENER_SET.has(host)) signals.push('link-shortener');
    if (signals.length === 0) signals.push('link-unlisted-domain');
    links.push({ link: token, host, domain, signals });
  }
  return links;
}
