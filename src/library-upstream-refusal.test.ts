/**
 * A library router whose upstream refuses its credentials says what to change in the caller's own code: there is
 * no gateway in the library, so "a gateway configuration problem, not the caller's" sent a library user looking
 * for one (journey 4: createRouter without `{ apiKey }`).
 */
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

async function refusal(deps: { apiKey?: string; upstream?: UpstreamClient }, stream = false): Promise<GatewayError> {
  const router = createRouter({ upstream: { base_url: simulator.url } }, deps);
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
