/**
 * `GET /api/report?since=7d&by=tier`: the same report as `switchyard report --json`.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { InvalidRequestError } from "../../core/errors/index.js";
import { generateReport } from "../../log/build-report.js";
import { REPORT_DIMENSIONS, type ReportDimension } from "../../log/decision-log-store.js";
import { parseSince } from "../../log/parse-since.js";
import { queryValue, type AdminRouteDeps } from "./admin-deps.js";

/** Registers the report route. */
export function registerAdminReportRoute(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/report", async (request) => {
    const now = deps.clock.now();
    const by = parseDimension(queryValue(request.query, "by") ?? "day");
    const since = parseSince(queryValue(request.query, "since") ?? "7d", now);
    return generateReport(deps.decisions, { since, until: now + 1, by, premiumModel: deps.premiumModel?.() });
  });
}

/** Validates `by`, listing the valid names. */
export function parseDimension(value: string): ReportDimension {
  if ((REPORT_DIMENSIONS as readonly string[]).includes(value)) return value as ReportDimension;
  throw new InvalidRequestError(`Invalid by "${value}". Valid values: ${REPORT_DIMENSIONS.join(", ")}.`, { param: "by" });
}
