/**
 * An explicit model id needs the classifier only to label its decision, so the gateway reads the labels while the
 * upstream works: after the request is sent, and before anything shows or stores them.
 */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { pino } from "pino";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import type { ConversationClassifier } from "../../src/classifier/classifier.js";
import { parseConfig } from "../../src/config/parse-config.js";
import type { ConfigInput } from "../../src/config/config-schema.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { extractRoutingFeatures } from "../../src/learning/routing-features.js";
import { createRequestRouter } from "../../src/routing/request-router.js";
import { createApp } from "../../src/server/create-app.js";
import { createSimulator } from "../../src/testing/simulator/index.js";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";

const EXPLICIT = "openai/gpt-5-nano";
const PROMPT = "Traduce al inglés: el tren sale a las nueve y llega a mediodía.";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A gateway whose upstream client and classifier note, in order, when a request is sent and when labels are read. */
async function startNoting(config: ConfigInput = {}) {
  const events: string[] = [];
  const simulator = await createSimulator({});
  const real = createUpstreamClient({ baseUrl: simulator.url, connectTimeoutMs: 1_000 });
  const upstream: UpstreamClient = {
    chatCompletions: (body, options) => {
      const sent = real.chatCompletions(body, options);
      events.push("sent");
      return sent;
    },
    listModels: (options) => real.listModels(options),
    close: () => real.close(),
  };
  const learned = createClassifier("learned");
  const classifier: ConversationClassifier = {
    name: learned.name,
    classify: (messages) => {
      events.push("labelled");
      return learned.classify(messages);
    },
  };
  const records: DecisionRecord[] = [];
  const parsed = parseConfig({ tiers: { e2e: { models: [EXPLICIT], max_tokens: 200 } }, ...config });
  const app = await createApp({
    config: parsed,
    catalog: builtinCatalog(),
    upstream,
    classifier,
    learning: { extractFeatures: (messages, classification, promptTokens) => ({ ...extractRoutingFeatures(messages, classification, promptTokens) }) },
    logger: pino({ level: "silent" }, new Writable({ write: (_chunk, _encoding, done) => done() })),
    decisionLog: { write: (record) => void records.push(record), flush: async () => {}, close: async () => {} },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  closers.push(async () => {
    await app.close();
    await upstream.close();
    await simulator.close();
  });
  // What `switchyard route` (labels read at once) says about the same request.
  const expected = createRequestRouter({ config: parsed, catalog: builtinCatalog(), classifier: learned, clock: SYSTEM_CLOCK }).route({ model: EXPLICIT, messages: [{ role: "user", content: PROMPT }] }).decision;
  const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { events, records, expected, post };
}

describe("labels of an explicit model's decision", () => {
  it("are read after the request is sent, and the header and the record carry them (JSON, stream, Messages door)", async () => {
    const gateway = await startNoting();
    const bodies: [string, unknown][] = [
      ["/v1/chat/completions", { model: EXPLICIT, messages: [{ role: "user", content: PROMPT }] }],
      ["/v1/chat/completions", { model: EXPLICIT, stream: true, messages: [{ role: "user", content: PROMPT }] }],
      ["/v1/messages", { model: EXPLICIT, max_tokens: 200, messages: [{ role: "user", content: PROMPT }] }],
    ];
    for (const [path, body] of bodies) {
      gateway.events.length = 0;
      const response = await gateway.post(path, body);
      expect(response.status, path).toBe(200);
      await response.text();
      expect(gateway.events, path).toEqual(["sent", "labelled"]);
      expect(response.headers.get("x-switchyard-task")).toBe(gateway.expected.task);
    }
    expect(gateway.expected.task).toBe("translation");
    for (const record of gateway.records) {
      expect(record.task).toBe(gateway.expected.task);
      expect(record.taskConfidence).toBe(gateway.expected.task_confidence);
      expect(record.difficulty).toBe(gateway.expected.difficulty);
      expect(record.features).toMatchObject({ task: "translation" });
    }
  });

  it("are read before the call when auto routing needs them, and when a budget is kept per task", async () => {
    const auto = await startNoting({ tasks: { translation: "e2e" } });
    await (await auto.post("/v1/chat/completions", { model: "switchyard/auto", messages: [{ role: "user", content: PROMPT }] })).text();
    expect(auto.events).toEqual(["labelled", "sent"]);
    const perTask = await startNoting({ budgets: [{ scope: "task", window: "day", limit_usd: 100 }] });
    await (await perTask.post("/v1/chat/completions", { model: EXPLICIT, messages: [{ role: "user", content: PROMPT }] })).text();
    expect(perTask.events).toEqual(["labelled", "sent"]);
    expect(perTask.records[0]?.task).toBe("translation");
  });

  it("are still recorded when the call fails before any answer", async () => {
    const gateway = await startNoting();
    const response = await gateway.post("/v1/chat/completions", { model: "vendor/not-a-model", messages: [{ role: "user", content: PROMPT }] });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(gateway.records[0]?.task).toBe("translation");
  });
});
