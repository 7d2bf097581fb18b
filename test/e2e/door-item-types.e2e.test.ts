/**
 * The content and item types real clients send, through the gateway to the simulator upstream: a Responses request
 * carrying Codex's and the hosted tools' items, and a Messages request carrying search results and server tool blocks,
 * are answered (no 400), and the upstream gets them translated (docs/decisions/0039-responses-tool-history-items.md).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";

interface SentMessage {
  role: string;
  content?: unknown;
  tool_call_id?: string;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
}

describe("content and item types through the doors", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
  });

  async function post(path: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  const sent = (): SentMessage[] => (gateway.simulator.calls.at(-1)?.body as { messages: SentMessage[] }).messages;

  it("Responses: Codex's shell and apply_patch items and hosted calls reach the model as tool calls and tool messages", async () => {
    const { status, json } = await post(
      "/v1/responses",
      {
        model: MODEL,
        store: false,
        input: [
          { role: "user", content: "The cart total is off by one." },
          { type: "local_shell_call", id: "lsh_1", call_id: "call_1", status: "completed", action: { type: "exec", command: ["npm", "test"], env: {} } },
          { type: "function_call_output", call_id: "call_1", output: "FAIL src/cart.test.ts" },
          { type: "custom_tool_call", call_id: "call_2", name: "apply_patch", input: "*** Begin Patch\n*** End Patch" },
          { type: "custom_tool_call_output", call_id: "call_2", output: [{ type: "input_text", text: "Done" }, { type: "input_image", image_url: "data:image/png;base64,aGVsbG8=" }] },
          { type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "vitest", sources: [{ type: "url", url: "https://vitest.dev/" }] } },
          { type: "mcp_list_tools", id: "ml_1", server_label: "db", tools: [] },
          { role: "user", content: [{ type: "input_text", text: "Add a test for it" }, { type: "input_audio", input_audio: { data: "aGVsbG8=", format: "wav" } }] },
        ],
      },
      { authorization: "Bearer sk-sy-anything" },
    );
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.status).toBe("completed");
    const messages = sent();
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "tool", "assistant", "tool", "user", "assistant", "tool", "user"]);
    expect(messages.flatMap((message) => message.tool_calls ?? []).map((call) => [call.id, call.function.name])).toEqual([["call_1", "local_shell"], ["call_2", "apply_patch"], ["ws_1", "web_search"]]);
    expect(messages.filter((message) => message.role === "tool").map((message) => [message.tool_call_id, message.content])).toEqual([["call_1", "FAIL src/cart.test.ts"], ["call_2", "Done"], ["ws_1", "https://vitest.dev/"]]);
    // The image the apply_patch output returned follows its tool message; the audio stays in the user's turn.
    expect(messages[5]?.content).toEqual([{ type: "image_url", image_url: { url: "data:image/png;base64,aGVsbG8=" } }]);
    expect(messages[8]?.content).toEqual([{ type: "text", text: "Add a test for it" }, { type: "input_audio", input_audio: { data: "aGVsbG8=", format: "wav" } }]);
  });

  it("Responses: an item_reference and an output answering no call are 400s naming the item, and nothing is sent", async () => {
    const reference = await post("/v1/responses", { model: MODEL, input: [{ type: "item_reference", id: "msg_1" }, { role: "user", content: "hi" }] }, { authorization: "Bearer sk-sy-anything" });
    expect(reference.status).toBe(400);
    expect(reference.json.error).toMatchObject({ param: "input[0]", message: expect.stringMatching(/^input\[0\] is an item_reference/) as unknown });
    const orphan = await post("/v1/responses", { model: MODEL, input: [{ role: "user", content: "hi" }, { type: "shell_call_output", call_id: "call_9", output: [] }] }, { authorization: "Bearer sk-sy-anything" });
    expect(orphan.status).toBe(400);
    expect(orphan.json.error).toMatchObject({ param: "input[1].call_id", message: expect.stringContaining("No tool call found for shell call output") as unknown });
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("Messages: search results reach the model as text, and an assistant turn's server tool blocks are left out", async () => {
    const { status, json } = await post(
      "/v1/messages",
      {
        model: MODEL,
        max_tokens: 200,
        tools: [{ name: "search_docs", input_schema: { type: "object" } }],
        messages: [
          { role: "user", content: "What is new in Node 24?" },
          {
            role: "assistant",
            content: [
              { type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "Node 24" } },
              { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ type: "web_search_result", url: "https://nodejs.org", title: "Node 24", encrypted_content: "Eq", page_age: null }] },
              { type: "text", text: "Node 24 ships npm 11." },
              { type: "tool_use", id: "tu_1", name: "search_docs", input: { q: "npm 11" } },
            ],
          },
          {
            role: "user",
            content: [
              { type: "tool_result", tool_use_id: "tu_1", content: [{ type: "search_result", source: "https://docs.npmjs.com", title: "npm 11", content: [{ type: "text", text: "npm 11 needs Node 20." }] }] },
              { type: "search_result", source: "https://nodejs.org/blog", title: "Release", content: [{ type: "text", text: "Node 24 is current." }], citations: { enabled: true } },
              { type: "text", text: "Summarise both" },
            ],
          },
        ],
      },
      { "x-api-key": "sk-sy-anything", "anthropic-version": "2023-06-01" },
    );
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.type).toBe("message");
    const messages = sent();
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "tool", "user"]);
    expect(messages[1]).toMatchObject({ content: "Node 24 ships npm 11.", tool_calls: [{ id: "tu_1" }] });
    expect(messages[2]).toMatchObject({ tool_call_id: "tu_1", content: "npm 11\nhttps://docs.npmjs.com\nnpm 11 needs Node 20." });
    expect(messages[3]?.content).toEqual([{ type: "text", text: "Release\nhttps://nodejs.org/blog\nNode 24 is current." }, { type: "text", text: "Summarise both" }]);
  });
});
