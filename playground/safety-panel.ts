// Text in → the text with personal data masked (手机号, 身份证号, 银行卡号, 邮箱) and what was found,
// and the fake-customer-service scam risk (冒充客服诈骗) with the signals that raised it.
import { ANTI_FRAUD_ADVICE, assessScamRisk, redactPii } from 'tiantian-support/safety';
import { $, el, locale } from './dom.js';
import { fill, PII_NAMES, SCAM_LEVEL_NAMES, UI } from './text.js';

export function updateSafety(): void {
  const loc = locale();
  const t = UI[loc];
  const text = $<HTMLTextAreaElement>('pii-text').value;
  if (text.trim() === '') {
    $('safety-result').replaceChildren();
    return;
  }
  const redaction = redactPii(text);
  const risk = assessScamRisk(text);
  const high = risk.level === 'medium' || risk.level === 'high';
  $('safety-result').replaceChildren(
    el('h3', {}, t.redacted),
    el('pre', { id: 'redacted' }, redaction.text),
    el('h4', {}, t.findings),
    redaction.findings.length === 0
      ? el('p', { class: 'muted', id: 'findings' }, t.noFindings)
      : el(
          'ul',
          { id: 'findings' },
          ...redaction.findings.map((finding) =>
            el(
              'li',
              { 'data-kind': finding.kind },
              `${PII_NAMES[finding.kind][loc]}: `,
              el('code', {}, finding.replacement),
            ),
          ),
        ),
    el(
      'h3',
      { id: 'scam-level', 'data-level': risk.level, class: high ? 'bad' : risk.level === 'low' ? '' : 'ok' },
      fill(t.scamLevel, { level: SCAM_LEVEL_NAMES[risk.level][loc], score: risk.score }),
    ),
    risk.signals.length === 0
      ? el('p', { class: 'muted', id: 'signals' }, t.noSignals)
      : el(
          'ul',
          { id: 'signals', 'aria-label': t.signals },
          ...risk.signals.map((signal) =>
            el(
              'li',
              { 'data-signal': signal.id },
              el('code', {}, signal.id),
              // The evidence quotes the text: a phone number in it is masked here too.
              ` (${signal.weight}): “${redactPii(signal.evidence).text}”`,
            ),
          ),
        ),
    ...(high ? [el('p', { id: 'advice' }, ANTI_FRAUD_ADVICE[loc])] : []),
  );
}
