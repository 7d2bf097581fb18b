/**
 * Online mode (routing.online) in the gateway: auto decisions sometimes explore another tier, never above the
 * configured share, each decision records whether it explored, and outcomes (feedback) reach the learner.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { startServer } from "../../src/server/start-server.js";
import { createSimulator } from "../../src/testing/index.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-online-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
const ADMIN = { authorization: "Bearer admin" };

describe("online mode in the gateway", () => {
  it("explores within the cap, records it per decision, and learns from feedback", async () => {
    const simulator = await createSimulator();
    const yaml = "storage: { sqlite: ./online.db }\nrouting:\n  online: { enabled: true, max_explore_share: 0.2, sync_ms: 20, seed: 5 }\n";
    const server = await startServer({ config: parseConfigText(yaml), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin" }, cwd, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: silent });
    try {
      const records: DecisionRecord[] = [];
      for (let i = 0; i < 40; i++) {
        const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: `Explain how tides work, part ${i}` }] }) });
        expect(response.status).toBe(200);
        const id = response.headers.get("x-switchyard-decision-id") ?? "";
        await fetch(`${server.url}/v1/feedback`, { method: "POST", body: JSON.stringify({ decision_id: id, score: 1 }) });
        records.push((await (await fetch(`${server.url}/api/decisions/${id}`, { headers: ADMIN })).json()) as DecisionRecord);
      }
      const explored = records.filter((record) => record.explored === true).length;
      expect(records.every((record) => typeof record.explored === "boolean" && record.router === "online(shipped)")).toBe(true);
      expect(explored).toBeGreaterThan(0);
      // Each decision records the probability its tier had of being served: below 1 where it explored (a share of
      // the cap spread over the other tiers), and what the off-policy check divides by.
      for (const record of records) expect(record.propensity).toBeGreaterThan(0);
      expect(records.filter((record) => record.explored === true).every((record) => (record.propensity ?? 1) < 0.5)).toBe(true);
      expect(records.filter((record) => record.explored === false).every((record) => (record.propensity ?? 0) > 0.5)).toBe(true);
      expect(explored).toBeLessThanOrEqual(8);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const status = (await (await fetch(`${server.url}/api/router`, { headers: ADMIN })).json()) as { online: { decisions: number; explored: number; outcomes: number } };
      expect(status.online).toMatchObject({ decisions: 40, explored });
      expect(status.online.outcomes).toBe(40);
    } finally {
      await server.close();
      await simulator.close();
    }
  });

  it("learns from a decision's feedback once, however often (or however concurrently) it is posted", async () => {
    const simulator = await createSimulator();
    const yaml = "storage: { sqlite: ./online-repeat.db }\nrouting:\n  online: { enabled: true, max_explore_share: 0, sync_ms: 20 }\n";
    const server = await startServer({ config: parseConfigText(yaml), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin" }, cwd, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: silent });
    try {
      const ask = async (content: string): Promise<string> => {
        const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content }] }) });
        expect(response.status).toBe(200);
        return response.headers.get("x-switchyard-decision-id") ?? "";
      };
      const rate = (id: string, score: number): Promise<Response> => fetch(`${server.url}/v1/feedback`, { method: "POST", body: JSON.stringify({ decision_id: id, score }) });
      const first = await ask("Explain how tides work");
      const second = await ask("Explain how rainbows form");
      // A retry loop (or a hostile client) posts one decision's feedback 30 times at once, then revises it.
      const posted = await Promise.all(Array.from({ length: 30 }, () => rate(first, 0)));
      expect(posted.every((response) => response.status === 200)).toBe(true);
      expect((await rate(first, 1)).status).toBe(200);
      expect((await rate(second, 1)).status).toBe(200);
      const online = async (): Promise<{ decisions: number; outcomes: number }> =>
        ((await (await fetch(`${server.url}/api/router`, { headers: ADMIN })).json()) as { online: { decisions: number; outcomes: number } }).online;
      await expect.poll(async () => (await online()).outcomes, { timeout: 2_000 }).toBeGreaterThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // One outcome per decision, as `train --from-log` reads it: 32 posts did not make 32 outcomes.
      expect(await online()).toMatchObject({ decisions: 2, outcomes: 2 });
    } finally {
      await server.close();
      await simulator.close();
    }
  });
});
