/**
 * `switchyard route --jsonl`: one output line per input line, in order, so a caller can pair its requests with the
 * decisions by position. A line that cannot be routed (a blank one included) prints an OpenAI-style error in its place.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const request = (content: string): string => JSON.stringify({ request: { messages: [{ role: "user", content }] } });

type OutputLine = { task?: string; line?: number; error?: Record<string, unknown> };

function outputLines(stdout: string): OutputLine[] {
  return stdout.split("\n").filter((text) => text !== "").map((text) => JSON.parse(text) as OutputLine);
}

describe("route --jsonl pairs every input line with one output line", () => {
  it("answers a blank line between requests in its place, so later decisions keep their positions", async () => {
    const input = [request("Translate 'good morning' into French"), "", "  \r", request("Write a Python function that merges two sorted lists"), ""].join("\n");
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: `${input}\n` });
    const out = outputLines(run.stdout);
    // Four lines before the trailing blank ones: the blank lines 2 and 3 hold their places; the trailing blanks
    // (an editor's final empty lines) precede no request and print nothing.
    expect(out.map((line) => line.task ?? line.line)).toEqual(["translation", 2, 3, "code_generation"]);
    expect(out[1]?.error?.message).toMatch(/line 2 is blank/);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2 of 4 lines could not be routed \(lines 2, 3\)/);
  });

  it("refuses a line that is not UTF-8 in its place, naming the byte, as the gateway refuses such a body; the rest are routed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "switchyard-jsonl-utf8-"));
    const latin1 = Buffer.from('{"prompt":"Translate caf\xe9 au lait into German"}', "latin1");
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x80]);
    const lines = [Buffer.from(request("Translate 'good morning' into French")), latin1, binary, Buffer.from(request("hello there"))];
    await writeFile(path.join(dir, "batch.jsonl"), Buffer.concat(lines.flatMap((line) => [line, Buffer.from("\n")])));
    const run = await runCliCaptured(["route", "--jsonl", "batch.jsonl"], { cwd: dir });
    const out = outputLines(run.stdout);
    expect(out.map((line) => line.task ?? line.line)).toEqual(["translation", 2, 3, "chat"]);
    expect(out[1]?.error).toMatchObject({ type: "invalid_request_error", code: "invalid_json", message: expect.stringMatching(/not UTF-8 \(byte 24 /) });
    expect(out[2]?.error?.message).toMatch(/not UTF-8 \(byte 1 /);
    expect(run.stderr).toMatch(/2 of 4 lines could not be routed \(lines 2, 3\)/);
  });

  it("route --request refuses a file that is not UTF-8, naming the byte, as the gateway refuses such a body", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "switchyard-request-utf8-"));
    const latin1 = Buffer.from('{"messages":[{"role":"user","content":"Translate caf\xe9 au lait"}]}', "latin1");
    await writeFile(path.join(dir, "request.json"), latin1);
    const run = await runCliCaptured(["route", "--request", "request.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`request.json: The request body is not valid JSON: it is not UTF-8 (byte ${latin1.indexOf(0xe9)} `);
    expect(run.stdout).toBe("");
  });

  it("decides CRLF lines and ignores blank lines that only end the input", async () => {
    const input = `${request("Translate 'good morning' into French")}\r\n${request("hello there")}\r\n\r\n\r\n`;
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: input });
    expect(outputLines(run.stdout).map((line) => line.task)).toEqual(["translation", "chat"]);
    expect(run.code).toBe(0);
  });

  it("gives every failed line the gateway's error envelope: message, type, code and param", async () => {
    const lines = ["{oops", "[1, 2]", "{}", JSON.stringify({ request: { messages: [{ role: "user", content: "hi" }], switchyard: { tier: "gold" } } })];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const out = outputLines(run.stdout);
    expect(out.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    for (const line of out) expect(Object.keys(line.error ?? {}).sort()).toEqual(["code", "message", "param", "type"]);
    expect(out[3]?.error).toMatchObject({ type: "invalid_request_error", param: "switchyard.tier" });
    expect(out[3]?.error?.message).toMatch(/Valid tiers: free, budget, mid, standard, premium/);
  });

  it("reads Responses-style and Anthropic content parts in a chat request: their text sets the task, their images need vision", async () => {
    const lines = [
      { request: { messages: [{ role: "system", content: "You are helpful." }, { role: "user", content: [{ type: "input_text", text: "Translate to German: good night" }] }] } },
      { request: { messages: [{ role: "system", content: "You are helpful." }, { role: "user", content: [{ type: "text", text: "What is in this picture?" }, { type: "image", source: { type: "base64", media_type: "image/png", data: "AAAA" } }] }] } },
    ].map((line) => JSON.stringify(line));
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const out = outputLines(run.stdout) as { task?: string; reasons?: string[] }[];
    expect(out[0]?.task).toBe("translation");
    expect(out[1]?.reasons?.join(" ")).toMatch(/1 image\(s\), so the model must accept image input/);
    expect(run.code).toBe(0);
  });

  it("tells a line holding a bare request, an OpenAI Batch body or a non-object request how to fix it", async () => {
    const lines = [
      { messages: [{ role: "user", content: "hi" }] },
      { custom_id: "r1", method: "POST", url: "/v1/chat/completions", body: { messages: [{ role: "user", content: "hi" }] } },
      { request: "hi" },
    ].map((line) => JSON.stringify(line));
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    const messages = outputLines(run.stdout).map((line) => line.error?.message);
    expect(messages[0]).toMatch(/a bare request; wrap it as \{"request": \{\.\.\.\}\}/);
    expect(messages[1]).toMatch(/OpenAI Batch line, put its "body" in "request"/);
    expect(messages[2]).toMatch(/its "request" is a string/);
  });
});

describe("route --jsonl with no request to route", () => {
  // An empty batch printed nothing and exited 0: a script whose stdin was never connected (cron, a pipe whose
  // writer failed) or a wrong file looked like a batch routed. `eval` refuses an empty dataset the same way.
  it("says standard input held no request and fails, empty or only blank lines", async () => {
    for (const stdin of ["", "\n\n  \r\n"]) {
      const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(stdin === "" ? /standard input holds no request \(it is empty\)/ : /standard input holds no request \(only blank lines\)/);
    }
  });

  it("names an empty file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "switchyard-jsonl-empty-"));
    await writeFile(path.join(dir, "batch.jsonl"), "");
    const run = await runCliCaptured(["route", "--jsonl", "batch.jsonl"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, "batch.jsonl")} holds no request (it is empty)`);
  });
});

describe("route --jsonl with a --tier or --task no config has (round 29)", () => {
  it("fails once, before any line, naming the flag and the valid names: every line carried the same error", async () => {
    const input = `${JSON.stringify({ prompt: "hi" })}\n${JSON.stringify({ prompt: "hello" })}\n`;
    const tier = await runCliCaptured(["route", "--jsonl", "-", "--tier", "premum"], { stdin: input });
    expect(tier.code).toBe(1);
    expect(tier.stdout).toBe("");
    expect(tier.stderr).toBe('error: Unknown tier "premum" in --tier. Valid tiers: free, budget, mid, standard, premium. Did you mean "premium"?\n');
    const task = await runCliCaptured(["route", "--jsonl", "-", "--task", "poetry"], { stdin: input });
    expect(task.code).toBe(1);
    expect(task.stdout).toBe("");
    expect(task.stderr).toMatch(/^error: Unknown task "poetry" in --task\. Valid tasks: [a-z_, ]+\.\n$/);
  });
});
