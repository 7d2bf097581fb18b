/**
 * An upstream whose answer never ends (a broken provider, or a proxy in a loop): the gateway stops reading at a
 * ceiling, fails the attempt over as malformed, and its memory does not follow the upstream's bytes.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ANSWER_BYTES } from "../../src/upstream/read-capped-body.js";
import { MAX_SSE_EVENT_CHARS } from "../../src/upstream/sse-event-parser.js";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const PIECE = Buffer.alloc(1024 * 1024, "x");
let server: Server;
let upstream: UpstreamClient;
let gateway: Gateway;
let guard: TrackingSpendGuard;
/** Bytes the fake upstream managed to send, per request. */
const sent: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let chunks = "";
    request.on("data", (chunk: Buffer) => (chunks += chunk.toString()));
    request.on("end", () => {
      const stream = (JSON.parse(chunks) as { stream?: boolean }).stream === true;
      response.writeHead(200, { "content-type": stream ? "text/event-stream" : "application/json" });
      // Never a blank line, never an end: a JSON answer or one stream event that goes on for ever.
      const index = sent.push(0) - 1;
      response.write(stream ? 'data: {"choices":[{"delta":{"content":"' : '{"choices":[{"message":{"content":"');
      const more = (): void => {
        while (!response.destroyed && sent[index]! < 4 * MAX_ANSWER_BYTES) {
          sent[index]! += PIECE.length;
          if (!response.write(PIECE)) return void response.once("drain", more);
        }
        response.end();
      };
      more();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-endless", connectTimeoutMs: 1_000 });
  guard = trackingSpendGuard();
  gateway = await startGateway({ app: { upstream, spendGuard: guard }, config: { upstream: { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 60_000, connect_ms: 1_000 } } } });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("an answer that never ends", () => {
  it.each([
    ["a whole answer", false, `the body is over ${MAX_ANSWER_BYTES / 1024 / 1024} MB`],
    ["a stream event", true, `a stream event over ${MAX_SSE_EVENT_CHARS / 1024 / 1024} M characters without its end`],
  ])("%s: stopped at its ceiling, failed over as malformed, nothing left reserved", async (_name, stream, why) => {
    sent.length = 0;
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: MODEL, stream, messages: [{ role: "user", content: "hi" }] }),
    });
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).toContain(why);
    const record = gateway.records.at(-1);
    expect(record?.attempts.length).toBeGreaterThan(0);
    expect(record?.attempts.every((attempt) => attempt.errorType === "malformed")).toBe(true);
    // Each attempt was cut near its ceiling, not read to the upstream's end.
    for (const bytes of sent) expect(bytes).toBeLessThan(4 * MAX_ANSWER_BYTES);
    expect(guard.open.size).toBe(0);
  }, 60_000);
});
