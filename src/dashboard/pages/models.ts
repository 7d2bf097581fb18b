/**
 * Models: per model, traffic share, cost, error rate, first-token time and throughput, and the circuit
 * breaker's state (open until when).
 * @module
 */
import { api } from "../api.js";
import type { ModelStats } from "../api-types.js";
import { clipped, emptyState, errorBox, h } from "../dom.js";
import { count, ms, perSecond, percent, timeElement, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, pageHeader, select, table } from "../ui.js";

const RANGES: [string, string][] = [
  ["24h", "Last 24 hours"],
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
];

export const modelsPage: Page = {
  title: "Models",
  async render(context: PageContext) {
    const since = RANGES.some(([value]) => value === context.query.get("since")) ? (context.query.get("since") ?? "7d") : "7d";
    context.root.append(pageHeader("Models", select("Period", "since", RANGES, since, (value) => context.navigate(`/dashboard/models?since=${value}`, { replace: true }))));
    const stats = await api<{ data: ModelStats[]; breakers_error?: string | null }>("/api/models/stats", { query: { since } });
    // The config's tier models are listed even without traffic (their circuits), so "no rows" alone never meant idle.
    const called = stats.data.some((row) => row.requests > 0 || row.attempts > 0);
    if (!called) {
      context.root.append(emptyState("No model has been called in this period.", "Models get their figures once requests are routed to them; widen the period or send traffic through the gateway."));
      if (stats.data.length === 0) return;
    }
    // As the overview's budgets: a circuit store that does not answer is said, never shown as every circuit closed.
    if (stats.breakers_error) context.root.append(errorBox(new Error(`The circuit states could not be read: ${stats.breakers_error}`)));
    context.root.append(
      h(
        "section",
        { class: "panel" },
        table(
          ["Model", "Requests", "Share", "Spend", "Calls", "Errors", "Error rate", "Skipped", "First token", "Throughput", "Circuit"],
          stats.data.map((row) => [
            clipped(row.model, { class: "mono" }),
            count(row.requests),
            // A share of no traffic at all is no share, not 0%.
            called ? percent(row.share) : "—",
            usd(row.cost_usd),
            count(row.attempts - row.skipped),
            count(row.errors),
            row.attempts - row.skipped === 0 ? "—" : percent(row.error_rate),
            count(row.skipped),
            ms(row.ttft_ms),
            perSecond(row.tokens_per_second),
            breaker(row.breaker),
          ]),
          // Eleven columns: on a phone the model names took the whole box and scrolled away with the figures.
          { numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9], stickyFirstColumn: true },
        ),
        h("p", { class: "hint" }, "First token and throughput are estimates from this gateway's own traffic (medians). Error rate is errors over the calls made to the model; a candidate skipped without a call (budget, open circuit, Retry-After hold, too small a context) is counted under Skipped, not as the model's error."),
      ),
    );
  },
};

function breaker(state: ModelStats["breaker"]): HTMLElement {
  if (state.state === "closed") return badge("closed", "good");
  if (state.state === "unknown") return badge("unknown", "warn");
  const tone = state.state === "open" ? "bad" : "warn";
  return h("span", {}, badge(state.state.replace("_", " "), tone), state.open_until ? [" until ", timeElement(state.open_until, "short")] : null);
}
