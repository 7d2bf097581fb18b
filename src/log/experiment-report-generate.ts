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
  /**
   * Count in the variant arm only the decisions this router chose (an adapter's id): what a promotion gate needs, since
   * the variant's `weights` may have named another file, or none, while the experiment ran.
   */
  variantRouter?: string;
  minRequestsPerArm?: number;
  minUnitsPerArm?: number;
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
  const filter = { since: options.since, until: options.until, ...(options.name === undefined ? {} : { experiment: options.name }) };
  let arms = await decisions.experimentArms(filter);
  if (options.variantRouter !== undefined) {
    const ranByRouter = await decisions.experimentArms({ ...filter, router: options.variantRouter });
    arms = [...arms.filter((row) => row.arm !== "variant"), ...ranByRouter.filter((row) => row.arm === "variant")];
  }
  const names = options.name === undefined ? experimentNames(arms, options.experiments) : [options.name];
  const reports = names.map((name) =>
    buildExperimentReport({
      experiment: name,
      arms,
      since: options.since,
      until: options.until,
      config: options.experiments.find((experiment) => experiment.name === name) ?? null,
      ...(options.minRequestsPerArm !== undefined ? { minRequestsPerArm: options.minRequestsPerArm } : {}),
      ...(options.minUnitsPerArm !== undefined ? { minUnitsPerArm: options.minUnitsPerArm } : {}),
    }),
  );
  return { reports, truncated: false };
}
