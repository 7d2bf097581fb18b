/**
 * `GET /api/models/stats?since=24h`: per model, its share of answered traffic, cost, attempts and error rate (from
 * the decision log, summed in the database), this instance's TTFT and throughput estimates (the latency
 * tracker) and its circuit breaker state.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ModelUsageRow } from "../../log/decision-log-store.js";
import type { CircuitState } from "../../routing/fallback/circuit-breaker.js";
import type { AdminRouteDeps } from "./admin-deps.js";
import { decisionFilterOf } from "./admin-query.js";

/** Registers the model stats route. */
export function registerAdminModelRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/models/stats", async (request) => {
    const { since, until, ...filter } = decisionFilterOf(request.query, deps.clock.now(), "24h");
    const usage = await deps.decisions.modelUsage({ ...filter, since, until });
    const byModel = new Map(usage.map((row) => [row.model, row]));
    for (const model of deps.knownModels?.() ?? []) {
      if (!byModel.has(model)) byModel.set(model, { model, requests: 0, costUsd: 0, attempts: 0, errors: 0, skipped: 0 });
    }
    const answered = usage.reduce((sum, row) => sum + row.requests, 0);
    // Busiest first, then the models called (or passed over) without answering, so in an outage, when no model has
    // requests, the one failing every call leads the list instead of sitting among idle models by name.
    const rows = [...byModel.values()].sort((a, b) => b.requests - a.requests || b.attempts - a.attempts || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
    const unreadable: unknown[] = [];
    const data = await Promise.all(rows.map((row) => modelStats(row, answered, deps, unreadable)));
    // As the overview's budgets_error: the other figures come from the decision log and stay; the circuits' state
    // lives in the shared store (Redis) and is unknown while it does not answer, never shown as "closed".
    const breakersError = unreadable.length === 0 ? null : "the circuit store (Redis, shared by every instance) did not answer, so no circuit's state is known. Routing lets attempts through meanwhile; the states show again once the operator brings Redis back.";
    return { object: "list", since, until, breakers_error: breakersError, data };
  });
}

/** The model's circuit: its state and cooldown end, or `unknown` (the failure kept in `unreadable`). */
async function breakerOf(model: string, deps: AdminRouteDeps, unreadable: unknown[]): Promise<{ state: CircuitState | "unknown"; openUntil: number | null }> {
  const breaker = deps.breaker;
  if (!breaker) return { state: "closed", openUntil: null };
  try {
    const [state, openUntil] = await Promise.all([breaker.state(model), breaker.openUntil?.(model) ?? null]);
    return { state, openUntil };
  } catch (error) {
    unreadable.push(error);
    return { state: "unknown", openUntil: null };
  }
}

async function modelStats(row: ModelUsageRow, answered: number, deps: AdminRouteDeps, unreadable: unknown[]) {
  const estimate = deps.latency?.estimate(row.model);
  const { state, openUntil } = await breakerOf(row.model, deps, unreadable);
  return {
    model: row.model,
    requests: row.requests,
    share: answered === 0 ? 0 : row.requests / answered,
    cost_usd: row.costUsd,
    attempts: row.attempts,
    errors: row.errors,
    skipped: row.skipped,
    // Over the calls the model was given: a candidate skipped for a budget or an open circuit was never called, and
    // counting it made a model that never failed read "97% errors" once a key ran out of budget.
    error_rate: row.attempts - row.skipped <= 0 ? 0 : row.errors / (row.attempts - row.skipped),
    ttft_ms: estimate ? estimate.ttftMs : null,
    tokens_per_second: estimate?.tokensPerSecond ?? null,
    latency_samples: estimate?.samples ?? 0,
    breaker: { state, open_until: state === "closed" || state === "unknown" ? null : openUntil },
  };
}
