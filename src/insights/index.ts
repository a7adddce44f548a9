// tiantian-support/insights: reports (数据报表) from case logs, mergeable across shards, in JSON,
// CSV, Markdown and SVG; early warnings (智能预判) from an order's instants.
export { reportToCsv } from './csv.js';
export {
  type CsatScale,
  DEFAULT_CSAT_SCALE,
  METRIC_DEFINITIONS,
  QUANTILE_DEFINITION,
  QUANTILE_RELATIVE_ERROR,
  RISK_DEFAULTS,
} from './data.js';
export type { ClockFigures, DurationFigure, RateFigure } from './figures.js';
export { reportToMarkdown } from './markdown.js';
export { mergeReports } from './merge.js';
export {
  buildReport,
  type CsatFigure,
  REPORT_FORMAT,
  type Report,
  type ReportGroupBy,
  type ReportMetrics,
  type ReportOptions,
  type SlaFigure,
  safeBuildReport,
  type VolumeFigure,
} from './report.js';
export {
  BUILT_IN_RULES,
  ORDER_INSTANTS,
  type OrderInstant,
  type RiskDue,
  type RiskRule,
  RiskRuleSchema,
} from './risk-rules.js';
export {
  type PredictRisksOptions,
  predictRisks,
  type RiskOrder,
  RiskOrderJsonSchema,
  RiskOrderSchema,
  type RiskWarning,
  safePredictRisks,
} from './risks.js';
export { PredictRisksOptionsJsonSchema, ReportOptionsJsonSchema } from './schemas.js';
export { mergeSketches, type QuantileSketch, sketchOf, sketchQuantile } from './sketch.js';
export { reportToSvg } from './svg.js';
export { REPORT_COLUMNS, type ReportRow, reportRows } from './table-rows.js';
