/**
 * A real gateway on 127.0.0.1 in front of the OpenRouter simulator, with the official `openai` SDK as the
 * client. Every e2e test goes through the real HTTP path.
 * @module
 */
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import OpenAI from "openai";
import { pino } from "pino";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import type { ConfigInput } from "../../src/config/config-schema.js";
import type { DecisionLog, DecisionRecord } from "../../src/log/decision-record.js";
import { createApp, type AppDeps } from "../../src/server/create-app.js";
import { LOG_REDACT_PATHS } from "../../src/server/log-redaction.js";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/testing/simulator/index.js";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { redactSecret } from "../../src/upstream/redact-secret.js";
import { InMemoryRetryAfterHolds } from "../../src/routing/fallback/retry-after-holds.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";

/** The upstream key the gateway holds; it must never show up anywhere. */
export const UPSTREAM_KEY = "sk-or-v1-e2e-upstream-secret-0123456789";

/** The e2e tier's chain. */
export const CHAIN = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "meta-llama/llama-3.3-70b-instruct"] as const;

/** A running gateway. */
export interface Gateway {
  url: string;
  app: FastifyInstance;
  simulator: Simulator;
  client: OpenAI;
  /** Every log line written, raw. */
  logs: string[];
  records: DecisionRecord[];
  /** The gateway's Retry-After holds: a test that shares the gateway clears them between cases. */
  holds: InMemoryRetryAfterHolds;
  close(): Promise<void>;
}

/** Options of startGateway. */
export interface GatewayOptions {
  config?: ConfigInput;
  simulator?: SimulatorOptions;
  app?: Partial<AppDeps>;
}

/** Starts simulator + gateway + SDK client. */
export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const simulator = await createSimulator({ slowMs: 2_000, processingIntervalMs: 50, apiKey: UPSTREAM_KEY, ...options.simulator });
  const config = parseConfig({
    tiers: { e2e: { models: [...CHAIN], max_tokens: 300 } },
    tasks: { probe: "e2e" },
    upstream: { timeouts: { first_token_ms: 1_000, idle_ms: 700, total_ms: 15_000, connect_ms: 1_000 }, max_retry_after_ms: 100 },
    ...options.config,
  });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString());
      callback();
    },
  });
  const logger = pino({ level: "debug", redact: { paths: LOG_REDACT_PATHS, censor: "[REDACTED]" } }, logStream);
  const records: DecisionRecord[] = [];
  const decisionLog: DecisionLog = { write: (record) => void records.push(record), flush: async () => {}, close: async () => {} };
  const holds = new InMemoryRetryAfterHolds(SYSTEM_CLOCK);
  const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: UPSTREAM_KEY, connectTimeoutMs: 1_000, xTitle: "Switchyard e2e", httpReferer: "https://switchyard.test" });
  const app = await createApp({
    config,
    catalog: builtinCatalog(),
    upstream,
    logger,
    decisionLog,
    redact: (text) => redactSecret(text, UPSTREAM_KEY),
    holds,
    ...options.app,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "sk-sy-client-key", maxRetries: 0, timeout: 20_000 });
  return {
    url,
    app,
    simulator,
    client,
    logs,
    records,
    holds,
    async close() {
      await app.close();
      await upstream.close();
      await simulator.close();
    },
  };
}

/** A one-message chat body on the e2e tier. */
export function ask(content = "Say hello to the gateway.", extra: Record<string, unknown> = {}): { model: string; messages: { role: "user"; content: string }[] } {
  return { model: "switchyard/tier/e2e", messages: [{ role: "user", content }], ...extra };
}
