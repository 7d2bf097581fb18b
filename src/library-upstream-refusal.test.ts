/**
 * A library router whose upstream refuses its credentials says what to change in the caller's own code: there is
 * no gateway in the library, so "a gateway configuration problem, not the caller's" sent a library user looking
 * for one (journey 4: createRouter without `{ apiKey }`).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "./create-router.js";
import { GatewayError } from "./core/errors/index.js";
import { createSimulator, type Simulator } from "./testing/simulator/index.js";
import { createUpstreamClient, type UpstreamClient } from "./upstream/upstream-client.js";

let simulator: Simulator;
beforeAll(async () => {
  simulator = await createSimulator({ apiKey: "sk-or-v1-the-right-one", recordCalls: false });
});
afterAll(async () => simulator.close());

const request = { model: "switchyard/tier/budget", messages: [{ role: "user" as const, content: "hi" }] };

async function refusal(deps: { apiKey?: string; upstream?: UpstreamClient }, stream = false, baseUrl = simulator.url): Promise<GatewayError> {
  const router = createRouter({ upstream: { base_url: baseUrl } }, deps);
  try {
    const error: unknown = await (stream ? router.stream(request) : router.chat(request)).then(() => undefined, (caught: unknown) => caught);
    if (!GatewayError.isInstance(error)) throw new Error(`expected a GatewayError, got ${String(error)}`);
    return error;
  } finally {
    await router.close();
  }
}

describe("an upstream refusing the library's credentials", () => {
  it("without an apiKey: names the missing apiKey and how to pass it, for chat() and stream()", async () => {
    for (const stream of [false, true]) {
      const error = await refusal({}, stream);
      expect(error).toMatchObject({ status: 502, code: "upstream_auth_failed" });
      expect(error.message).toContain("HTTP 401");
      expect(error.message).toContain("createRouter was given no apiKey");
      expect(error.message).toContain("createRouter(config, { apiKey: process.env.OPENROUTER_API_KEY })");
      expect(error.message).not.toContain("gateway");
    }
  });

  it("with a wrong apiKey: says to check the key given to createRouter, and never quotes it", async () => {
    const error = await refusal({ apiKey: "sk-or-v1-a-wrong-one" });
    expect(error.message).toContain("the apiKey given to createRouter");
    expect(error.message).not.toContain("sk-or-v1-a-wrong-one");
    expect(error.message).not.toContain("gateway");
  });

  it("with an upstream client of the caller's own: points at deps.upstream", async () => {
    const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-v1-a-wrong-one", connectTimeoutMs: 2_000 });
    try {
      const error = await refusal({ upstream });
      expect(error.message).toContain("deps.upstream");
      expect(error.message).not.toContain("gateway");
    } finally {
      await upstream.close();
    }
  });
});

/**
 * An upstream on 127.0.0.1 answering every chat call with `status` and OpenRouter's error body, `message(key)` given
 * the bearer token it was sent: the refusals the simulator has no fault for (a key's own spend limit, a key quoted).
 */
async function refusingUpstream<T>(status: number, message: (key: string) => string, use: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = createServer((request, response) => {
    request.resume();
    const key = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: message(key), code: status } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("an upstream refusing a key it knows, or quoting it", () => {
  it("a 403 with a valid key (OpenRouter's key past its own spend limit) is not called a wrong key", async () => {
    const limit = "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys";
    const error = await refusingUpstream(403, () => limit, (baseUrl) => refusal({ apiKey: "sk-or-v1-a-capped-key" }, false, baseUrl));
    expect(error).toMatchObject({ status: 502, code: "upstream_auth_failed" });
    expect(error.message).toContain(limit);
    expect(error.message).toContain("knows the apiKey given to createRouter but will not serve this call");
    expect(error.message).not.toContain("Check the apiKey");
  });

  it("never carries the apiKey an upstream quotes back in its error text", async () => {
    const key = "sk-or-v1-quoted-back-0123456789";
    for (const stream of [false, true]) {
      const error = await refusingUpstream(401, (sent) => `Invalid key ${sent}`, (baseUrl) => refusal({ apiKey: key }, stream, baseUrl));
      expect(error.message).toContain("Invalid key [REDACTED]");
      expect(error.message).not.toContain(key);
      expect(String((error.cause as Error).message)).not.toContain(key);
    }
  });
});
