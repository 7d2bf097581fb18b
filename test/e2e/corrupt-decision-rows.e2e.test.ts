/**
 * A decision log with a few damaged rows (red-team round 12): a JSON column that no longer parses (a hand edit, a
 * disk error, another writer). One such row made every reader that reached it throw a bare SyntaxError:
 * `train --from-log` died with "Unexpected token 'o', "nope" is not valid JSON", naming nothing, and
 * `GET /api/decisions/:id` answered 400 "The request body is not valid JSON" to a GET that had no body. An
 * unreadable JSON column now reads as absent, as one of the wrong shape already did: the row's other fields stay
 * readable, and a row whose features are unreadable is counted among those without stored features. Real SQLite,
 * the CLI in-process, the admin API over HTTP on 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { startServer } from "../../src/server/start-server.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-corrupt-rows-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const YAML = "storage:\n  sqlite: ./log.db\n";
writeFileSync(path.join(dir, "switchyard.yaml"), YAML);
const features = { v: 1, task: "chat", task_confidence: 0.8, difficulty: "mid", strong_probability: 0.3, tokens: 20, hashed: [[3, 1]] };
const DAMAGE: Record<string, string> = { dec_bad_features: "features", dec_bad_attempts: "attempts", dec_bad_checks: "quality_checks", dec_bad_reasons: "reasons", dec_bad_shadow: "shadow", dec_bad_candidates: "candidates" };

async function writeLog(): Promise<void> {
  const storage = await openStorage({ storage: parseConfigText(YAML).storage, cwd: dir });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  const now = Date.now();
  const ids = [...Object.keys(DAMAGE), ...Array.from({ length: 34 }, (_, i) => `dec_good_${i}`)];
  ids.forEach((id, i) => log.write(makeDecisionRecord({ id, createdAt: now - 60_000 + i, features, tier: i % 2 ? "premium" : "budget", feedbackScore: i % 3 ? 1 : 0 })));
  await log.close();
  await storage.close();
  const db = openSqliteDatabase(path.join(dir, "log.db"));
  try {
    for (const [id, column] of Object.entries(DAMAGE)) db.prepare(`UPDATE decisions SET ${column} = ? WHERE id = ?`).run(column === "features" ? "{not json" : "nope", id);
  } finally {
    db.close();
  }
}

describe("a decision log with damaged rows", () => {
  it("is still read by train --from-log and the admin API, each damaged column as absent", async () => {
    await writeLog();
    const train = await runCliCaptured(["train", "--from-log", "--min-outcomes", "0", "--out", "adapter.json"], { cwd: dir });
    expect(train.stderr).not.toMatch(/not valid JSON|Unexpected token/);
    expect(train.stderr).toContain("40 decisions, 40 served, 1 without stored features");

    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const server = await startServer({ config: parseConfigText(YAML), catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: "admin-secret-0123456789abcdef" }, cwd: dir, port: 0, keyOptional: true, logStream: quiet });
    try {
      const get = async (route: string): Promise<{ status: number; body: Record<string, unknown> }> => {
        const response = await fetch(`${server.url}${route}`, { headers: { authorization: "Bearer admin-secret-0123456789abcdef" } });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const list = await get("/api/decisions?limit=100");
      expect(list.status).toBe(200);
      expect((list.body.data as unknown[]).length).toBe(40);
      for (const [id, column] of Object.entries(DAMAGE)) {
        const one = await get(`/api/decisions/${id}`);
        expect(one.status, column).toBe(200);
        expect(one.body, column).toMatchObject({ id, tier: expect.any(String) });
      }
      expect((await get("/api/decisions/dec_bad_attempts")).body).toMatchObject({ attempts: [], features });
      expect((await get("/api/decisions/dec_bad_features")).body).toMatchObject({ features: null, attempts: expect.any(Array) });
    } finally {
      await server.close();
    }
  }, 60_000);
});
