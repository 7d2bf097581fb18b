/**
 * An upstream that refuses connections: the client is told the attempt could not connect, never the upstream's
 * address (a gateway's client has no business knowing where it sends requests: "connect ECONNREFUSED
 * 127.0.0.1:28438" named the host and port), while the operator's log keeps the whole error.
 * @module
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

/** A port on 127.0.0.1 that nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("an upstream that refuses connections", () => {
  let gateway: Gateway;
  let port: number;
  let upstream: ReturnType<typeof createUpstreamClient>;
  beforeAll(async () => {
    port = await closedPort();
    upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-unreachable", connectTimeoutMs: 1_000 });
    gateway = await startGateway({ app: { upstream } });
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
  });

  it("says each attempt could not connect, without the upstream's host or port", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask()) });
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).toMatch(/connection failed \(ECONNREFUSED\)/);
    expect(text).not.toContain(String(port));
    expect(text).not.toContain("127.0.0.1");
    // The operator's log keeps the address: that is where they look for which upstream failed.
    expect(gateway.logs.join("")).toContain(`127.0.0.1:${port}`);
  });

  it("leaves the address out on the Messages door's Anthropic envelope and on a stream too", async () => {
    const messages = await fetch(`${gateway.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "Say hello." }] }),
    });
    const envelope = (await messages.json()) as { type: string; error: { message: string } };
    expect(envelope.type).toBe("error");
    expect(envelope.error.message).toContain("connection failed (ECONNREFUSED)");
    expect(envelope.error.message).not.toContain(String(port));
    const stream = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask("Say hello.", { stream: true })) });
    const streamed = await stream.text();
    expect(streamed).toContain("ECONNREFUSED");
    expect(streamed).not.toContain(String(port));
  });
});
