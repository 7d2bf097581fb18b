/**
 * `switchyard route --jsonl`: a line is `{"prompt": "..."}` or `{"request": {...}, "door"?: ...}`.
 * A routing setting written beside the request (`task`, `tier`, `quality`, `switchyard`, or a near miss of one) used
 * to be dropped without a word, so the line was decided as if it had not been set; such a line is answered with an
 * error naming the key and where the setting goes (the request's own `switchyard` field, which is read). Any other key
 * (an `id`, an expected label an evaluation harness keeps beside each request) changes no decision: the line is
 * routed and the keys are named once on standard error.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const messages = [{ role: "user", content: "hello there" }];
type OutputLine = { task?: string; tier?: string; line?: number; error?: { message: string; param: string | null } };

async function routeLines(lines: unknown[]): Promise<{ code: number; out: OutputLine[]; stderr: string }> {
  const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.map((line) => JSON.stringify(line)).join("\n") });
  return { code: run.code, out: run.stdout.split("\n").filter((text) => text !== "").map((text) => JSON.parse(text) as OutputLine), stderr: run.stderr };
}

describe("route --jsonl: keys beside the request", () => {
  it("routes a line with a routing setting beside the request as without it, and says once where the setting goes", async () => {
    const { code, out, stderr } = await routeLines([
      { request: { messages }, task: "translation" },
      { request: { messages }, switchyard: { tier: "premium" } },
      { request: { messages }, teir: "premium" },
      { prompt: "hello there", tier: "premium" },
    ]);
    // Decided as the request alone decides: chat at budget, not the translation or premium written beside it.
    expect(out.map((line) => [line.task, line.tier])).toEqual([["chat", "budget"], ["chat", "budget"], ["chat", "budget"], ["chat", "budget"]]);
    expect(stderr.match(/beside the request/g)).toHaveLength(1);
    expect(stderr).toContain('note: "task" (1 line), "switchyard" (1 line), "teir" (1 line), "tier" (1 line) beside the request are not read, so those lines were routed without them');
    expect(stderr).toContain('{"request": {..., "switchyard": {"task": ..., "tier": ...}}}');
    expect(code).toBe(0);
  });

  it("refuses a line with both a prompt and a request, and a door beside a prompt", async () => {
    const { out } = await routeLines([
      { prompt: "hello there", request: { messages } },
      { prompt: "hello there", door: "messages" },
    ]);
    expect(out[0]?.error?.message).toMatch(/both "prompt" and "request"/);
    expect(out[1]?.error?.message).toMatch(/"door" names the shape of a "request"/);
  });

  it("routes a line that carries keys of the caller's own (an id, an expected label) and names them once on stderr", async () => {
    const translate = [{ role: "user", content: "Traduce al inglés: «Mañana llega el pedido»." }];
    const { code, out, stderr } = await routeLines([
      { id: "c-1", request: { messages: translate }, expected: "translation" },
      { request: { messages } },
      { custom_id: "c-3", prompt: "hello there", kind: "language" },
    ]);
    expect(out.map((line) => [line.line, line.task])).toEqual([[undefined, "translation"], [undefined, "chat"], [undefined, "chat"]]);
    expect(stderr.match(/not read/g)).toHaveLength(1);
    expect(stderr).toContain('note: line keys "id" (1 line), "expected" (1 line), "custom_id" (1 line), "kind" (1 line) not read, the first on line 1');
    expect(code).toBe(0);
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
