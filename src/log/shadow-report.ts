/**
 * What a shadow router would have changed: over the decisions that carry a shadow decision (`routing.shadow`,
 * `switchyard router shadow FILE`), how many would have gone to another tier or model, and the predicted
 * cost (worst-case estimates of both, so the two sides are priced alike). `report --by shadow` and
 * `GET /api/router/shadow` show it.
 * @module
 */
import type { DecisionLogQueries } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";

/** At most this many decisions of the period are read (newest first). */
export const SHADOW_REPORT_MAX_RECORDS = 200_000;

/** One shadow router's comparison with what actually routed. */
export interface ShadowRouterReport {
  router: string;
  /** Decisions that carry this router's shadow decision. */
  decisions: number;
  /** Of those, how many the shadow would have sent to another tier. */
  tier_changes: number;
  /** ... or to another first model (includes every tier change that moves the model). */
  model_changes: number;
  /** `tier_changes / decisions`. */
  change_share: number;
  /** `"from→to"` tier moves and their counts, most frequent first. */
  transitions: { from: string; to: string; count: number }[];
  /** Sum of the actual decisions' estimated (worst-case) cost. */
  estimated_cost_usd: number;
  /** Sum of the shadow's estimated cost for the same decisions. */
  shadow_estimated_cost_usd: number;
  /** `shadow / actual − 1` (−0.2: the shadow would cost 20% less), null when the actual estimate is 0. */
  predicted_cost_change: number | null;
}

/** The shadow section of a period. */
export interface ShadowReport {
  since: string;
  until: string;
  routers: ShadowRouterReport[];
  truncated: boolean;
}

/** Builds one report per shadow router found in the records. */
export function summarizeShadow(records: readonly DecisionRecord[]): ShadowRouterReport[] {
  const byRouter = new Map<string, DecisionRecord[]>();
  for (const record of records) {
    if (!record.shadow) continue;
    const list = byRouter.get(record.shadow.router) ?? [];
    list.push(record);
    byRouter.set(record.shadow.router, list);
  }
  return [...byRouter].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([router, list]) => routerReport(router, list));
}

/** Reads a period's decisions and summarizes their shadows. */
export async function generateShadowReport(decisions: Pick<DecisionLogQueries, "list">, period: { since: number; until: number; maxRecords?: number }): Promise<ShadowReport> {
  const limit = period.maxRecords ?? SHADOW_REPORT_MAX_RECORDS;
  const records = await decisions.list({ since: period.since, until: period.until, limit });
  return { since: new Date(period.since).toISOString(), until: new Date(period.until).toISOString(), routers: summarizeShadow(records), truncated: records.length >= limit };
}

/** Text lines for the CLI report. */
export function formatShadowReport(report: ShadowReport): string {
  if (report.routers.length === 0) return "\nNo shadow decisions in this period (set routing.shadow or run `switchyard router shadow FILE`).\n";
  const lines = report.routers.map((r) => {
    const change = r.predicted_cost_change === null ? "n/a" : `${r.predicted_cost_change >= 0 ? "+" : "−"}${Math.abs(r.predicted_cost_change * 100).toFixed(1)}%`;
    const moves = r.transitions.slice(0, 5).map((t) => `${t.from}→${t.to} ${t.count}`).join(", ") || "none";
    return [
      `Shadow router ${r.router}: ${r.decisions} decisions, ${r.tier_changes} would change tier (${(r.change_share * 100).toFixed(1)}%), ${r.model_changes} would change model`,
      `  predicted cost: $${r.shadow_estimated_cost_usd.toFixed(6)} vs $${r.estimated_cost_usd.toFixed(6)} routed (${change}, worst-case estimates)`,
      `  tier moves: ${moves}`,
    ].join("\n");
  });
  return `\n${lines.join("\n")}\n`;
}

function routerReport(router: string, records: readonly DecisionRecord[]): ShadowRouterReport {
  let tierChanges = 0;
  let modelChanges = 0;
  let actual = 0;
  let shadowCost = 0;
  const moves = new Map<string, { from: string; to: string; count: number }>();
  for (const record of records) {
    const shadow = record.shadow;
    if (!shadow) continue;
    actual += record.estimatedCostUsd;
    shadowCost += shadow.estimatedCostUsd;
    if (shadow.model !== (record.candidates[0] ?? record.model)) modelChanges += 1;
    if (shadow.tier === record.tier) continue;
    tierChanges += 1;
    const key = `${record.tier}→${shadow.tier}`;
    const move = moves.get(key) ?? { from: record.tier, to: shadow.tier, count: 0 };
    move.count += 1;
    moves.set(key, move);
  }
  return {
    router,
    decisions: records.length,
    tier_changes: tierChanges,
    model_changes: modelChanges,
    change_share: records.length > 0 ? tierChanges / records.length : 0,
    transitions: [...moves.values()].sort((a, b) => b.count - a.count),
    estimated_cost_usd: actual,
    shadow_estimated_cost_usd: shadowCost,
    predicted_cost_change: actual > 0 ? shadowCost / actual - 1 : null,
  };
}
