// The canonical bytes of an event: the one byte string every engine derives from the same event,
// so that its leaf hash is the same in Node, browsers and bots.
import type { CaseEvent } from './events.js';

/**
 * The canonical JSON of a value: object keys sorted (by UTF-16 code units), text in Unicode NFC,
 * `Date`s as ISO 8601 strings in UTC (`toISOString`), `undefined` properties left out.
 *
 * @param value - a case event, or any part of one
 * @returns the JSON text
 * @example
 * canonicalJson({ to: 'pending', type: 'status', at: new Date('2026-10-01T02:00:00Z') });
 * //=> '{"at":"2026-10-01T02:00:00.000Z","to":"pending","type":"status"}'
 */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The canonical bytes of a case event: the UTF-8 of its {@link canonicalJson}. Its leaf hash is
 * `merkleLeafHash(canonicalEventBytes(event))`.
 *
 * @param event - a valid case event
 * @returns the bytes
 * @example
 * new TextDecoder().decode(canonicalEventBytes({ type: 'signed-for', at: new Date('2026-11-23T06:00:00Z') }));
 * //=> '{"at":"2026-11-23T06:00:00.000Z","type":"signed-for"}'
 */
export function canonicalEventBytes(event: CaseEvent): Uint8Array {
  return new TextEncoder().encode(canonicalJson(event));
}

/**
 * A copy of an event as the log keeps it: text in NFC, no `undefined` properties, a fresh `Date`.
 * Its plain `JSON.stringify` then carries exactly what its canonical bytes say.
 *
 * @param event - a valid case event
 * @returns the normalized copy
 * @example
 * normalizeEvent({ type: 'message', at, from: 'customer', text: 'Cafe\u0301' }).text; //=> 'Café'
 */
export function normalizeEvent(event: CaseEvent): CaseEvent {
  const copy = (value: unknown): unknown => {
    if (value instanceof Date) return new Date(value.getTime());
    if (typeof value === 'string') return value.normalize('NFC');
    if (Array.isArray(value)) return Object.freeze(value.map(copy));
    if (value !== null && typeof value === 'object')
      return Object.freeze(
        Object.fromEntries(
          Object.entries(value)
            .filter(([, field]) => field !== undefined)
            .map(([key, field]) => [key, copy(field)]),
        ),
      );
    return value;
  };
  return copy(event) as CaseEvent;
}
