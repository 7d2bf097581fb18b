import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-doors-"));
const source = "def total(items):\n    s = 0\n    for i in range(len(items) + 1):\n        s += items[i].price\n    return s\n";
const system = "You are a coding agent working in the user's repository. Use the tools to read and edit files.";

/** One coding-agent conversation in each door's own shape: the decision must not depend on the wire format. */
const AGENT = {
  chat: {
    messages: [
      { role: "system", content: system },
      { role: "user", content: "total() crashes on the last item. Can you look?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: '{"path":"cart.py"}' } }] },
      { role: "tool", tool_call_id: "c1", content: source },
      { role: "assistant", content: "The loop runs one past the end. I can change range(len(items) + 1) to range(len(items))." },
      { role: "user", content: "Go ahead and make the change" },
    ],
  },
  messages: {
    system,
    messages: [
      { role: "user", content: "total() crashes on the last item. Can you look?" },
      { role: "assistant", content: [{ type: "tool_use", id: "c1", name: "read_file", input: { path: "cart.py" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "c1", content: source }] },
      { role: "assistant", content: "The loop runs one past the end. I can change range(len(items) + 1) to range(len(items))." },
      { role: "user", content: "Go ahead and make the change" },
    ],
  },
  responses: {
    instructions: system,
    input: [
      { role: "user", content: "total() crashes on the last item. Can you look?" },
      { type: "function_call", call_id: "c1", name: "read_file", arguments: '{"path":"cart.py"}' },
      { type: "function_call_output", call_id: "c1", output: source },
      { role: "assistant", content: "The loop runs one past the end. I can change range(len(items) + 1) to range(len(items))." },
      { role: "user", content: "Go ahead and make the change" },
    ],
  },
};

function batchFile(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("switchyard route reads every door's request shape", () => {
  it("decides a Messages or Responses body as the gateway would, detected or named with \"door\"", async () => {
    const lines = [
      JSON.stringify({ request: AGENT.chat }),
      JSON.stringify({ request: AGENT.messages }),
      JSON.stringify({ request: AGENT.responses }),
      JSON.stringify({ request: { ...AGENT.messages, model: "switchyard/auto", max_tokens: 512 }, door: "messages" }),
      // Chat roles with Anthropic tool blocks inside (what some SDK adapters send to a chat endpoint): the chat
      // door reads both, so it is a chat body, not a Messages body with a forbidden "system" role.
      JSON.stringify({ request: { messages: [{ role: "system", content: system }, ...AGENT.messages.messages] } }),
    ];
    const run = await runCliCaptured(["route", "--jsonl", batchFile("doors.jsonl", lines)]);
    expect(run.code, run.stderr).toBe(0);
    const decisions = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task: string; tier: string; max_tokens: number; reasons: string[] });
    expect(decisions.map((d) => d.task)).toEqual(["code_generation", "code_generation", "code_generation", "code_generation", "code_generation"]);
    expect(new Set(decisions.slice(0, 3).map((d) => d.tier)).size).toBe(1);
    expect(decisions[3]?.max_tokens).toBe(512);
    for (const d of decisions) expect(d.reasons.join(" ")).toMatch(/coding-agent context/);
  });

  it("prints {line, error} in place of each bad line, routes the rest, and fails naming them", async () => {
    const good = JSON.stringify({ request: { messages: [{ role: "user", content: "Traduce al inglés: mañana cerramos a las cinco." }] } });
    const lines = [
      good,
      "{oops",
      JSON.stringify([1]),
      JSON.stringify({ request: { messages: [1, null] } }),
      JSON.stringify({ request: { messages: [{ role: "user", content: { nested: true } }] } }),
      JSON.stringify({ request: { input: "hi", previous_response_id: "resp_1" } }),
      JSON.stringify({ request: { messages: [{ role: "user", content: "hi" }] }, door: "grpc" }),
      JSON.stringify({ request: { model: "switchyard/tier/platinum", messages: [{ role: "user", content: "hi" }] } }),
      JSON.stringify({ prompt: "Summarize: the meeting moved the launch to Monday; Ana owns QA." }),
    ];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/7 of 9 lines could not be routed \(lines 2, 3, 4, 5, 6, 7, 8\)/);
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task?: string; line?: number; error?: { message: string; param?: string } });
    expect(out).toHaveLength(lines.length);
    expect(out[0]?.task).toBe("translation");
    expect(out[8]?.task).toBe("summarization");
    expect(out.slice(1, 8).map((o) => o.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(out[3]?.error?.param).toBe("messages[0]");
    expect(out[4]?.error?.param).toBe("messages[0].content");
    expect(out[5]?.error?.message).toMatch(/previous_response_id/);
    expect(out[6]?.error?.message).toMatch(/"door" must be one of chat, messages, responses/);
    expect(out[7]?.error?.message).toMatch(/platinum/);
    for (const o of out.slice(1, 8)) expect(o.error?.message).not.toMatch(/Cannot (read|destructure)|undefined/);
  });

  it("refuses --jsonl given with a prompt, and names a file it cannot read", async () => {
    const both = await runCliCaptured(["route", "--jsonl", "-", "also a prompt"], { stdin: "" });
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/--jsonl routes the lines of its file: give it alone/);
    const folder = await runCliCaptured(["route", "--jsonl", dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(new RegExp(`cannot read ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(it is a folder\\)`));
  });

  it("refuses a door body with nothing to send in the door's own terms, as the gateway does", async () => {
    const lines = [
      JSON.stringify({ door: "messages", request: { system: "Be brief.", messages: [{ role: "user", content: [] }] } }),
      JSON.stringify({ request: { instructions: "Be brief.", input: [{ type: "reasoning", summary: [] }] } }),
    ];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    expect(run.code).toBe(1);
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { error?: { message: string; param?: string } });
    expect(out[0]?.error).toMatchObject({ param: "messages", message: expect.stringMatching(/^messages holds nothing to send/) as unknown });
    expect(out[1]?.error).toMatchObject({ param: "input", message: expect.stringMatching(/^input holds nothing to send/) as unknown });
  });

  it("refuses a Messages body's field or message key Anthropic's API lacks, as the gateway's door does (it was decided)", async () => {
    const lines = [
      JSON.stringify({ request: { system: "Be brief.", n: 2, messages: [{ role: "user", content: "hi" }] } }),
      JSON.stringify({ request: { system: "Be brief.", messages: [{ role: "user", content: "hi", name: "bob" }] } }),
    ];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { error?: { message: string; param?: string } });
    expect(out[0]?.error).toMatchObject({ param: "n", message: expect.stringMatching(/one request per answer/) as unknown });
    expect(out[1]?.error).toMatchObject({ param: "messages[0].name" });
  });

  it("refuses a Responses body's unknown field, item key or unanswerable output, as the gateway's door does (it was decided)", async () => {
    const call = { type: "function_call", call_id: "call_1", name: "read", arguments: "{}" };
    const lines = [
      JSON.stringify({ request: { temprature: 1, input: "hi" } }),
      JSON.stringify({ request: { input: [{ role: "user", content: "hi", name: "bob" }] } }),
      JSON.stringify({ request: { input: [{ role: "user", content: "hi" }, { type: "function_call_output", call_id: "call_9", output: "x" }] } }),
      JSON.stringify({ request: { input: [{ role: "user", content: "hi" }, call, call] } }),
    ];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { error?: { message: string; param?: string } });
    expect(out[0]?.error).toMatchObject({ param: "temprature", message: expect.stringMatching(/Did you mean 'temperature'/) as unknown });
    expect(out[1]?.error).toMatchObject({ param: "input[0].name" });
    expect(out[2]?.error).toMatchObject({ param: "input[1].call_id", message: expect.stringMatching(/^No tool call found/) as unknown });
    expect(out[3]?.error).toMatchObject({ param: "input[2].call_id", message: expect.stringMatching(/^Duplicate call_id/) as unknown });
  });

  it("reads a --request file of any door and names the bad field of one the gateway would refuse", async () => {
    const messagesFile = path.join(dir, "messages.json");
    writeFileSync(messagesFile, JSON.stringify(AGENT.messages));
    const ok = await runCliCaptured(["route", "--request", messagesFile, "--json"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { task: string }).task).toBe("code_generation");
    const badFile = path.join(dir, "bad.json");
    writeFileSync(badFile, JSON.stringify({ messages: [{ role: "wizard", content: "hi" }] }));
    const bad = await runCliCaptured(["route", "--request", badFile]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json is not a request the gateway would accept: .*messages\[0\]/);
  });
});
