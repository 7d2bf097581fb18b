/**
 * A conversation continued by `previous_response_id` grows by one request's input and one answer each turn. The
 * gateway kept every turn whole in its conversation store, so a chain of requests, each within
 * `server.body_limit_bytes`, built a stored conversation (and an upstream request) of any size: on Redis up to V8's
 * longest string, read and parsed whole by every later turn. The stored conversation is now held to the body limit,
 * the most a client could send as `input` itself: past it the answer says `store: false`, and a later
 * `previous_response_id` naming it is told why (docs/decisions/0028-responses-stored-size.md).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const LIMIT = 100_000;
const stored = (response: OpenAI.Responses.Response): unknown => (response as { store?: unknown }).store;
/** About 60 KB of words: within the body limit alone, over it with the turn before. */
const bigInput = (turn: number): string => `Turn ${turn}. ${"a plain sentence about the weather. ".repeat(1_700)}`;

describe("/v1/responses: the stored conversation is held to the body limit", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ config: { server: { body_limit_bytes: LIMIT } } });
  });
  afterAll(() => gateway.close());

  it("stores a turn within the limit, answers store: false past it, and says why when that turn is continued", async () => {
    const first = await gateway.client.responses.create({ model: MODEL, input: bigInput(1) });
    expect(stored(first)).toBe(true);
    const second = await gateway.client.responses.create({ model: MODEL, input: bigInput(2), previous_response_id: first.id });
    expect(second.status).toBe("completed");
    expect(stored(second)).toBe(false);
    expect(gateway.simulator.calls.every((call) => JSON.stringify(call.body).length < 2 * LIMIT)).toBe(true);

    const calls = gateway.simulator.calls.length;
    const error = (await gateway.client.responses.create({ model: MODEL, input: "And then?", previous_response_id: second.id }).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(error.status).toBe(400);
    expect(error.code).toBe("previous_response_not_found");
    expect(error.message).toContain("server.body_limit_bytes");
    expect(gateway.simulator.calls.length).toBe(calls);
    // Read back, it says the same: answered, not stored, and why.
    const readBack = (await gateway.client.responses.retrieve(second.id).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(readBack.status).toBe(404);
    expect(readBack.message).toContain(`Response with id '${second.id}' was answered but not stored`);
    expect((await gateway.client.responses.retrieve(first.id)).id).toBe(first.id);
  });

  it("a stream's final response says store: false past the limit", async () => {
    const first = await gateway.client.responses.create({ model: MODEL, input: bigInput(1) });
    const stream = await gateway.client.responses.create({ model: MODEL, input: bigInput(2), previous_response_id: first.id, stream: true });
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === "response.completed") completed = event.response;
    expect(completed && stored(completed)).toBe(false);
  });

  it("a response it could not read back says store: false, never store: true and then 'not stored' (ADR 0065)", async () => {
    // Within the body limit as sent, and its conversation within the bound, but its input items in OpenAI's form (an
    // id, a type, a status and a content list each) are four times the chat messages: the whole value was written,
    // answered `store: true`, and then refused whole when read, so GET and previous_response_id said "not stored".
    const input = [...Array.from({ length: 2_800 }, (_, index) => ({ role: index % 2 ? "assistant" : "user", content: "a" })), { role: "user", content: "ok" }] as OpenAI.Responses.ResponseInputItem[];
    const created = await gateway.client.responses.create({ model: MODEL, input });
    expect(created.status).toBe("completed");
    expect(stored(created)).toBe(false);
    const readBack = (await gateway.client.responses.retrieve(created.id).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(readBack.status).toBe(404);
    expect(readBack.message).toContain("was answered but not stored");
  });
});
