/**
 * `switchyard route --jsonl` on the content and item types real clients send through each door: every one routes (no
 * error line), the task comes from the latest turn whatever surrounds it, and the items of the Responses API's own tools
 * are read as the tool calls they are.
 */
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const ASK = "Translate into French: the train to Lyon leaves at nine tomorrow morning.";
const latest = { role: "user", content: ASK };
const png = "data:image/png;base64,aGVsbG8=";

/** One line per type: the type around (before) a translation ask. */
const SHAPES: Record<string, unknown> = {
  "chat input_audio and file parts": { messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "aGVsbG8=", format: "wav" } }, { type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,aGVsbG8=" } }, { type: "text", text: "Here are my notes." }] }, { role: "assistant", content: "Got them." }, latest] },
  "chat refusal part and legacy function_call": { functions: [{ name: "lookup", parameters: { type: "object" } }], messages: [{ role: "developer", content: "Be brief." }, { role: "user", name: "ana", content: "Look it up" }, { role: "assistant", content: null, function_call: { name: "lookup", arguments: "{}" } }, { role: "function", name: "lookup", content: "nothing" }, { role: "assistant", content: [{ type: "refusal", refusal: "I can't." }] }, latest] },
  "messages search_result": { messages: [{ role: "user", content: [{ type: "search_result", source: "https://example.com/trains", title: "Trains", content: [{ type: "text", text: "The Lyon train leaves at nine." }], citations: { enabled: true } }, { type: "text", text: ASK, cache_control: { type: "ephemeral" } }] }] },
  "messages server tool and mcp blocks": { system: [{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "When does the Lyon train leave?" }, { role: "assistant", content: [{ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "Lyon train" } }, { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ type: "web_search_result", url: "https://example.com", title: "Trains", encrypted_content: "Eq", page_age: null }] }, { type: "mcp_tool_use", id: "mcptoolu_1", name: "timetable", server_name: "rail", input: {} }, { type: "mcp_tool_result", tool_use_id: "mcptoolu_1", content: [{ type: "text", text: "09:00" }] }, { type: "text", text: "At nine." }] }, latest] },
  "messages tool_result with search_result and is_error": { tools: [{ name: "search", input_schema: { type: "object" } }], messages: [{ role: "user", content: "Find the train" }, { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "search", input: {} }, { type: "tool_use", id: "tu_2", name: "search", input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: [{ type: "search_result", source: "s", title: "t", content: [{ type: "text", text: "nine" }] }] }, { type: "tool_result", tool_use_id: "tu_2", is_error: true, content: "timeout" }, { type: "text", text: ASK }] }] },
  "responses input_audio": { input: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "aGVsbG8=", format: "mp3" } }, { type: "input_text", text: ASK }] }] },
  "responses hosted tool items": { input: [{ role: "user", content: "When does the Lyon train leave?" }, { type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "Lyon train" } }, { type: "file_search_call", id: "fs_1", status: "completed", queries: ["lyon"], results: null }, { type: "code_interpreter_call", id: "ci_1", status: "completed", container_id: "c", code: "print(9)", outputs: [{ type: "logs", logs: "9" }] }, { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGVsbG8=" }, { type: "mcp_list_tools", id: "ml_1", server_label: "rail", tools: [] }, { type: "mcp_call", id: "mc_1", server_label: "rail", name: "timetable", arguments: "{}", output: "09:00" }, { type: "message", role: "assistant", content: [{ type: "output_text", text: "At nine.", annotations: [] }] }, latest] },
  "responses computer use": { input: [{ role: "user", content: "Open the timetable" }, { type: "computer_call", id: "cu_1", call_id: "call_1", action: { type: "screenshot" }, pending_safety_checks: [], status: "completed" }, { type: "computer_call_output", call_id: "call_1", output: { type: "computer_screenshot", image_url: png } }, latest] },
};

/** A Codex session: its shell and apply_patch items, then a coding ask. */
const CODEX_ITEMS = [
  { role: "user", content: [{ type: "input_text", text: "The cart total is off by one. Find it." }] },
  { type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: "Run the tests first." }] },
  { type: "local_shell_call", id: "lsh_1", call_id: "call_1", status: "completed", action: { type: "exec", command: ["npm", "test"], env: {} } },
  { type: "function_call_output", call_id: "call_1", output: "FAIL src/cart.test.ts\n  expected 30, got 40\n    at total (src/cart.ts:4:11)" },
  { type: "custom_tool_call", id: "ctc_1", call_id: "call_2", name: "apply_patch", input: "*** Begin Patch\n*** Update File: src/cart.ts\n-  for (let i = 0; i <= items.length; i++)\n+  for (let i = 0; i < items.length; i++)\n*** End Patch" },
  { type: "custom_tool_call_output", call_id: "call_2", output: "Success. Updated the following files:\nM src/cart.ts" },
  { role: "user", content: "Now add a test for an empty cart" },
];

describe("switchyard route reads every content and item type of the three doors", () => {
  it("routes each type as its door accepts it, reading the task from the latest turn", async () => {
    const lines = Object.values(SHAPES).map((request) => JSON.stringify({ request }));
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task?: string; error?: { message: string } });
    const names = Object.keys(SHAPES);
    expect(out.map((decision, index) => [names[index], decision.error?.message ?? decision.task])).toEqual(names.map((name) => [name, "translation"]));
    expect(run.code, run.stderr).toBe(0);
  });

  it("reads Codex's local_shell and apply_patch items as a coding agent's tool calls", async () => {
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: JSON.stringify({ request: { input: CODEX_ITEMS } }) });
    expect(run.code, run.stderr).toBe(0);
    const decision = JSON.parse(run.stdout) as { task: string; reasons: string[] };
    expect(decision.task).toBe("code_generation");
    expect(decision.reasons.join(" ")).toMatch(/coding-agent context/);
  });

  it("refuses an item_reference naming it, and what to send instead", async () => {
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: JSON.stringify({ request: { input: [{ type: "item_reference", id: "msg_1" }, latest] } }) });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { error: { message: string; param: string } }).error).toMatchObject({ param: "input[0]", message: expect.stringMatching(/^input\[0\] is an item_reference: .*store: false/) as unknown });
  });
});
