import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { ChatMessage } from "../../../core/types.js";
import { readOfflineRequest } from "../read-offline-request.js";
import { assertCallOutputsAnswerCalls } from "./assert-call-outputs.js";
import { responsesRequestSchema } from "./responses-request.js";

const ask = { role: "user", content: "The tests fail after the last change. Fix it." };

function read(input: unknown[]): ChatMessage[] {
  return readOfflineRequest({ input }).messages;
}

function toolNames(messages: readonly ChatMessage[]): string[] {
  return messages.flatMap((message) => (message.tool_calls ?? []).map((call) => (call as { function: { name: string } }).function.name));
}

describe("Responses tool-history items (a conversation begun on OpenAI's API, sent back)", () => {
  it("reads Codex's local shell, custom (apply_patch) and shell calls as tool calls answered by tool messages", () => {
    const messages = read([
      ask,
      { type: "local_shell_call", id: "lsh_1", call_id: "call_1", status: "completed", action: { type: "exec", command: ["npm", "test"], env: {} } },
      { type: "function_call_output", call_id: "call_1", output: "FAIL src/cart.test.ts\n  total() off by one" },
      { type: "custom_tool_call", id: "ctc_1", call_id: "call_2", name: "apply_patch", input: "*** Begin Patch\n*** Update File: src/cart.ts\n*** End Patch" },
      { type: "custom_tool_call_output", call_id: "call_2", output: "Done!" },
      { type: "shell_call", call_id: "call_3", action: { commands: ["npm test"] }, status: "completed" },
      { type: "shell_call_output", call_id: "call_3", output: [{ stdout: "all 12 tests pass", stderr: "", outcome: { type: "exit", exit_code: 0 } }] },
      { type: "local_shell_call", id: "lsh_2", call_id: "call_4", status: "completed", action: { type: "exec", command: ["git", "diff"], env: {} } },
      { type: "local_shell_call_output", id: "lsh_2", output: "diff --git a/src/cart.ts" },
      { role: "user", content: "Now commit it" },
    ]);
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "tool", "assistant", "tool", "assistant", "tool", "assistant", "tool", "user"]);
    expect(toolNames(messages)).toEqual(["local_shell", "apply_patch", "shell", "local_shell"]);
    expect(messages[3]?.tool_calls?.[0]).toMatchObject({ id: "call_2", function: { arguments: JSON.stringify({ input: "*** Begin Patch\n*** Update File: src/cart.ts\n*** End Patch" }) } });
    expect(messages.filter((message) => message.role === "tool").map((message) => [message.tool_call_id, message.content])).toEqual([
      ["call_1", "FAIL src/cart.test.ts\n  total() off by one"],
      ["call_2", "Done!"],
      ["call_3", "all 12 tests pass"],
      // OpenAI's schema names the call by its item id: the tool message answers the call's call_id.
      ["call_4", "diff --git a/src/cart.ts"],
    ]);
  });

  it("reads hosted calls with their results inside as a call and its answer; MCP bookkeeping adds nothing", () => {
    const messages = read([
      ask,
      { type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "vitest off by one", sources: [{ type: "url", url: "https://vitest.dev/" }] } },
      { type: "file_search_call", id: "fs_1", status: "completed", queries: ["refund policy"], results: [{ filename: "policy.md", text: "Refunds within 30 days." }] },
      { type: "code_interpreter_call", id: "ci_1", status: "completed", container_id: "c", code: "print(6*7)", outputs: [{ type: "logs", logs: "42" }, { type: "image", url: "https://example.com/plot.png" }] },
      { type: "mcp_list_tools", id: "ml_1", server_label: "db", tools: [] },
      { type: "mcp_approval_request", id: "mar_1", server_label: "db", name: "query", arguments: "{}" },
      { type: "mcp_approval_response", approval_request_id: "mar_1", approve: true },
      { type: "mcp_call", id: "mc_1", server_label: "db", name: "query", arguments: '{"sql":"select 1"}', output: "1 row" },
      { type: "computer_call", id: "cu_1", call_id: "call_9", action: { type: "screenshot" }, pending_safety_checks: [], status: "completed" },
      { type: "computer_call_output", call_id: "call_9", output: { type: "computer_screenshot", image_url: "data:image/png;base64,aGVsbG8=" } },
      { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGVsbG8=" },
      { role: "user", content: "Summarise what you found" },
    ]);
    expect(toolNames(messages)).toEqual(["web_search", "file_search", "code_interpreter", "query", "computer", "image_generation"]);
    const tools = messages.filter((message) => message.role === "tool");
    expect(tools.map((message) => message.content)).toEqual(["https://vitest.dev/", "policy.md\nRefunds within 30 days.", "42", "1 row", "computer_screenshot", "completed"]);
    // The plot, the screenshot and the generated image follow their tool messages in user messages, never dropped.
    const images = messages.filter((message) => message.role === "user" && Array.isArray(message.content)).flatMap((message) => message.content as { type: string }[]);
    expect(images.map((part) => part.type)).toEqual(["image_url", "image_url", "image_url"]);
    expect(messages.at(-1)?.content).toBe("Summarise what you found");
  });

  it("gives the reasoning before a call the assistant message that holds the call, hosted or client-run", () => {
    const messages = read([
      ask,
      { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "gAAAAB-first" },
      { type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "cart bug" } },
      { type: "reasoning", id: "rs_2", summary: [], encrypted_content: "gAAAAB-second" },
      { type: "local_shell_call", id: "lsh_1", call_id: "call_1", status: "completed", action: { type: "exec", command: ["npm", "test"], env: {} } },
      { type: "local_shell_call_output", call_id: "call_1", output: "ok" },
      { role: "user", content: "Thanks" },
    ]);
    const assistants = messages.filter((message) => message.role === "assistant");
    expect(assistants.map((message) => (message.reasoning_details as { data: string }[] | undefined)?.map((detail) => detail.data))).toEqual([["gAAAAB-first"], ["gAAAAB-second"]]);
  });

  it("refuses an item_reference or a compaction item naming it, and an output that answers no call", () => {
    for (const item of [{ type: "item_reference", id: "msg_1" }, { id: "msg_1" }, { type: "compaction", encrypted_content: "gAAAA" }]) {
      expect(() => read([item, ask])).toThrow(InvalidRequestError);
      expect(() => read([item, ask])).toThrow(/^input\[0\] is an? (item_reference|compaction item)/);
    }
    const request = responsesRequestSchema.parse({ model: "m", input: [ask, { type: "custom_tool_call_output", call_id: "call_7", output: "done" }] });
    expect(() => assertCallOutputsAnswerCalls(request.input, [])).toThrow(/No tool call found for custom tool call output with call_id "call_7"/);
    const answered = responsesRequestSchema.parse({ model: "m", input: [ask, { type: "local_shell_call", id: "lsh_1", call_id: "call_1", action: {}, status: "completed" }, { type: "function_call_output", call_id: "call_1", output: "ok" }] });
    expect(() => assertCallOutputsAnswerCalls(answered.input, [])).not.toThrow();
  });
});
