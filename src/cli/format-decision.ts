/**
 * The readable form of a routing decision, for `switchyard route` without `--json`.
 * @module
 */
import type { CatalogSource } from "../catalog/model-catalog.js";
import type { RoutingDecision } from "../core/types.js";

/** Renders a decision as a few aligned lines and the reasons as a list. */
export function formatDecision(decision: RoutingDecision, catalogSource: CatalogSource): string {
  const rows: [string, string][] = [
    ["model", decision.model],
    ["tier", decision.tier],
    ["task", `${decision.task} (confidence ${decision.task_confidence.toFixed(2)})`],
    ["difficulty", decision.difficulty],
    ["fallbacks", decision.fallbacks.join(" → ") || "none"],
    ["max_tokens", String(decision.max_tokens)],
    ["prompt tokens", `~${decision.prompt_tokens}`],
    ["worst case", `$${decision.estimated_cost_usd.toFixed(6)}`],
    ["catalog", catalogSource],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  const reasons = decision.reasons.map((reason) => `  - ${reason}`);
  return `Route → ${decision.model}\n${lines.join("\n")}\n\nWhy:\n${reasons.join("\n")}\n`;
}
