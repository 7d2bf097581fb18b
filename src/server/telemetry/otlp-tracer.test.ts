/**
 * Traces end to end: the gateway over the OpenRouter simulator, its first model failing, exporting through the
 * official OTLP/HTTP exporter to an in-process receiver (a real HTTP server on 127.0.0.1 decoding the JSON export).
 */
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { defaultConfig, parseConfig } from "../../config/parse-config.js";
import { createSimulator } from "../../testing/simulator/index.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { createOtlpTracer } from "./otlp-tracer.js";
import { resolveTelemetry } from "./telemetry-settings.js";
import { attributes, startReceiver, type OtlpSpan } from "../../../test/support/otlp-receiver.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("OpenTelemetry traces", () => {
  it("exports one server span per request and a client span per upstream attempt, with GenAI and Switchyard attributes", async () => {
    const receiver = await startReceiver();
    const simulator = await createSimulator({ latencyMs: 2 });
    cleanups.push(receiver.close, simulator.close);
    simulator.setFault("openai/gpt-5-nano", "server_error");
    const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano", "anthropic/claude-sonnet-4.5"], max_tokens: 200 } }, tasks: { probe: "e2e" } });
    const settings = resolveTelemetry(parseConfig({ telemetry: { otlp_endpoint: `${receiver.url}/`, otlp_headers: { "x-tenant": "t1" } } }), {});
    if (!settings) throw new Error("telemetry should be on");
    const tracer = createOtlpTracer({ ...settings, exportDelayMs: 60_000 });
    const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-test", connectTimeoutMs: 1_000, xTitle: "t", httpReferer: "https://t.test" });
    const app = await createApp({ config, catalog: builtinCatalog(), upstream, tracer });
    cleanups.push(async () => (await app.close(), await upstream.close(), await tracer.shutdown()));

    const response = await app.inject({ method: "POST", url: "/v1/chat/completions", payload: { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Say hello." }] } });
    expect(response.statusCode).toBe(200);
    const decisionId = response.headers["x-switchyard-decision-id"];
    await tracer.flush();

    expect(receiver.paths).toEqual(["POST /v1/traces application/json"]);
    expect(receiver.headers).toEqual(["t1"]);
    const batch = receiver.exports[0];
    expect(attributes({ attributes: batch?.resourceSpans[0]?.resource.attributes ?? [] } as OtlpSpan)["service.name"]).toBe("switchyard");
    const spans = batch?.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)) ?? [];
    const root = spans.find((span) => span.parentSpanId === undefined || span.parentSpanId === "");
    const children = spans.filter((span) => span !== root);
    expect(root?.name).toBe("chat switchyard/tier/e2e");
    expect(root?.kind).toBe(2); // SERVER
    expect(attributes(root)).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openrouter",
      "gen_ai.system": "openrouter",
      "gen_ai.request.model": "switchyard/tier/e2e",
      "gen_ai.response.model": "anthropic/claude-sonnet-4.5",
      "http.response.status_code": 200,
      "switchyard.decision_id": decisionId,
      "switchyard.tier": "e2e",
      "switchyard.attempts": 2,
      "switchyard.fallback_reason": "http_500",
      "switchyard.outcome": "served",
    });
    expect(attributes(root)["gen_ai.usage.input_tokens"]).toBeGreaterThan(0);
    expect(attributes(root)["gen_ai.usage.output_tokens"]).toBeGreaterThan(0);
    expect(Number(attributes(root)["switchyard.cost_usd"])).toBeGreaterThan(0);
    expect(typeof attributes(root)["switchyard.task"]).toBe("string");

    expect(children.map((span) => [span.name, span.kind, span.traceId === root?.traceId, span.parentSpanId === root?.spanId])).toEqual([
      ["chat openai/gpt-5-nano", 3, true, true],
      ["chat anthropic/claude-sonnet-4.5", 3, true, true],
    ]);
    expect(attributes(children[0])).toMatchObject({ "gen_ai.request.model": "openai/gpt-5-nano", "error.type": "http", "http.response.status_code": 500, "switchyard.attempt": 1 });
    expect(children[0]?.status?.code).toBe(2); // ERROR
    expect(attributes(children[1])).toMatchObject({ "gen_ai.request.model": "anthropic/claude-sonnet-4.5", "gen_ai.response.model": "anthropic/claude-sonnet-4.5", "switchyard.attempt": 2 });
    // The attempts sit inside the request, in order.
    const time = (t: string | number | undefined) => BigInt(t ?? 0);
    expect(time(children[0]?.startTimeUnixNano) >= time(root?.startTimeUnixNano)).toBe(true);
    expect(time(children[1]?.startTimeUnixNano) >= time(children[0]?.endTimeUnixNano)).toBe(true);
    expect(time(children[1]?.endTimeUnixNano) <= time(root?.endTimeUnixNano)).toBe(true);
  });

  it("is off by default, on with the standard OTEL_EXPORTER_OTLP_* variables, and off again with OTEL_SDK_DISABLED", () => {
    expect(resolveTelemetry(defaultConfig(), {})).toBeUndefined();
    expect(resolveTelemetry(defaultConfig(), { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_HEADERS: "api-key=abc%3D,x-team=ops", OTEL_SERVICE_NAME: "gw" })).toEqual({
      tracesUrl: "http://collector:4318/v1/traces",
      headers: { "api-key": "abc=", "x-team": "ops" },
      serviceName: "gw",
    });
    expect(resolveTelemetry(defaultConfig(), { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/custom/traces" })?.tracesUrl).toBe("http://collector:4318/custom/traces");
    expect(resolveTelemetry(defaultConfig(), { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    expect(() => parseConfig({ telemetry: { otlp_endpoint: "not a url" } })).toThrow();
  });
});
