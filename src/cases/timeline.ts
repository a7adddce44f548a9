// A case log as the evidence area's timeline (时间线), for a complaint or a ticket.
import { createTimeline, type Timeline } from '../evidence/timeline.js';
import type { SafeResult } from '../shared/result.js';
import type { CaseEvent } from './events.js';
import type { CaseLog } from './log-shape.js';

function what(event: CaseEvent): string {
  switch (event.type) {
    case 'opened':
      return `建立投诉档案：${event.issueType}（${event.channel}${event.orderId ? `，订单 ${event.orderId}` : ''}）`;
    case 'message':
      return `${{ customer: '客户', agent: '人工客服', bot: '智能客服' }[event.from]}：${event.text}`;
    case 'evidence':
      return `提交凭证 ${event.fileName}（SHA-256 ${event.sha256}）`;
    case 'evidence-checked':
      return `核对证据：${event.complete ? '齐全' : `缺少 ${event.missing.join('、')}`}`;
    case 'status':
      return `状态变更为 ${event.to}`;
    case 'escalated':
      return `升级处理${event.to ? `至${event.to}` : ''}${event.reason ? `：${event.reason}` : ''}`;
    case 'signed-for':
      return '客户签收商品';
    case 'return-received':
      return '商家收到退货';
  }
}

/**
 * The timeline of `createTimeline` (`/evidence`) from a case log: one event per entry, in order,
 * described in Chinese (the guide's language), ready for `renderTimeline`.
 *
 * @param log - the case log
 * @returns the timeline in safeParse shape
 * @example
 * const result = caseTimeline(log);
 * if (result.success) renderTimeline(result.data, { format: 'markdown' });
 */
export function caseTimeline(log: CaseLog): SafeResult<Timeline> {
  return createTimeline(log.entries.map(({ event }) => ({ at: event.at, what: what(event).slice(0, 2000) })));
}
