/**
 * `serve` honours the decision log's settings end to end: with `log.store_features: false` no stored record holds
 * routing features, even where the router computes them (online mode reads them for every decision).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator } from "../../src/testing/simulator/index.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-log-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("serve's decision log settings", () => {
  it("stores no routing features with log.store_features: false", async () => {
    const simulator = await createSimulator({ recordCalls: false });
    const storeAt = (name: string) => join(dir, `${name}.db`);
    const stored = async (storeFeatures: boolean): Promise<{ features: string | null }[]> => {
      const config = parseConfig({
        tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
        storage: { sqlite: storeAt(String(storeFeatures)) },
        log: { store_features: storeFeatures },
        routing: { online: { enabled: true, max_explore_share: 0.2, sync_ms: 20, seed: 5 } },
      });
      const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
      const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet });
      try {
        const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "Write a haiku about rivers" }] }) });
        expect(response.status).toBe(200);
        await response.text();
      } finally {
        await server.close();
      }
      const db = openSqliteDatabase(storeAt(String(storeFeatures)));
      try {
        return db.prepare<[], { features: string | null }>("SELECT features FROM decisions").all();
      } finally {
        db.close();
      }
    };
    try {
      // The control: the same gateway keeps them by default, so the setting is what removes them.
      expect((await stored(true)).map((row) => row.features !== null)).toEqual([true]);
      expect(await stored(false)).toEqual([{ features: null }]);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});
