/**
 * The locales every text of the library is written in, Chinese first.
 *
 * @example
 * LOCALES; //=> ['zh-CN', 'en', 'es']
 */
export const LOCALES = ['zh-CN', 'en', 'es'] as const;

/**
 * A locale the library speaks: Simplified Chinese (简体中文), English or Spanish.
 *
 * @example
 * const locale: Locale = 'es';
 */
export type Locale = (typeof LOCALES)[number];

/**
 * One text in every locale the library speaks.
 *
 * @example
 * const hotline: LocalizedText = { 'zh-CN': '客服热线', en: 'Hotline', es: 'Línea de atención' };
 */
export type LocalizedText = { readonly 'zh-CN': string; readonly en: string; readonly es: string };

/**
 * The locale used when none is given: the source guide's own language.
 *
 * @example
 * DEFAULT_LOCALE; //=> 'zh-CN'
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Whether a value is one of {@link LOCALES}.
 *
 * @param value - anything
 * @returns true for `'zh-CN'`, `'en'` and `'es'`
 * @example
 * isLocale('en'); //=> true
 * isLocale('zh'); //=> false
 */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The text of one locale.
 *
 * @param text - a localized text
 * @param locale - the locale wanted (default `'zh-CN'`)
 * @returns the text in that locale
 * @example
 * localize({ 'zh-CN': '你好', en: 'Hello', es: 'Hola' }, 'es'); //=> 'Hola'
 */
export function localize(text: LocalizedText, locale: Locale = DEFAULT_LOCALE): string {
  return text[locale];
}
