/**
 * `GET /api/overview[?by=tier][&series=all|none]`: today's and this month's figures (whole UTC days), every budget's
 * spend and what is left, and the spend/request series (hourly for 48 h, daily for 60 days) stacked by `by` (tier,
 * model, task or key). `series=none` leaves the series out: the dashboard reads its charts from
 * `/api/report/timeseries` over its period (ADR 0103), and computing two series it dropped was most of the read's
 * cost (ADR 0107).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { BudgetStatus } from "../../budget/create-spend-guard.js";
import { generateReport } from "../../log/build-report.js";
import { TIMESERIES_DIMENSIONS, generateTimeseries } from "../../log/build-timeseries.js";
import { toErrorResponse } from "../error-handler.js";
import type { AdminRouteDeps } from "./admin-deps.js";
import { choiceOf } from "./admin-query.js";
import { budgetJson } from "./budget-json.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const SERIES_CHOICES = ["all", "none"] as const;

/** Registers the overview route. */
export function registerAdminOverviewRoute(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/overview", async (request) => {
    const by = choiceOf(request.query, "by", TIMESERIES_DIMENSIONS, "tier");
    const withSeries = choiceOf(request.query, "series", SERIES_CHOICES, "all") === "all";
    const now = deps.clock.now();
    const dayStart = Math.floor(now / DAY_MS) * DAY_MS;
    // Whole UTC days (nothing is logged in the future), so the SQL stores answer from their daily rollups.
    const until = dayStart + DAY_MS;
    const date = new Date(now);
    const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    const premiumModel = deps.premiumModel?.();
    const premiumPricing = premiumModel?.pricing;
    const hourlySince = Math.floor(now / HOUR_MS) * HOUR_MS - 47 * HOUR_MS;
    const [today, month, hourly, daily, budgets] = await Promise.all([
      generateReport(deps.decisions, { since: dayStart, until, by: "tier", premiumModel }),
      generateReport(deps.decisions, { since: monthStart, until, by: "tier", premiumModel }),
      withSeries ? generateTimeseries(deps.decisions, { since: hourlySince, until: now + 1, bucket: "hour", by, premiumPricing }) : null,
      withSeries ? generateTimeseries(deps.decisions, { since: dayStart - 59 * DAY_MS, until, bucket: "day", by, premiumPricing }) : null,
      budgetStatus(deps),
    ]);
    return {
      generated_at: now,
      premium_model: today.premium_model,
      today: { since: dayStart, until, ...today.total },
      month: { since: monthStart, until, ...month.total },
      budgets: budgets.statuses.map(budgetJson),
      budgets_error: budgets.error,
      ...(hourly && daily ? { hourly, daily } : {}),
    };
  });
}

/**
 * The budgets' status, or why it could not be read: a ledger that is down (Redis unreachable) no longer fails the
 * whole overview, whose spend and traffic come from the decision log.
 */
async function budgetStatus(deps: AdminRouteDeps): Promise<{ statuses: BudgetStatus[]; error: string | null }> {
  if (!deps.spendGuard) return { statuses: [], error: null };
  try {
    return { statuses: await deps.spendGuard.status(), error: null };
  } catch (error) {
    // The error handler's words (a store's own message can name hosts: only its code is kept), said of the ledger:
    // its "the request was not completed" is about a chat request, not this read.
    const { message, code } = toErrorResponse(error).envelope.error;
    if (code !== "storage_unavailable") return { statuses: [], error: message };
    const store = /its storage \(([^)]+)\)/.exec(message)?.[1];
    return { statuses: [], error: `the spend ledger${store ? ` (${store})` : ""} did not answer. Spend and traffic here come from the decision log; the budgets show again once the operator brings the ledger back.` };
  }
}
