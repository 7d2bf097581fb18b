/**
 * A collector that refuses every batch: the OpenTelemetry SDK only tells its own diagnostic logger (off by default),
 * so traces vanished without a word. The gateway now warns (the first failure at once, then once a minute with the
 * count folded in) and counts every failed batch and its spans in /metrics. A real HTTP server on 127.0.0.1 answers
 * the official exporter with 500.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { createSimulator } from "../../testing/simulator/index.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { startTracer } from "./start-tracer.js";

/** An OTLP/HTTP endpoint that takes each export's body and answers 500. */
async function startFailingCollector(): Promise<{ url: string; posts: () => number; close(): Promise<void> }> {
  let posts = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      posts += 1;
      response.writeHead(500, { "content-type": "text/plain" }).end("collector broken");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, posts: () => posts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("trace export failures", () => {
  it("are logged (rate-limited) and counted in /metrics, and the requests are unaffected", async () => {
    const collector = await startFailingCollector();
    const simulator = await createSimulator({ latencyMs: 2 });
    cleanups.push(collector.close, simulator.close);
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(...chunk.toString().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)), done()) }));
    const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } }, telemetry: { otlp_endpoint: collector.url } });
    const tracer = await startTracer(config, {}, logger, () => {});
    if (!tracer) throw new Error("telemetry should be on");
    const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-test", connectTimeoutMs: 1_000, xTitle: "t", httpReferer: "https://t.test" });
    const app = await createApp({ config, catalog: builtinCatalog(), upstream, tracer });
    cleanups.push(async () => (await app.close(), await upstream.close(), await tracer.shutdown().catch(() => undefined)));
    const chat = () => app.inject({ method: "POST", url: "/v1/chat/completions", payload: { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Say hello." }] } });

    // Two batches, each of one request: a server span and one attempt span.
    for (let batch = 0; batch < 2; batch += 1) {
      expect((await chat()).statusCode).toBe(200);
      await tracer.flush().catch(() => undefined);
    }
    expect(collector.posts()).toBe(2);
    const warnings = lines.filter((line) => line.msg === "trace export failed; its spans were dropped");
    // The second failure is folded into the next line (a minute later), not logged again.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, spans: 2, url: `${collector.url}/v1/traces` });
    expect(JSON.stringify(warnings[0]?.err)).toMatch(/500|Internal Server Error|collector broken/);
    const metrics = (await app.inject({ method: "GET", url: "/metrics" })).body;
    expect(metrics).toMatch(/^switchyard_trace_export_failures_total 2$/m);
    expect(metrics).toMatch(/^switchyard_trace_spans_dropped_total 4$/m);
  });
});
