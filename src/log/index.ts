/**
 * The decision log: the record, the batching store over pluggable backends, redaction and reports.
 * @module
 */
export type { DecisionRecord, AttemptRecord, DecisionOutcome, DecisionLog } from "./decision-record.js";
export {
  REPORT_DIMENSIONS,
  emptySummaryRow,
  type ReportDimension,
  type SummaryRow,
  type DecisionQuery,
  type DecisionSummary,
  type DecisionLogQueries,
  type DecisionLogStore,
  type DecisionLogBackend,
} from "./decision-log-store.js";
export { createDecisionLog, type DecisionLogOptions } from "./create-decision-log.js";
export { DecisionRecordsRefusedError } from "./refused-records.js";
export { createPromptRedactor, BUILTIN_REDACTIONS, REDACTED, type PromptRedactor } from "./redact-prompt.js";
export { summarizeRecords, groupOf, NO_GROUP } from "./summarize-records.js";
export { buildReport, generateReport, formatReportTable, premiumEquivalentUsd, type SpendReport, type ReportFigures, type BuildReportOptions } from "./build-report.js";
export { parseSince } from "./parse-since.js";
export { premiumReferenceModel, PREMIUM_TIER } from "./premium-reference-model.js";
export { handleFeedback, type FeedbackAccepted } from "./handle-feedback.js";
export { makeDecisionRecord } from "./make-decision-record.js";
