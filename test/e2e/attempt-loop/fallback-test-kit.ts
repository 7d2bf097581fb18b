/**
 * Shared setup for the attempt-loop tests: a simulator upstream, a router over a small test tier, and deps.
 * @module
 */
import { builtinCatalog } from "../../../src/catalog/builtin-catalog.js";
import { createClassifier } from "../../../src/classifier/create-classifier.js";
import { parseConfig } from "../../../src/config/parse-config.js";
import { SYSTEM_CLOCK } from "../../../src/core/clock.js";
import type { ChatRequest } from "../../../src/core/types.js";
import { createSimulator, type Simulator } from "../../../src/testing/simulator/index.js";
import { createUpstreamClient, type UpstreamClient } from "../../../src/upstream/upstream-client.js";
import { createRequestRouter, type RequestRouter } from "../../../src/routing/request-router.js";
import type { FallbackRequest } from "../../../src/routing/fallback/fallback-request.js";
import type { FallbackDeps, FallbackSettings } from "../../../src/routing/fallback/fallback-settings.js";

/** The test tier's chain, in order. */
export const TEST_CHAIN = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "meta-llama/llama-3.3-70b-instruct"] as const;

/** A running kit. */
export interface FallbackKit {
  simulator: Simulator;
  upstream: UpstreamClient;
  router: RequestRouter;
  deps(overrides?: Partial<Omit<FallbackDeps, "settings">> & { settings?: Partial<FallbackSettings> }): FallbackDeps;
  request(body?: Partial<ChatRequest>, signal?: AbortSignal): FallbackRequest;
  close(): Promise<void>;
}

/** Starts a simulator and builds deps with short timeouts. */
export async function startFallbackKit(simulatorOptions: Parameters<typeof createSimulator>[0] = {}): Promise<FallbackKit> {
  const simulator = await createSimulator({ slowMs: 2_000, processingIntervalMs: 50, ...simulatorOptions });
  const catalog = builtinCatalog();
  const config = parseConfig({ tiers: { test: { models: [...TEST_CHAIN], max_tokens: 256 } }, tasks: { probe: "test" } });
  const router = createRequestRouter({ config, catalog, classifier: createClassifier("heuristic"), clock: SYSTEM_CLOCK });
  const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-test-secret-key", connectTimeoutMs: 1_000 });
  let sequence = 0;
  return {
    simulator,
    upstream,
    router,
    deps: (overrides = {}) => ({
      upstream,
      clock: SYSTEM_CLOCK,
      catalog,
      ...overrides,
      settings: { firstTokenMs: 800, idleMs: 500, totalMs: 10_000, maxAttempts: 4, maxRetryAfterMs: 50, fallbackOnContentPolicy: false, ...overrides.settings },
    }),
    request: (body = {}, signal) => {
      const plan = router.route({ model: "switchyard/tier/test", messages: [{ role: "user", content: "Say hello." }], ...body });
      sequence += 1;
      return { requestId: `req_${sequence}`, plan, scope: { task: plan.decision.task, tier: plan.decision.tier }, ...(signal ? { signal } : {}) };
    },
    close: async () => {
      await upstream.close();
      await simulator.close();
    },
  };
}

/** Drains a session's chunks into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
