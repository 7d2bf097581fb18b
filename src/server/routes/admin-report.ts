/**
 * `GET /api/report?since=7d&until=&by=tier` (since: 7d unless given, 30d with by=experiment; the same report as `switchyard report --json`, narrowed by the
 * decision filters of `/api/decisions`) and `GET /api/report/timeseries?bucket=hour|day&by=tier|model|task|key`.
 * @module
 */
import { quoteSentText } from "../../core/quote-sent-text.js";
import type { FastifyInstance } from "fastify";
import { InvalidRequestError } from "../../core/errors/index.js";
import { generateReport } from "../../log/build-report.js";
import { TIMESERIES_BUCKETS, TIMESERIES_DIMENSIONS, generateTimeseries } from "../../log/build-timeseries.js";
import { REPORT_DIMENSIONS, type ReportDimension } from "../../log/decision-log-store.js";
import { defaultReportSince } from "../../log/report-periods.js";
import { queryValue, type AdminRouteDeps } from "./admin-deps.js";
import { choiceOf, decisionFilterOf } from "./admin-query.js";

/** Registers the report routes. */
export function registerAdminReportRoute(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/report", async (request) => {
    const by = parseDimension(queryValue(request.query, "by") ?? "day");
    const { since, until, ...filter } = decisionFilterOf(request.query, deps.clock.now(), defaultReportSince(by));
    return generateReport(deps.decisions, { since, until, by, filter, premiumModel: deps.premiumModel?.() });
  });

  app.get("/api/report/timeseries", async (request) => {
    const bucket = choiceOf(request.query, "bucket", TIMESERIES_BUCKETS, "hour");
    const by = choiceOf(request.query, "by", TIMESERIES_DIMENSIONS, "tier");
    const { since, until, ...filter } = decisionFilterOf(request.query, deps.clock.now(), bucket === "hour" ? "48h" : "60d");
    return generateTimeseries(deps.decisions, { since, until, bucket, by, filter, premiumPricing: deps.premiumModel?.()?.pricing });
  });
}

/** Validates `by`, listing the valid names. */
export function parseDimension(value: string): ReportDimension {
  if ((REPORT_DIMENSIONS as readonly string[]).includes(value)) return value as ReportDimension;
  throw new InvalidRequestError(`Invalid by ${quoteSentText(value, 64)}. Valid values: ${REPORT_DIMENSIONS.join(", ")}.`, { param: "by" });
}
