/**
 * A catalog refresh reaches the admin API's savings: the premium reference model is read from the current catalog,
 * not the one the gateway started with (a premium model the startup catalog lacked is priced once a refresh lists it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, expect, it } from "vitest";
import { builtinCatalog, builtinModels } from "../../src/catalog/builtin-catalog.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer } from "../../src/server/start-server.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-catalog-refresh-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADMIN_KEY = "admin-key-catalog-refresh-0123456789";
const NEW_PREMIUM = "example/brand-new-premium";

it("prices savings against the premium model a catalog refresh brought in", async () => {
  const fallback = builtinModels()[0]!;
  const refreshed = new ModelCatalog([...builtinModels(), { ...fallback, id: NEW_PREMIUM, name: "Brand new premium" }], { source: "live" });
  const config = parseConfig({
    tiers: { simple: { models: [fallback.id], max_tokens: 100 }, premium: { models: [NEW_PREMIUM, fallback.id], max_tokens: 100 } },
    storage: { sqlite: join(dir, "refresh.db") },
  });
  let released = false;
  const logStream = new Writable({ write: (_chunk: Buffer, _encoding, callback) => callback() });
  const server = await startServer({
    config,
    catalog: builtinCatalog(),
    // The startup catalog until the test lets the refresh bring the new model in.
    refreshCatalog: async () => (released ? refreshed : builtinCatalog()),
    refreshIntervalMs: 50,
    env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY },
    cwd: dir,
    port: 0,
    upstreamUrl: "http://127.0.0.1:9/unused",
    keyOptional: true,
    logStream,
  });
  try {
    const premiumModel = async (): Promise<unknown> => {
      const response = await fetch(`${server.url}/api/overview`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
      return ((await response.json()) as { premium_model: unknown }).premium_model;
    };
    expect(await premiumModel()).toBe(fallback.id);
    released = true;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await premiumModel()).toBe(NEW_PREMIUM);
  } finally {
    await server.close();
  }
});
