/**
 * A Messages conversation that ends with an assistant turn (a prefill) whose text ends in whitespace (red-team round
 * 12). Anthropic refuses it ("messages: final assistant content cannot end with trailing whitespace"); the door
 * forwarded it, so it was routed and reserved for, then refused when the route reached a Claude model and answered
 * on any other: whether it was refused hung on the route. Now the door refuses it, in Anthropic's envelope, naming
 * the turn, before routing; a prefill without trailing whitespace, and earlier assistant turns ending in whitespace,
 * still pass. Real HTTP on 127.0.0.1, the simulator upstream, real SQLite.
 */
import { startSqliteGateway, type SqliteGateway } from "../support/sqlite-gateway.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let gateway: SqliteGateway | undefined;
let simulator: SqliteGateway["simulator"];
let server: SqliteGateway["server"];

beforeAll(async () => {
  gateway = await startSqliteGateway("prefill", { tiers: { e2e: { models: ["anthropic/claude-haiku-4.5", "openai/gpt-5-nano"], max_tokens: 100 } } });
  ({ server, simulator } = gateway);
});

afterAll(async () => {
  await gateway?.close();
});

const send = async (messages: unknown[], stream = false): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(`${server.url}/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, stream, messages }),
  });
  const text = await response.text();
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") === true ? JSON.parse(text) : text };
};

const question = { role: "user", content: "Name a colour." };

describe("a Messages prefill ending in whitespace", () => {
  it("is a 400 in Anthropic's envelope naming the turn, before any upstream call", async () => {
    const prefills: [unknown, string][] = [
      ["The colour is ", "messages[1].content"],
      ["The colour is\n", "messages[1].content"],
      ["Sure:\t", "messages[1].content"],
      [[{ type: "text", text: "The colour is " }], "messages[1].content[0].text"],
      [[{ type: "text", text: "First part." }, { type: "text", text: "The colour is \n" }], "messages[1].content[1].text"],
    ];
    for (const [content, param] of prefills) {
      for (const stream of [false, true]) {
        const { status, body } = await send([question, { role: "assistant", content }], stream);
        expect(status, JSON.stringify(content)).toBe(400);
        expect(body).toEqual({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining(param) }, request_id: expect.stringMatching(/^dec_/) });
        expect((body as { error: { message: string } }).error.message).toContain("trailing whitespace");
      }
    }
    expect(simulator.calls).toEqual([]);
  });

  it("passes a prefill without trailing whitespace, and earlier assistant turns that end in whitespace", async () => {
    simulator.reset();
    const conversations: unknown[][] = [
      [question, { role: "assistant", content: "The colour is" }],
      [question, { role: "assistant", content: [{ type: "text", text: "Well, " }, { type: "text", text: "the colour is" }] }],
      [question, { role: "assistant", content: "Blue. \n" }, { role: "user", content: "Another?" }],
    ];
    for (const messages of conversations) expect((await send(messages)).status, JSON.stringify(messages)).toBe(200);
    expect(simulator.calls).toHaveLength(3);
  });
});
