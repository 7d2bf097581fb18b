/**
 * Requests refused before a door reads them (not JSON, over the body limit, compressed) have no decision record; they
 * were only counted. An operator also gets a span (tracing on) and a log line naming the reason, rate-limited per
 * code. Real OTLP/HTTP export to a receiver on 127.0.0.1, a real pino logger.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { attributes, receivedSpans, startReceiver } from "../../../test/support/otlp-receiver.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { createMemoryDecisionLogBackend } from "../../storage/memory/memory-decision-log.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { createSimulator } from "../../testing/simulator/index.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { createOtlpTracer } from "../telemetry/otlp-tracer.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("requests refused before the door reads them", () => {
  it("get a span and a rate-limited log line with the reason, and no decision record", async () => {
    const receiver = await startReceiver();
    const simulator = await createSimulator({ latencyMs: 2 });
    cleanups.push(receiver.close, simulator.close);
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(...chunk.toString().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)), done()) }));
    const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } }, server: { body_limit_bytes: 4_096 } });
    const tracer = createOtlpTracer({ tracesUrl: `${receiver.url}/v1/traces`, serviceName: "switchyard", exportDelayMs: 60_000 });
    const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-test", connectTimeoutMs: 1_000, xTitle: "t", httpReferer: "https://t.test" });
    const decisionLog = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    const app = await createApp({ config, catalog: builtinCatalog(), upstream, tracer, logger, decisionLog });
    cleanups.push(async () => (await app.close(), await upstream.close(), await tracer.shutdown()));
    const post = (url: string, payload: string, headers: Record<string, string> = {}) => app.inject({ method: "POST", url, payload, headers: { "content-type": "application/json", ...headers } });

    expect((await post("/v1/chat/completions", "{not json")).statusCode).toBe(400);
    expect((await post("/v1/chat/completions", "{also not json")).statusCode).toBe(400);
    expect((await post("/v1/messages", JSON.stringify({ text: "x".repeat(8_000) }))).statusCode).toBe(413);
    expect((await post("/v1/responses", "{}", { "content-encoding": "gzip" })).statusCode).toBe(415);
    const served = await post("/v1/chat/completions", JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }));
    expect(served.statusCode).toBe(200);
    await tracer.flush();

    const refusedSpans = receivedSpans(receiver.exports).filter((span) => attributes(span)["switchyard.outcome"] === "refused");
    expect(refusedSpans.map((span) => [span.name, attributes(span)["http.response.status_code"], attributes(span)["error.type"], attributes(span)["switchyard.door"]])).toEqual([
      ["POST /v1/chat/completions", 400, "invalid_json", "chat"],
      ["POST /v1/chat/completions", 400, "invalid_json", "chat"],
      ["POST /v1/messages", 413, "request_too_large", "messages"],
      ["POST /v1/responses", 415, "unsupported_media_type", "responses"],
    ]);
    // A client's 4xx is not the server's error (HTTP semantic conventions); the kind is SERVER.
    expect(refusedSpans.every((span) => span.kind === 2 && (span.status?.code ?? 0) === 0)).toBe(true);

    const refusals = lines.filter((line) => line.msg === "request refused before routing");
    // One line per code: the second invalid JSON within the minute is folded into the next line, not logged.
    expect(refusals.map((line) => [line.code, line.status, line.path])).toEqual([
      ["invalid_json", 400, "/v1/chat/completions"],
      ["request_too_large", 413, "/v1/messages"],
      ["unsupported_media_type", 415, "/v1/responses"],
    ]);
    expect(refusals[0]).toMatchObject({ level: 30, reason: "The request body is not valid JSON.", method: "POST", door: "chat" });

    // Only the served request has a decision record.
    await decisionLog.flush();
    expect((await decisionLog.list({ limit: 10 })).map((record) => record.id)).toEqual([served.headers["x-switchyard-decision-id"]]);
  });
});
