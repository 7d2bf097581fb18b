import { describe, expect, it } from "vitest";
import type { CircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import { createGatewayMetrics, OTHER_MODEL_LABEL } from "./gateway-metrics.js";

describe("gateway metrics", () => {
  it("labels at most maxModelLabels distinct client-given model ids, the rest as (other)", async () => {
    const metrics = createGatewayMetrics({ maxModelLabels: 3 });
    for (let i = 0; i < 50; i += 1) {
      const model = `attacker/model-${i}`;
      metrics.observeRequest({ model, tier: "budget", status: 200, stream: false, durationMs: 5, timeToFirstTokenMs: 2 });
      metrics.observer.onAttempt({ model, outcome: "success" } as Parameters<typeof metrics.observer.onAttempt>[0]);
      metrics.observer.onFallback(model, "http_500");
    }
    const text = await metrics.registry.metrics();
    const models = new Set([...text.matchAll(/model="([^"]+)"/g)].map((match) => match[1]));
    expect(models).toEqual(new Set(["attacker/model-0", "attacker/model-1", "attacker/model-2", OTHER_MODEL_LABEL]));
    expect(text).toContain(`switchyard_requests_total{model="${OTHER_MODEL_LABEL}",tier="budget",status="200",stream="false"} 47`);
  });

  it("keeps a label for every known model however many made-up ids came first", async () => {
    const metrics = createGatewayMetrics({ maxModelLabels: 3, isKnownModel: (model) => model.startsWith("openai/") });
    for (let i = 0; i < 50; i += 1) metrics.observeRequest({ model: `attacker/model-${i}`, tier: "explicit", status: 200, stream: false, durationMs: 5, timeToFirstTokenMs: 2 });
    metrics.observeRequest({ model: "openai/gpt-5-nano", tier: "budget", status: 200, stream: false, durationMs: 5, timeToFirstTokenMs: 2 });
    const text = await metrics.registry.metrics();
    expect(text).toContain('switchyard_requests_total{model="openai/gpt-5-nano",tier="budget",status="200",stream="false"} 1');
  });

  it("answers a scrape without the gauges whose store is down, counting and reporting each failure", async () => {
    const metrics = createGatewayMetrics();
    const reported: string[] = [];
    const down = (): Promise<never> => Promise.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false"));
    const breaker = { state: down } as unknown as CircuitBreaker;
    metrics.watch({ budgets: down, breaker, models: () => ["openai/gpt-5-nano"], onCollectError: (_error, gauge) => reported.push(gauge) });
    const first = await metrics.registry.metrics();
    expect(first).toContain("switchyard_requests_total");
    expect(first).not.toMatch(/switchyard_budget_remaining_usd\{|switchyard_circuit_breaker_state\{/);
    // Counted: the next scrape shows them (at least those of the scrapes before it).
    const second = await metrics.registry.metrics();
    expect(second).toMatch(/switchyard_metrics_collect_failures_total\{gauge="switchyard_budget_remaining_usd"\} [12]\n/);
    expect(second).toMatch(/switchyard_metrics_collect_failures_total\{gauge="switchyard_circuit_breaker_state"\} [12]\n/);
    expect(reported.sort()).toEqual(["switchyard_budget_remaining_usd", "switchyard_budget_remaining_usd", "switchyard_circuit_breaker_state", "switchyard_circuit_breaker_state"]);
  });
});
