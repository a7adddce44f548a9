// Evidence files dropped or chosen → their sizes, whether they meet 800×600, the suggested
// 订单号+问题类型 names and the checklist report.
import {
  checkEvidence,
  type EvidenceFile,
  formatEvidenceFileName,
  meetsMinimumResolution,
  readImageSize,
} from 'tiantian-support/evidence';
import type { IssueType } from 'tiantian-support';
import { $, el, locale } from './dom.js';
import { UI } from './text.js';

/** The files chosen or dropped last, with their bytes. */
let chosen: { name: string; bytes: Uint8Array }[] = [];

/** The chosen files under their suggested names (their own names while the order number is invalid). */
export function chosenEvidence(): { name: string; bytes: Uint8Array }[] {
  return chosen.map(({ name, bytes }, index) => ({ name: suggestedName(name, index) ?? name, bytes }));
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : 'jpg';
}

/** The order number typed, or undefined while it is not 6 to 32 digits. */
function validOrderId(): string | undefined {
  const orderId = $<HTMLInputElement>('order').value.trim();
  return /^\d{6,32}$/.test(orderId) ? orderId : undefined;
}

/** The 订单号+问题类型 name of the chosen file at `index`, or undefined while the order number is invalid. */
function suggestedName(name: string, index: number): string | undefined {
  const orderId = validOrderId();
  if (orderId === undefined) return undefined;
  return formatEvidenceFileName({
    orderId,
    issueType: $<HTMLSelectElement>('issue').value as IssueType,
    extension: extensionOf(name),
    ...(chosen.length > 1 ? { sequence: index + 1 } : {}),
  });
}

export function updateEvidence(): void {
  const loc = locale();
  const t = UI[loc];
  const issueType = $<HTMLSelectElement>('issue').value as IssueType;
  const target = $('evidence');
  if (chosen.length === 0) {
    target.replaceChildren();
    return;
  }
  const orderId = validOrderId();
  const rows = chosen.map(({ name, bytes }, index) => {
    const size = readImageSize(bytes);
    const sizeCell = size.success
      ? el(
          'td',
          { class: meetsMinimumResolution(size.data) ? 'ok' : 'bad', 'data-role': 'size' },
          `${t.size} ${size.data.width}×${size.data.height} — ${meetsMinimumResolution(size.data) ? t.enough : t.tooSmall}`,
        )
      : el(
          'td',
          { class: 'muted', 'data-role': 'size' },
          `${t.unreadable}: ${size.error.issues[0]?.message ?? ''}`,
        );
    const suggestion = suggestedName(name, index) ?? t.badOrder;
    return el(
      'tr',
      {},
      el('td', {}, el('code', {}, name)),
      sizeCell,
      el('td', { 'data-role': 'suggested' }, `${t.suggested}: `, el('code', {}, suggestion)),
    );
  });
  const parts: Node[] = [el('table', { id: 'files-table' }, el('tbody', {}, ...rows))];
  if (orderId !== undefined) {
    const files: EvidenceFile[] = chosen.map(({ name, bytes }) => ({ name, bytes }));
    const report = checkEvidence(files, { issueType, orderId, locale: loc });
    if (report.success) {
      parts.push(
        el('h4', {}, `${t.report}: ${report.data.complete ? t.complete : t.incomplete}`),
        el('ul', { id: 'report' }, ...report.data.messages.map((message) => el('li', {}, message))),
      );
    }
  }
  target.replaceChildren(...parts);
}

export async function takeFiles(list: FileList | null): Promise<void> {
  if (!list) return;
  chosen = await Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  updateEvidence();
}
