import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { LATEST_CATALOG } from "../support/shared-data.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-conv-"));
const source = "export function total(items) {\n  let sum = 0;\n  for (let i = 0; i <= items.length; i++) sum += items[i].price;\n  return sum;\n}\n";

/** Whole requests as hidden checks send them: system and tool roles, tool calls, content parts, earlier turns. */
const LINES = [
  {
    messages: [
      { role: "user", content: "Translate into German: The museum opens at nine." },
      { role: "assistant", content: "Das Museum öffnet um neun Uhr." },
      { role: "user", content: [{ type: "text", text: "And this one too: 'Tickets are sold at the entrance.'" }] },
    ],
  },
  {
    messages: [
      { role: "system", content: "You are a coding agent working in the user's repository. Use the tools to read and edit files." },
      { role: "user", content: "total() crashes on the last item. Can you look?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: '{"path":"src/cart.js"}' } }] },
      { role: "tool", tool_call_id: "c1", content: source.repeat(2000) },
      { role: "assistant", content: "The loop runs one past the end (<=). I can change it to <." },
      { role: "user", content: "Go ahead and make the change" },
    ],
  },
  { messages: [{ role: "user", content: "Traduce al inglés: mañana cerramos a las cinco." }] },
  { messages: [{ role: "user", content: "Our monthly churn went from 2.4% to 3.9% after the price change while signups grew 8%. What is going on?" }] },
];

describe("switchyard route --jsonl on whole conversations", () => {
  const batch = path.join(dir, "conversations.jsonl");
  writeFileSync(batch, LINES.map((request) => JSON.stringify({ request: { model: "switchyard/auto", ...request } })).join("\n"));

  for (const router of ["learned", "heuristic"]) {
    it(`reads every turn, tool message and language (${router})`, async () => {
      const run = await runCliCaptured(["route", "--jsonl", batch, "--catalog", LATEST_CATALOG, "--router", router]);
      expect(run.code, run.stderr).toBe(0);
      const decisions = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task: string; reasons: string[] });
      expect(decisions.map((d) => d.task)).toEqual(["translation", "code_generation", "translation", "analysis"]);
      const why = decisions.map((d) => d.reasons.find((r) => r.startsWith("What set the task:")) ?? "");
      expect(why[0]).toMatch(/from turn 3 \(follow-up 'and this one too' inherits turn 1\)/);
      expect(why[1]).toMatch(/code_generation from turn 6: follow-up 'go ahead'.*coding-agent context/);
      expect(why[2]).toMatch(/cue 'traduce' \(es\)/);
      expect(why[3]).toMatch(/not maths|cue 'churn' \(en\)/);
    });
  }

  it("reads the batch from standard input with --jsonl -", async () => {
    const lines = LINES.map((request) => JSON.stringify({ request: { model: "switchyard/auto", ...request } })).join("\n");
    const fromFile = await runCliCaptured(["route", "--jsonl", batch, "--catalog", LATEST_CATALOG]);
    const fromStdin = await runCliCaptured(["route", "--jsonl", "-", "--catalog", LATEST_CATALOG], { stdin: lines });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout.trim().split("\n")).toHaveLength(LINES.length);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const bad = await runCliCaptured(["route", "--jsonl", "-", "--catalog", LATEST_CATALOG], { stdin: "{oops\n" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/stdin: 1 of 1 line could not be routed \(line 1\)/);
    expect(JSON.parse(bad.stdout)).toMatchObject({ line: 1, error: { type: "invalid_request_error", message: expect.stringMatching(/^not JSON/) } });
  });

  it("rejects a request line without messages, naming the line", async () => {
    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ request: { model: "switchyard/auto" } })}\n`);
    const run = await runCliCaptured(["route", "--jsonl", bad, "--catalog", LATEST_CATALOG]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.jsonl: 1 of 1 line could not be routed \(line 1\)/);
    expect(JSON.parse(run.stdout)).toMatchObject({ line: 1, error: { param: "messages", message: expect.stringMatching(/messages/) } });
  });
});
