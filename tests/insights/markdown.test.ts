import { describe, expect, it } from 'vitest';
import { reportToMarkdown } from '../../src/insights/markdown.js';
import { buildReport } from '../../src/insights/report.js';
import { defineSlaPolicy } from '../../src/sla/index.js';
import { logOf } from './synthetic.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const PERIOD = { from: bj('2026-10-01T00:00:00'), to: bj('2026-11-01T00:00:00') };
const log = logOf([
  { type: 'opened', at: bj('2026-10-12T10:00:00'), channel: 'email', issueType: 'feedback' },
  { type: 'message', at: bj('2026-10-12T11:00:00'), from: 'agent', text: '…' },
  { type: 'status', at: bj('2026-10-12T12:00:00'), to: 'solved' },
]);

describe('reportToMarkdown', () => {
  it('tables of volume, times, rates with numerator and denominator, and SLA', () => {
    const md = reportToMarkdown(buildReport([log], PERIOD));
    expect(md).toContain('| email | 1 |');
    expect(md).toContain('| first reply | calendar | 1 | 60.0 | 60.0 | 60.0 | 60.0 |');
    expect(md).toContain('| next reply | business | 0 | — | — | — | — |');
    expect(md).toContain('| one-touch (Zendesk) | 100.0% (1/1) |');
    expect(md).toContain('| CSAT (five-point) | — (0/0) |');
    expect(md).toContain('| 2026-10-12 | 0 | 0 | 1 | 0 | 1 |');
  });

  it('escapes pipes and HTML in text', () => {
    const policy = defineSlaPolicy({
      id: 'a|b<script>',
      targets: [{ metric: 'first-reply', minutes: 90, clock: 'calendar' }],
    });
    const md = reportToMarkdown(buildReport([log], { ...PERIOD, slaPolicy: () => policy }));
    expect(md).toContain('a\\|b&lt;script&gt;:first-reply:90-calendar');
    expect(md).not.toContain('<script>');
  });
});
