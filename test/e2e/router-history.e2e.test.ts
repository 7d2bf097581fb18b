/**
 * Every promotion is recorded in the router state file, and `router status` printed it, but a team lead reading the
 * gateway (the admin API, the dashboard) could not see one: `GET /api/router` answered only the routers loaded at
 * the last (re)load. It now carries the state file's history, and the default the file names when this gateway still
 * runs another (a promotion not yet reloaded).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { adapterId } from "../../src/routing/adapter/router-state.js";
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

/** A valid adapter file's text (fitted on the shipped weights); `seed` makes its content, so its id, differ. */

describe("GET /api/router's pending promotion", () => {
  // A rollback to a router config named by file (routing.weights) records that file's path, and an id: `file:./cand.json`
  // from a CLI before the adapter-id naming, or the id of the content it had then. The gateway names what it loads from
  // that path by the content's id, so comparing ids said "not reloaded yet" for ever: reloading changed nothing.
  it("is null once the gateway runs the file the state names, whatever id the state recorded for it", async () => {
    const own = mkdtempSync(path.join(cwd, "pending-"));
    const weights = path.join(own, "cand.json");
    writeFileSync(weights, await minimalAdapterText({ seed: 1 }));
    const file = path.join(own, ".switchyard", "router-state.json");
    mkdirSync(path.dirname(file), { recursive: true });
    const writeActive = (active: object) => writeFileSync(file, JSON.stringify({ format: "switchyard-router-state-v1", active, previous: [], shadow: null, history: [] }));
    // As main's CLI recorded a rollback to routing.weights: `file:<path as configured>`.
    writeActive({ id: "file:./cand.json", weights });
    const server = await startServer({ config: parseConfig({ routing: { weights: "./cand.json" } }), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin-secret" }, cwd: own, port: 0, keyOptional: true, logStream: silent });
    try {
      const read = async () => (await (await fetch(`${server.url}/api/router`, { headers: { authorization: "Bearer admin-secret" } })).json()) as { active: { id: string }; pending: unknown };
      const first = await read();
      expect(first.active.id).toBe(adapterId(await minimalAdapterText({ seed: 1 })));
      expect(first.pending).toBeNull();
      // The same file retrained in place (train --from-log --out cand.json), then reloaded: the state still records the old id.
      writeActive({ id: adapterId(await minimalAdapterText({ seed: 1 })), weights });
      writeFileSync(weights, await minimalAdapterText({ seed: 2 }));
      expect((await fetch(`${server.url}/api/router/reload`, { method: "POST", headers: { authorization: "Bearer admin-secret" } })).status).toBe(200);
      const second = await read();
      expect(second.active.id).toBe(adapterId(await minimalAdapterText({ seed: 2 })));
      expect(second.pending).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe("GET /api/router with a long history", () => {
  // Years of automated promotions: 10,000 entries are a 5 MB file. Every GET parsed and checked all of it on the event
  // loop (0.1 to 0.3 s that no request was served) and answered all 5 MB to a page that drew 10,000 rows.
  it("answers the newest 100 changes with the total, and reads the file again only when it changed", async () => {
    const own = mkdtempSync(path.join(cwd, "long-"));
    const file = path.join(own, ".switchyard", "router-state.json");
    mkdirSync(path.dirname(file), { recursive: true });
    const history = Array.from({ length: 10_000 }, (_, index) => ({ ...(index % 2 === 0 ? promoted : rolledBack), at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString() }));
    writeFileSync(file, JSON.stringify({ format: "switchyard-router-state-v1", active: shipped, previous: [], shadow: null, history }));
    const server = await startServer({ config: parseConfig({}), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin-secret" }, cwd: own, port: 0, keyOptional: true, logStream: silent });
    try {
      const read = async () => (await (await fetch(`${server.url}/api/router`, { headers: { authorization: "Bearer admin-secret" } })).json()) as { history: { at: string }[]; history_total: number };
      const first = await read();
      expect(first.history_total).toBe(10_000);
      expect(first.history).toHaveLength(100);
      // Oldest first, as ever, ending with the newest change.
      expect(first.history.at(-1)).toEqual(history.at(-1));
      expect(first.history[0]).toEqual(history[9_900]);
      // Unchanged, the file is not parsed again; rewritten (as `router promote` does, by a rename), it is.
      const started = performance.now();
      for (let index = 0; index < 20; index += 1) await read();
      expect(performance.now() - started).toBeLessThan(2_000);
      const next = [...history, { ...promoted, at: "2027-01-01T00:00:00.000Z" }];
      writeFileSync(`${file}.tmp`, JSON.stringify({ format: "switchyard-router-state-v1", active: shipped, previous: [], shadow: null, history: next }));
      renameSync(`${file}.tmp`, file);
      const second = await read();
      expect(second.history_total).toBe(10_001);
      expect(second.history.at(-1)?.at).toBe("2027-01-01T00:00:00.000Z");
    } finally {
      await server.close();
    }
  });
});
