// Human-readable CLI output goes to a terminal: a value read from outside (a file name, a question,
// an argument) must not be able to move the cursor, colour the screen, start a line of its own or
// reverse the text around it. JSON output needs none of this (JSON.stringify escapes C0 controls,
// and a JSON reader does not interpret the rest).

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC of ANSI sequences, CR, LF,
 * TAB…), DEL and C1 controls (U+0085 NEL is a newline to some terminals), lone surrogates, the
 * line and paragraph separators, the byte-order mark, and the bidirectional controls (U+202E shows
 * `x‮gpj.exe` as `xexe.jpg`).
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * A value as one line of plain text: every character of {@link UNPRINTABLE} written as its code
 * point, `\u{…}`, so that the reader sees it and the terminal does not act on it.
 *
 * @param value - text from outside the program
 * @returns the text with no control, separator or bidi character left
 * @example
 * printable('a\n✓ ok\u202e.jpg'); //=> 'a\\u{a}✓ ok\\u{202e}.jpg'
 */
export function printable(value: string): string {
  return value.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
