/**
 * `switchyard route --jsonl`: a line is `{"prompt": "..."}` or `{"request": {...}, "door"?: ...}` and nothing else.
 * A routing setting written beside the request (`task`, `tier`, `quality`, `switchyard`) used to be dropped without a
 * word, so the line was decided as if it had not been set; such a line is now answered with an error naming the key
 * and where the setting goes (the request's own `switchyard` field, which is read).
 */
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
});
