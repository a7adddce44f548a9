// The few DOM helpers every panel uses. Text from the user or the library always goes in as text
// nodes (`append` of strings), never as HTML.
import type { Locale } from 'tiantian-support';

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** An element with attributes and children (strings become text nodes). */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function locale(): Locale {
  return $<HTMLSelectElement>('locale').value as Locale;
}

/** An instant as Beijing time in the locale's words. */
export function beijingTime(at: Date, loc: Locale): string {
  return new Intl.DateTimeFormat(loc, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

/** Fills a select with options, keeping its value when it is still offered. */
export function fillSelect(select: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const current = select.value;
  select.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)));
  if (options.some(([value]) => value === current)) select.value = current;
}
