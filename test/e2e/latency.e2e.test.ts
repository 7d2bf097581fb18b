/**
 * Latency-aware selection through the real gateway: the simulator answers the e2e tier's first model slowly
 * (`x-sim-latency-ms`, added per model by a small proxy since the gateway forwards no client headers), the
 * gateway's tracker learns it from traffic, and a tight `switchyard.max_latency_ms` then skips that model.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInMemoryLatencyTracker } from "../../src/routing/latency/in-memory-latency-tracker.js";
import type { LatencyTracker } from "../../src/routing/latency/latency-tracker.js";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { ask, CHAIN, startGateway, UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";

const [SLOW, FAST] = CHAIN;
const SLOW_MS = 300;

/** Forwards to the simulator at `target()`, asking it to delay answers from `SLOW` (any variant) by SLOW_MS. */
function startLatencyProxy(target: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const parts: Buffer[] = [];
    incoming.on("data", (part: Buffer) => parts.push(part));
    incoming.on("end", () => {
      const body = Buffer.concat(parts);
      let model = "";
      try {
        model = String((JSON.parse(body.toString() || "{}") as { model?: unknown }).model ?? "");
      } catch {
        // not JSON: no delay
      }
      const headers = { ...incoming.headers, "x-sim-latency-ms": model.split(":")[0] === SLOW ? String(SLOW_MS) : "0" };
      const upstream = httpRequest(new URL(incoming.url ?? "/", target()), { method: incoming.method, headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      upstream.on("error", () => outgoing.destroy());
      upstream.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server });
    }),
  );
}

type Body = Parameters<Gateway["client"]["chat"]["completions"]["create"]>[0] & { stream?: false };

describe("latency-aware selection through the gateway", () => {
  const tracker: LatencyTracker = createInMemoryLatencyTracker();
  let gateway: Gateway;
  let proxy: { url: string; server: Server };
  let upstream: ReturnType<typeof createUpstreamClient>;
  beforeAll(async () => {
    let simulatorUrl = "";
    proxy = await startLatencyProxy(() => simulatorUrl);
    upstream = createUpstreamClient({ baseUrl: proxy.url, apiKey: UPSTREAM_KEY, connectTimeoutMs: 1_000, xTitle: "Switchyard e2e" });
    gateway = await startGateway({ app: { upstream, latency: tracker } });
    simulatorUrl = gateway.simulator.url;
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
    await new Promise((resolve) => proxy.server.close(resolve));
  });

  it("with nothing known, a tight max_latency_ms filters nothing (unknown models pass) and asks for :nitro", async () => {
    const { data, response } = await gateway.client.chat.completions.create({ ...ask(), max_tokens: 50, switchyard: { max_latency_ms: 100 } } as Body).withResponse();
    expect(response.headers.get("x-switchyard-model")).toBe(`${SLOW}:nitro`);
    expect(data.choices[0]?.message.content).toContain("simulated answer");
  });

  it("after some traffic the slow model is skipped for a tight max_latency_ms", async () => {
    for (let i = 0; i < 3; i += 1) {
      const stream = await gateway.client.chat.completions.create({ ...ask(), max_tokens: 50, stream: true });
      for await (const _chunk of stream) void _chunk;
    }
    const slow = tracker.estimate(SLOW);
    expect(slow?.samples).toBeGreaterThanOrEqual(4);
    expect(slow?.ttftMs).toBeGreaterThanOrEqual(SLOW_MS);

    const before = gateway.records.length;
    const { response } = await gateway.client.chat.completions.create({ ...ask(), max_tokens: 50, switchyard: { max_latency_ms: 250 } } as Body).withResponse();
    expect(response.headers.get("x-switchyard-model")).toBe(`${FAST}:nitro`);
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    const record = gateway.records.slice(before).at(-1);
    expect(record?.candidates.some((id) => id.startsWith(SLOW))).toBe(false);
    expect(gateway.simulator.calls.at(-1)?.model).toBe(`${FAST}:nitro`);

    // Without the limit the slow model is still the tier's first choice: latency only matters when asked for.
    const plain = await gateway.client.chat.completions.create({ ...ask(), max_tokens: 50 }).withResponse();
    expect(plain.response.headers.get("x-switchyard-model")).toBe(SLOW);
  });
});
