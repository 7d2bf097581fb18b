/**
 * Two gateway processes on one SQLite file (deployment.md: instances may share one file). A client that leaves a
 * stream mid-way and rates it at once on the other process: the answering process writes the cut stream's record a
 * moment after the client left, so the other process's first read can miss it (round 22 review of ADR 0079).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

describe("feedback on one SQLite file shared by two gateways", () => {
  const dir = mkdtempSync(join(tmpdir(), "sy-fb-shared-sqlite-"));
  let simulator: Simulator;
  const gateways: RunningServer[] = [];
  beforeAll(async () => {
    simulator = await createSimulator({ recordCalls: false, chunkCount: 40, chunkDelayMs: 40 });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 50 } }, storage: { sqlite: join(dir, "shared.db") } });
    for (let n = 0; n < 2; n += 1) gateways.push(await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet }));
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a stream its client cut after content, rated at once on the other gateway, is accepted, not answered 404", async () => {
    const [a, b] = gateways;
    if (!a || !b) throw new Error("two gateways");
    const statuses: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const controller = new AbortController();
      const body = JSON.stringify({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: `a long story ${round}` }] });
      const answered = await fetch(`${a.url}/v1/chat/completions`, { method: "POST", signal: controller.signal, headers: { "content-type": "application/json" }, body });
      const decisionId = answered.headers.get("x-switchyard-decision-id");
      const reader = answered.body?.getReader();
      await reader?.read();
      await reader?.read();
      controller.abort();
      const rated = await fetch(`${b.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: decisionId, score: 1 }) });
      statuses.push(rated.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
