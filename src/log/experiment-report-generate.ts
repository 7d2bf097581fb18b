/**
 * Sums a period's enrolled decisions per experiment arm in the database (one GROUP BY, no cap on the number of
 * decisions) and builds one report per experiment: what `switchyard report --by experiment` and the
 * `/api/experiments` routes run.
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
import type { DecisionLogQueries } from "./decision-log-store.js";
import { buildExperimentReport, experimentNames, type ExperimentReport } from "./experiment-report.js";

/** Options of generateExperimentReports. */
export interface GenerateExperimentReportsOptions {
  since: number;
  until: number;
  /** The config's experiments (disabled ones included, so a stopped experiment still reports). */
  experiments: readonly ExperimentConfig[];
  /** Only this experiment. */
  name?: string;
  minRequestsPerArm?: number;
}

/**
 * Reports, config order first, then experiments only the log knows. `truncated` is always false now that the
 * sums run in the database; it stays in the shape for the clients that read it.
 */
export interface ExperimentReports {
  reports: ExperimentReport[];
  truncated: boolean;
}

/** Builds the experiment reports of a period. */
export async function generateExperimentReports(decisions: Pick<DecisionLogQueries, "experimentArms">, options: GenerateExperimentReportsOptions): Promise<ExperimentReports> {
  const arms = await decisions.experimentArms({ since: options.since, until: options.until, ...(options.name === undefined ? {} : { experiment: options.name }) });
  const names = options.name === undefined ? experimentNames(arms, options.experiments) : [options.name];
  const reports = names.map((name) =>
    buildExperimentReport({
      experiment: name,
      arms,
      since: options.since,
      until: options.until,
      config: options.experiments.find((experiment) => experiment.name === name) ?? null,
      ...(options.minRequestsPerArm !== undefined ? { minRequestsPerArm: options.minRequestsPerArm } : {}),
    }),
  );
  return { reports, truncated: false };
}
