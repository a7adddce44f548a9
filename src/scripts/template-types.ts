// The compile-time half of the template language: a template-literal-type parser that reads the
// placeholders of an `as const` template and gives the object type its variables must satisfy.
// The runtime parser (template.ts) accepts exactly the same syntax and rejects what this one cannot
// type (unknown formatters, reserved names, nested braces inside branches).

/**
 * The value each formatter of the template language takes.
 *
 * | placeholder | value | renders (zh-CN / en / es) |
 * |---|---|---|
 * | `{name}` | `string`, `number` or `bigint` | as written (numbers in the locale's digits) |
 * | `{amount:yuan}` | `number` (yuan, ≥ 0) | `12.50元` / `¥12.50` / `12,50 ¥` |
 * | `{at:date}` `{at:time}` `{at:datetime}` | `Date` | Beijing time, e.g. `2026年10月1日` / `October 1, 2026` |
 * | `{minutes:duration}` | `number` (minutes, ≥ 0) | `2小时` / `2 hours` / `2 horas` |
 * | `{minutes:within}` | `number` (minutes, ≥ 0) | `2小时内` / `within 2 hours` / `en menos de 2 horas` |
 * | `{items:list}` | `readonly string[]` (not empty) | `A、B和C` / `A, B, and C` / `A, B y C` |
 * | `{n, plural, one {# item} other {# items}}` | `number` or an array (its length) | `1 item` / `2 items` |
 * | `{tone, select, formal {…} casual {…}}` | one of the keys (any string when there is `other`) | the branch |
 *
 * @example
 * const value: FormatterValues['yuan'] = 12.5;
 */
export interface FormatterValues {
  text: string | number | bigint;
  yuan: number;
  date: Date;
  time: Date;
  datetime: Date;
  duration: number;
  within: number;
  list: readonly string[];
}

/**
 * Names that are never variables: everything `Object.prototype` has (`constructor`, `toString`,
 * `hasOwnProperty`, …). A template that declares one is rejected.
 *
 * @example
 * const name: ReservedVariableName = 'constructor';
 */
export type ReservedVariableName =
  | 'constructor'
  | 'hasOwnProperty'
  | 'isPrototypeOf'
  | 'propertyIsEnumerable'
  | 'toLocaleString'
  | 'toString'
  | 'valueOf'
  | 'prototype'
  | '__proto__'
  | '__defineGetter__'
  | '__defineSetter__'
  | '__lookupGetter__'
  | '__lookupSetter__';

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/**
 * One placeholder as the type-level parser reads it: its name and the value type it takes.
 *
 * @example
 * const entry: PlaceholderEntry = { name: 'amount', type: 24 };
 */
export interface PlaceholderEntry {
  readonly name: string;
  readonly type: unknown;
}

// A reserved or unknown name/formatter gets `never`: no value satisfies it.
type MakeEntry<Name extends string, Type> = {
  readonly name: Name;
  readonly type: Name extends ReservedVariableName ? never : Type;
};

type SimpleEntry<Head extends string> = Head extends `${infer Name}:${infer Format}`
  ? MakeEntry<Trim<Name>, Trim<Format> extends keyof FormatterValues ? FormatterValues[Trim<Format>] : never>
  : MakeEntry<Trim<Head>, FormatterValues['text']>;

// Reads the branch keys of a plural/select after its kind (`one {…} other {…}}`), up to its
// closing brace, then continues with the rest of the template.
type Branches<S extends string, Keys extends string = never> =
  Trim<S> extends `}${infer Rest}`
    ? { readonly keys: Keys; readonly rest: Rest }
    : S extends `${infer Key}{${string}}${infer Rest}`
      ? Branches<Rest, Keys | Trim<Key>>
      : { readonly keys: Keys; readonly rest: '' };

type BranchEntry<Name extends string, Kind extends string, Keys extends string> = Kind extends 'plural'
  ? MakeEntry<Name, number | readonly unknown[]>
  : Kind extends 'select'
    ? MakeEntry<Name, 'other' extends Keys ? string : Keys>
    : MakeEntry<Name, never>;

/**
 * The placeholders of a template, parsed at compile time: a union of `PlaceholderEntry`, one per
 * use (tail-recursive, so hundreds of placeholders are fine).
 *
 * @example
 * type P = TemplatePlaceholders<'{a} {b:yuan}'>; //=> { name: 'a'; type: string | number | bigint } | { name: 'b'; type: number }
 */
export type TemplatePlaceholders<
  T extends string,
  Acc extends PlaceholderEntry = never,
> = T extends `${string}{${infer After}`
  ? After extends `${infer Head}}${infer Rest}`
    ? Head extends `${string}{${string}`
      ? After extends `${infer Name},${infer Kind},${infer Tail}`
        ? Branches<Tail> extends {
            readonly keys: infer Keys extends string;
            readonly rest: infer R extends string;
          }
          ? TemplatePlaceholders<R, Acc | BranchEntry<Trim<Name>, Trim<Kind>, Keys>>
          : Acc
        : Acc
      : TemplatePlaceholders<Rest, Acc | SimpleEntry<Head>>
    : Acc
  : Acc;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

// `readonly string[] & (number | readonly unknown[])` (a list also counted by a plural) reads as a list.
type Tidy<T> = [T] extends [never] ? never : [T] extends [readonly string[]] ? readonly string[] : T;

/**
 * The value type of one variable: what every use of the name in the template accepts.
 *
 * @example
 * type V = VariableTypeOf<TemplatePlaceholders<'{at:date} {at:time}'>, 'at'>; //=> Date
 */
export type VariableTypeOf<E extends PlaceholderEntry, Name extends string> =
  UnionToIntersection<
    E extends { readonly name: Name; readonly type: infer T } ? { readonly t: T } : never
  > extends { readonly t: infer T }
    ? Tidy<T>
    : never;

/**
 * The variables a template uses, inferred from its text at compile time: `{ name: type }`, every
 * name required. Works on `as const` strings (a plain `string` gives `{}`). A name used twice must
 * satisfy both uses (`{items:list}` and `{items, plural, …}` make `items` a `readonly string[]`).
 *
 * @example
 * type V = TemplateVariables<'补偿{amount:yuan}，订单{orderId}'>;
 * //   ^? { amount: number; orderId: string | number | bigint }
 */
export type TemplateVariables<T extends string> = string extends T
  ? Record<string, unknown>
  : TemplatePlaceholders<T> extends infer E extends PlaceholderEntry
    ? { readonly [N in E['name']]: VariableTypeOf<E, N> }
    : never;
