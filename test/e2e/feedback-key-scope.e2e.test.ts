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
});
