/**
 * `switchyard route --jsonl`: a line is `{"prompt": "..."}` or `{"request": {...}, "door"?: ...}` and nothing else.
 * A routing setting written beside the request (`task`, `tier`, `quality`, `switchyard`) used to be dropped without a
 * word, so the line was decided as if it had not been set; such a line is now answered with an error naming the key
 * and where the setting goes (the request's own `switchyard` field, which is read).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const messages = [{ role: "user", content: "hello there" }];
type OutputLine = { task?: string; tier?: string; line?: number; error?: { message: string; param: string | null } };

async function routeLines(lines: unknown[]): Promise<{ code: number; out: OutputLine[] }> {
  const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.map((line) => JSON.stringify(line)).join("\n") });
  return { code: run.code, out: run.stdout.split("\n").filter((text) => text !== "").map((text) => JSON.parse(text) as OutputLine) };
}

describe("route --jsonl refuses a line key it does not read", () => {
  it("names a routing setting beside the request and says to put it in the request's switchyard field", async () => {
    const { code, out } = await routeLines([
      { request: { messages }, task: "translation" },
      { request: { messages }, switchyard: { tier: "premium" } },
      { request: { messages }, quality: 1 },
      { prompt: "hello there", tier: "premium" },
    ]);
    expect(out.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    expect(out[0]?.error?.message).toMatch(/"task" is not a line key.*"request": \{\.\.\., "switchyard": \{"task": \.\.\.\}\}/);
    expect(out[0]?.error?.param).toBe("task");
    expect(out[1]?.error?.message).toMatch(/"switchyard" is not a line key/);
    expect(out[2]?.error?.message).toMatch(/"quality" is not a line key/);
    // A prompt line has no request to carry the setting: it is told the request form that does.
    expect(out[3]?.error?.message).toMatch(/"tier" is not a line key.*\{"request": \{"messages": \[\{"role": "user", "content": \.\.\.\}\], "switchyard": \{"tier": \.\.\.\}\}\}/);
    expect(code).toBe(1);
  });

  it("names any other unknown key, and a line with both a prompt and a request", async () => {
    const { out } = await routeLines([
      { request: { messages }, custom_id: "r1" },
      { prompt: "hello there", request: { messages } },
      { prompt: "hello there", door: "messages" },
    ]);
    expect(out[0]?.error?.message).toMatch(/"custom_id" is not a line key: a line holds "prompt", or "request" and "door"/);
    expect(out[1]?.error?.message).toMatch(/both "prompt" and "request"/);
    expect(out[2]?.error?.message).toMatch(/"door" names the shape of a "request"/);
  });

  it("still honours the request's own switchyard field, and a line of only known keys", async () => {
    const { code, out } = await routeLines([
      { request: { messages, switchyard: { task: "math", tier: "premium" } }, door: "chat" },
      { prompt: "hello there" },
    ]);
    expect(out.map((line) => [line.task, line.tier])).toEqual([["math", "premium"], ["chat", "budget"]]);
    expect(code).toBe(0);
  });

  it("refuses a request nested deeper than the gateway takes (server.max_json_depth), as the gateway refuses that body", async () => {
    // The request object is level 1, so 63 arrays inside it make 64 levels (the default limit) and 64 make 65.
    const nested = (levels: number): string => `${"[".repeat(levels)}${"]".repeat(levels)}`;
    const line = (levels: number): string => `{"request":{"messages":[{"role":"user","content":"hi"}],"x":${nested(levels)}}}`;
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: [line(63), line(64)].join("\n") });
    const out = run.stdout.split("\n").filter((text) => text !== "").map((text) => JSON.parse(text) as OutputLine & { error?: { code?: string } });
    expect(out[0]?.task).toBe("chat");
    expect(out[1]?.line).toBe(2);
    expect(out[1]?.error).toMatchObject({ code: "json_too_deep", message: expect.stringMatching(/more than 64 levels deep/) });
    const dir = await mkdtemp(path.join(tmpdir(), "switchyard-deep-request-"));
    await writeFile(path.join(dir, "request.json"), `{"messages":[{"role":"user","content":"hi"}],"x":${nested(64)}}`);
    const file = await runCliCaptured(["route", "--request", "request.json"], { cwd: dir });
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/nests objects and arrays more than 64 levels deep/);
  });
});
