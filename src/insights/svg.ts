import { CHANNEL_IDS } from '../shared/channel-ids.js';
import { civilDayIn } from './civil-day.js';
import { SKETCH_ACCURACY } from './data.js';
import type { Report } from './report.js';

const COLORS = {
  'online-chat': '#4e79a7',
  hotline: '#f28e2b',
  email: '#59a14f',
  'social-media': '#e15759',
} as const;
// First-reply bins in minutes (upper bounds): the sketch's buckets are placed by their estimate.
const BINS = [5, 15, 30, 60, 120, 240, 480, 1440, 4320, Infinity] as const;
const BIN_LABELS = [
  '<5m',
  '5–15m',
  '15–30m',
  '30–60m',
  '1–2h',
  '2–4h',
  '4–8h',
  '8–24h',
  '1–3d',
  '>3d',
] as const;

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function frtBins(report: Report): number[] {
  const sketch = report.metrics.firstReply.calendar.sketch;
  const counts = BINS.map(() => 0);
  counts[0] = (counts[0] as number) + sketch.zeros;
  const gamma = (1 + SKETCH_ACCURACY) / (1 - SKETCH_ACCURACY);
  sketch.keys.forEach((key, i) => {
    const estimate = (2 * gamma ** key) / (gamma + 1);
    const bin = BINS.findIndex((upper) => estimate < upper);
    counts[bin] = (counts[bin] as number) + (sketch.counts[i] as number);
  });
  return counts;
}

/**
 * The report as an SVG chart, without dependencies: reception volume by day, stacked by channel,
 * and the distribution of first-reply times (calendar minutes, in bins; a bucket of the sketch is
 * placed by its estimate, within 1%). All text is escaped; the chart is 800 × 560 with a
 * `viewBox`, so it scales.
 *
 * @param report - from `buildReport` or `mergeReports`
 * @param options - `title` (default: the period's first and last civil day in the report's time zone)
 * @returns the SVG document text
 * @example
 * reportToSvg(report).startsWith('<svg'); //=> true
 */
export function reportToSvg(report: Report, options: { title?: string } = {}): string {
  const width = 800;
  const height = 560;
  // The period's civil days in the report's time zone (not the UTC dates of its ISO instants), `to` exclusive.
  const dayOf = civilDayIn(report.timeZone);
  const from = Date.parse(report.period.from);
  const title =
    options.title ??
    `${dayOf(from)} – ${dayOf(Math.max(from, Date.parse(report.period.to) - 1))} (${report.timeZone})`;
  const days = Object.entries(report.volume.byDay);
  const left = 50;
  const plotWidth = width - left - 20;
  // Panel 1: volume by day, stacked by channel.
  const top1 = 60;
  const h1 = 190;
  const maxDay = Math.max(1, ...days.map(([, per]) => Object.values(per).reduce((a, b) => a + b, 0)));
  const slot = plotWidth / Math.max(1, days.length);
  const bars: string[] = [];
  days.forEach(([day, per], i) => {
    let y = top1 + h1;
    for (const channel of CHANNEL_IDS) {
      const count = per[channel];
      if (count === 0) continue;
      const h = (count / maxDay) * h1;
      y -= h;
      bars.push(
        `<rect class="bar" x="${n(left + i * slot + slot * 0.1)}" y="${n(y)}" width="${n(slot * 0.8)}" height="${n(h)}" fill="${COLORS[channel]}"><title>${escapeXml(`${day} ${channel}: ${count}`)}</title></rect>`,
      );
    }
  });
  const step = Math.max(1, Math.ceil(days.length / 10));
  const dayLabels = days
    .filter((_, i) => i % step === 0)
    .map(
      ([day], k) =>
        `<text x="${n(left + k * step * slot + slot / 2)}" y="${top1 + h1 + 14}" text-anchor="middle">${escapeXml(day.slice(5))}</text>`,
    );
  const legend = CHANNEL_IDS.map(
    (channel, i) =>
      `<rect x="${left + i * 150}" y="${top1 + h1 + 24}" width="10" height="10" fill="${COLORS[channel]}"/><text x="${left + i * 150 + 14}" y="${top1 + h1 + 33}">${escapeXml(`${channel} (${report.volume.byChannel[channel]})`)}</text>`,
  );
  // Panel 2: first-reply distribution.
  const top2 = 350;
  const h2 = 160;
  const bins = frtBins(report);
  const maxBin = Math.max(1, ...bins);
  const binSlot = plotWidth / bins.length;
  const hist = bins.map((count, i) => {
    const h = (count / maxBin) * h2;
    return `<rect class="bin" x="${n(left + i * binSlot + binSlot * 0.1)}" y="${n(top2 + h2 - h)}" width="${n(binSlot * 0.8)}" height="${n(h)}" fill="#76b7b2"><title>${escapeXml(`${BIN_LABELS[i]}: ${count}`)}</title></rect><text x="${n(left + i * binSlot + binSlot / 2)}" y="${top2 + h2 + 14}" text-anchor="middle">${escapeXml(BIN_LABELS[i] as string)}</text>`;
  });
  const frt = report.metrics.firstReply.calendar;
  const frtTitle = `First reply time (calendar): n ${frt.count}, median ${frt.median === null ? '—' : `${n(frt.median)} min`}, p90 ${frt.p90 === null ? '—' : `${n(frt.p90)} min`}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>${escapeXml(`Report ${title}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text id="title" x="${left}" y="28" font-size="16">${escapeXml(title)}</text>`,
    `<g id="volume"><text x="${left}" y="${top1 - 8}" font-size="13">${escapeXml(`Cases by day and channel: ${report.volume.total} (max ${maxDay} a day)`)}</text>`,
    `<line x1="${left}" y1="${top1 + h1}" x2="${left + plotWidth}" y2="${top1 + h1}" stroke="#999"/>`,
    ...bars,
    ...dayLabels,
    ...legend,
    '</g>',
    `<g id="frt"><text x="${left}" y="${top2 - 8}" font-size="13">${escapeXml(frtTitle)}</text>`,
    `<line x1="${left}" y1="${top2 + h2}" x2="${left + plotWidth}" y2="${top2 + h2}" stroke="#999"/>`,
    ...hist,
    '</g>',
    '</svg>',
  ].join('\n');
}
