/**
 * A refusal made before a door reads its body (a key refused or over its limit on the token counters, a body too
 * large, compressed or not JSON) and the token counters' own answers carry the door's request id as the doors'
 * answers do (round 28; round 27 left them without): Anthropic's `request-id` (and `request_id` in its error body) on
 * `/v1/messages*`, OpenAI's `x-request-id` on `/v1/chat/completions` and `/v1/responses*`. The SDKs read it as
 * `requestID` on every error they throw.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const user = [{ role: "user" as const, content: "Say hello." }];
let gateway: Gateway;
let secret: string;
let limited: string;
beforeAll(async () => {
  const keys = createMemoryKeyStore();
  secret = (await issueVirtualKey(keys, { name: "team-a" }, { now: Date.now() })).secret;
  limited = (await issueVirtualKey(keys, { name: "team-b", rpm: 1 }, { now: Date.now() })).secret;
  gateway = await startGateway({ config: { server: { body_limit_bytes: 4_000 } }, app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
});
afterAll(async () => gateway.close());

const anthropic = (apiKey: string): Anthropic => new Anthropic({ baseURL: gateway.url, apiKey, maxRetries: 0 });
const openai = (apiKey: string): OpenAI => new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey, maxRetries: 0 });
const ID = /^dec_/;

async function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

describe("request ids before the body is read, and on the token counters", () => {
  it("Messages: bad JSON, a body too large and a compressed body carry request-id, and the body's request_id", async () => {
    const auth = { "x-api-key": secret };
    for (const [body, headers, status] of [
      ["{not json", {}, 400],
      [JSON.stringify({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: "x".repeat(5_000) }] }), {}, 413],
      [JSON.stringify({ model: "switchyard/auto", max_tokens: 10, messages: user }), { "content-encoding": "gzip" }, 415],
    ] as const) {
      const answer = await post("/v1/messages", body, { ...auth, ...headers });
      expect(answer.status).toBe(status);
      expect(answer.headers.get("request-id")).toMatch(ID);
      expect(answer.json.request_id).toBe(answer.headers.get("request-id"));
    }
  });

  it("Chat and Responses: bad JSON and a body too large carry x-request-id", async () => {
    const auth = { authorization: `Bearer ${secret}` };
    for (const path of ["/v1/chat/completions", "/v1/responses", "/v1/responses/input_tokens"]) {
      expect((await post(path, "{not json", auth)).headers.get("x-request-id")).toMatch(ID);
      expect((await post(path, JSON.stringify({ input: "x".repeat(5_000) }), auth)).headers.get("x-request-id")).toMatch(ID);
    }
  });

  it("count_tokens: an answer, a refused key and a rate-limited key, as the Anthropic SDK reads them", async () => {
    const counted = await anthropic(secret).messages.countTokens({ model: "switchyard/auto", messages: user }).withResponse();
    expect(counted.request_id).toMatch(ID);
    const refused = await anthropic("sk-sy-not-a-real-key-000000000000").messages.countTokens({ model: "switchyard/auto", messages: user }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((refused as { requestID?: string }).requestID).toMatch(ID);
    expect((refused as { error: { request_id?: string } }).error.request_id).toBe((refused as { requestID?: string }).requestID);
    await anthropic(limited).messages.countTokens({ model: "switchyard/auto", messages: user });
    const limitedOut = await anthropic(limited).messages.countTokens({ model: "switchyard/auto", messages: user }).catch((error: unknown) => error);
    expect(limitedOut).toBeInstanceOf(Anthropic.RateLimitError);
    expect((limitedOut as { requestID?: string }).requestID).toMatch(ID);
  });

  it("input_tokens: an answer and a refused key, as the openai SDK reads them", async () => {
    const counted = await openai(secret).responses.inputTokens.count({ model: "switchyard/auto", input: "Say hello." }).withResponse();
    expect(counted.request_id).toMatch(ID);
    const refused = await openai("sk-sy-not-a-real-key-000000000000").responses.inputTokens.count({ model: "switchyard/auto", input: "Say hello." }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((refused as { requestID?: string }).requestID).toMatch(ID);
  });

  it("a door's answer keeps one id: the early header is the decision's", async () => {
    const answer = await openai(secret).chat.completions.create({ model: "switchyard/tier/e2e", messages: user }).withResponse();
    expect(answer.request_id).toBe(answer.response.headers.get("x-switchyard-decision-id"));
    expect(gateway.records.some((record) => record.id === answer.request_id)).toBe(true);
  });
});
