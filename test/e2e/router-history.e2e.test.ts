/**
 * Every promotion is recorded in the router state file, and `router status` printed it, but a team lead reading the
 * gateway (the admin API, the dashboard) could not see one: `GET /api/router` answered only the routers loaded at
 * the last (re)load. It now carries the state file's history, and the default the file names when this gateway still
 * runs another (a promotion not yet reloaded).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer } from "../../src/server/start-server.js";

const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-router-history-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const stateFile = path.join(cwd, ".switchyard", "router-state.json");
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

const shipped = { id: "shipped", weights: null };
const candidate = { id: "adapter-0123456789ab", weights: path.join(cwd, ".switchyard", "routers", "adapter-0123456789ab.json"), quality: 0.5 };
const promoted = { action: "promote", at: "2026-12-05T15:00:00.000Z", by: "lead", from: shipped, to: candidate, experiment: "cand-ab", verdict: "variant is 80% cheaper per request (CI 70–86%).", forced: false };
const rolledBack = { action: "rollback", at: "2026-12-05T16:00:00.000Z", by: "ops", from: candidate, to: shipped, experiment: null, verdict: "rollback", forced: false };

function writeState(active: object | null, history: object[]): void {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ format: "switchyard-router-state-v1", active, previous: [], shadow: null, history }));
}

describe("GET /api/router", () => {
  it("shows every recorded promotion and rollback, and a promotion this gateway has not reloaded yet", async () => {
    writeState(shipped, [promoted, rolledBack]);
    const server = await startServer({ config: parseConfig({}), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin-secret" }, cwd, port: 0, keyOptional: true, logStream: silent });
    try {
      const read = async () => {
        const response = await fetch(`${server.url}/api/router`, { headers: { authorization: "Bearer admin-secret" } });
        expect(response.status).toBe(200);
        return (await response.json()) as Record<string, unknown>;
      };
      const first = await read();
      expect(first.active).toEqual(shipped);
      expect(first.history).toEqual([promoted, rolledBack]);
      expect(first.state_file).toBe(stateFile);
      expect(first.pending).toBeNull();
      expect(first.state_error).toBeNull();
      // `router promote` wrote the file; no SIGHUP yet: the gateway still routes with the shipped router, and says what waits.
      writeState(candidate, [promoted, rolledBack, { ...promoted, at: "2026-12-05T17:00:00.000Z" }]);
      const second = await read();
      expect(second.active).toEqual(shipped);
      expect(second.pending).toEqual(candidate);
      expect((second.history as unknown[]).length).toBe(3);
      // A state file broken by hand: the routers in use are still shown, with why the history cannot be.
      writeFileSync(stateFile, "{not json");
      const third = await read();
      expect(third.active).toEqual(shipped);
      expect(third.history).toEqual([]);
      expect(third.state_error).toMatch(/not valid JSON/);
    } finally {
      await server.close();
    }
  });
});
