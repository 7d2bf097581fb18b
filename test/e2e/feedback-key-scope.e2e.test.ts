import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

describe("POST /v1/feedback with virtual keys", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-feedback-scope-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("rates only the caller's own key's decisions: another key's decision is answered as unknown (404)", async () => {
    // Journey 5: teams share one gateway; one team's scores must not move another team's experiments or training.
    const secretOf = async (name: string) => ((JSON.parse((await runCliCaptured(["keys", "create", "--name", name, "--json"], { cwd })).stdout) as { secret: string }).secret);
    const search = await secretOf("team-search");
    const ads = await secretOf("team-ads");
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    try {
      const client = new OpenAI({ baseURL: `${handle.server.url}/v1`, apiKey: search, maxRetries: 0 });
      const { response } = await client.chat.completions.create({ model: "switchyard/auto", messages: [{ role: "user", content: "hello" }] }).withResponse();
      const decisionId = response.headers.get("x-switchyard-decision-id");
      const rate = (key: string) =>
        fetch(`${handle.server.url}/v1/feedback`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ decision_id: decisionId, score: 0 }) });
      const foreign = await rate(ads);
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toMatchObject({ error: { code: "decision_not_found" } });
      const own = await rate(search);
      expect(own.status).toBe(200);
      expect(await own.json()).toMatchObject({ decision_id: decisionId, score: 0 });
    } finally {
      await handle.close();
    }
  });

  it("a flood of fresh forged ids holds at most 16 waits: past them each is answered 404 at once (round 22)", async () => {
    // A fresh id is looked for again on every store (another process on the same SQLite file may still be writing a
    // cut stream's record), but at most 16 lookups wait at once: the rest answer from their one read.
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd: mkdtempSync(path.join(tmpdir(), "switchyard-feedback-local-")) };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    try {
      const forged = Array.from({ length: 40 }, (_, n) => `dec_${Date.now().toString(16).padStart(12, "0")}${n.toString(16).padStart(20, "0")}`);
      const timed = await Promise.all(
        forged.map(async (id) => {
          const started = performance.now();
          const answer = await fetch(`${handle.server.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: id, score: 1 }) });
          return { status: answer.status, ms: performance.now() - started };
        }),
      );
      expect(timed.map((answer) => answer.status)).toEqual(forged.map(() => 404));
      expect(timed.filter((answer) => answer.ms >= 1_000).length).toBeLessThanOrEqual(16);
      expect(Math.max(...timed.map((answer) => answer.ms))).toBeLessThan(3_000);
    } finally {
      await handle.close();
      rmSync(io.cwd, { recursive: true, force: true });
    }
  });

  it("answers a malformed score in the gateway's words, in the OpenAI envelope (not zod's 'Too big: expected number to be <=1')", async () => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd: mkdtempSync(path.join(tmpdir(), "switchyard-feedback-words-")) };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    try {
      const rate = async (body: unknown) => {
        const response = await fetch(`${handle.server.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        expect(response.status).toBe(400);
        return ((await response.json()) as { error: { message: string; param: string } }).error;
      };
      expect(await rate({ decision_id: "dec_x", score: 1.5 })).toMatchObject({ param: "score", message: expect.stringContaining("score: must be from 0 to 1 (got 1.5)") });
      expect(await rate({ decision_id: "dec_x", score: "0.9" })).toMatchObject({ param: "score", message: expect.stringContaining('must be a number from 0 to 1, written without quotes (got "0.9")') });
      expect(await rate({ score: 1 })).toMatchObject({ param: "decision_id", message: expect.stringContaining("decision_id: is required: the x-switchyard-decision-id header") });
    } finally {
      await handle.close();
      rmSync(io.cwd, { recursive: true, force: true });
    }
  });
});
