import { describe, expect, it } from "vitest";
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
});
