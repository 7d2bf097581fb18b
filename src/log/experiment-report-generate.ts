/**
 * Reads a period's enrolled decisions from the log and builds one report per experiment: what
 * `switchyard report --by experiment` and the `/api/experiments` routes run.
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
import type { DecisionLogQueries } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { buildExperimentReport, experimentNames, type ExperimentReport } from "./experiment-report.js";

/** At most this many decisions of the period are read (newest first); `truncated` says when it was hit. */
export const EXPERIMENT_REPORT_MAX_RECORDS = 200_000;

/** Options of generateExperimentReports. */
export interface GenerateExperimentReportsOptions {
  since: number;
  until: number;
  /** The config's experiments (disabled ones included, so a stopped experiment still reports). */
  experiments: readonly ExperimentConfig[];
  /** Only this experiment. */
  name?: string;
  minRequestsPerArm?: number;
  maxRecords?: number;
}

/** Reports, config order first, then experiments only the log knows; and whether the read hit its cap. */
export interface ExperimentReports {
  reports: ExperimentReport[];
  truncated: boolean;
}

/** Builds the experiment reports of a period. */
export async function generateExperimentReports(decisions: Pick<DecisionLogQueries, "list">, options: GenerateExperimentReportsOptions): Promise<ExperimentReports> {
  const limit = options.maxRecords ?? EXPERIMENT_REPORT_MAX_RECORDS;
  const all = await decisions.list({ since: options.since, until: options.until, limit });
  const records: DecisionRecord[] = all.filter((record) => record.experiment !== null && (options.name === undefined || record.experiment === options.name));
  const names = options.name === undefined ? experimentNames(records, options.experiments) : [options.name];
  const reports = names.map((name) =>
    buildExperimentReport({
      experiment: name,
      records,
      since: options.since,
      until: options.until,
      config: options.experiments.find((experiment) => experiment.name === name) ?? null,
      ...(options.minRequestsPerArm !== undefined ? { minRequestsPerArm: options.minRequestsPerArm } : {}),
    }),
  );
  return { reports, truncated: all.length >= limit };
}
