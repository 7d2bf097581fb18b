/**
 * A streaming request answered 200 with a web page (a proxy's error page, a captive portal, a base URL that names a
 * website): each door's error quotes the page, as a whole answer's does, instead of "the stream ended before any
 * content", and nothing is charged for it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const PAGE = "<!doctype html><html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>";

let upstreamServer: Server;
let upstream: UpstreamClient;
let gateway: Gateway;
let guard: TrackingSpendGuard;

beforeAll(async () => {
  upstreamServer = createServer((request, response) => {
    let text = "";
    request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
    request.on("end", () => {
      // A media type is case-insensitive (RFC 9110): some servers send it capitalized.
      response.writeHead(200, { "content-type": text.includes("CAPITALIZED") ? "Text/HTML; charset=UTF-8" : "text/html; charset=utf-8" });
      response.end(PAGE);
    });
  });
  await new Promise<void>((resolve) => upstreamServer.listen(0, "127.0.0.1", resolve));
  const { port } = upstreamServer.address() as AddressInfo;
  upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-hostile", connectTimeoutMs: 1_000 });
  guard = trackingSpendGuard();
  gateway = await startGateway({ app: { upstream, spendGuard: guard } });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
  await new Promise((resolve) => upstreamServer.close(resolve));
});

const DOORS: [string, Record<string, unknown>][] = [
  ["/v1/chat/completions", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "hi" }] }],
  ["/v1/messages", { model: "switchyard/tier/e2e", stream: true, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }],
  ["/v1/responses", { model: "switchyard/tier/e2e", stream: true, input: "hi" }],
];

describe("an HTML page where an event stream was asked for", () => {
  it.each([...DOORS, ["/v1/chat/completions (Text/HTML)", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "CAPITALIZED" }] }] as [string, Record<string, unknown>]])("%s: a 502 quoting the page, each attempt a malformed answer, nothing charged", async (door, body) => {
    const path = door.split(" ")[0] ?? door;
    const settledBefore = guard.settled.length;
    const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toContain("an HTML page where an event stream was asked for");
    expect(text).toContain("502 Bad Gateway");
    const record = gateway.records.at(-1);
    expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed", "malformed", "malformed"]);
    expect(record?.costUsd).toBe(0);
    expect(guard.settled.length).toBe(settledBefore);
    expect(guard.open.size).toBe(0);
  });
});
