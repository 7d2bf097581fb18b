/**
 * `GET /api/experiments?since=30d`: the configured experiments (and any only the log still knows) with their
 * request counts per arm; `GET /api/experiments/:name/report?since=30d`: one experiment's A/B report, the same
 * object `switchyard report --by experiment --json` lists under `experiments`.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { generateExperimentReports } from "../../log/experiment-report-generate.js";
import { parseSince } from "../../log/parse-since.js";
import { DEFAULT_EXPERIMENT_SINCE } from "../../log/report-periods.js";
import { notFound, queryValue, type AdminRouteDeps } from "./admin-deps.js";

/** Registers the experiment routes. */
export function registerAdminExperimentRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  const period = (query: unknown) => {
    const now = deps.clock.now();
    return { since: parseSince(queryValue(query, "since") ?? DEFAULT_EXPERIMENT_SINCE, now), until: now + 1 };
  };

  app.get("/api/experiments", async (request) => {
    const experiments = deps.experiments?.() ?? [];
    const { reports, truncated } = await generateExperimentReports(deps.decisions, { ...period(request.query), experiments });
    const data = reports.map((report) => ({
      name: report.experiment,
      configured: report.config !== null,
      enabled: report.config?.enabled ?? false,
      share: report.config?.share ?? null,
      match: report.config?.match ?? null,
      variant: report.config?.variant ?? null,
      requests: { control: report.arms.control.requests, variant: report.arms.variant.requests },
      verdict: report.verdict,
      // What the verdict was written from, so the dashboard can write it with its reader's numbers ("38 %", "0,81").
      verdict_input: { min_requests_per_arm: report.min_requests_per_arm, min_units_per_arm: report.min_units_per_arm, min_feedback_per_arm: report.min_feedback_per_arm, arms: report.arms, comparison: report.comparison },
    }));
    return { object: "list", data, truncated };
  });

  app.get<{ Params: { name: string } }>("/api/experiments/:name/report", async (request) => {
    const { name } = request.params;
    const experiments = deps.experiments?.() ?? [];
    const { reports, truncated } = await generateExperimentReports(deps.decisions, { ...period(request.query), experiments, name });
    const report = reports[0];
    const known = experiments.some((experiment) => experiment.name === name) || (report !== undefined && report.arms.control.requests + report.arms.variant.requests > 0);
    if (!report || !known) throw notFound(`No experiment ${name} in the config or the log of this period.`);
    return { ...report, truncated };
  });
}
