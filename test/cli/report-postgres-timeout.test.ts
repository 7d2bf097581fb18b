/**
 * CLI commands read the Postgres log under their own limit (`storage.postgres_report_timeout_ms`), not the gateway's
 * `postgres_query_timeout_ms`: a `report` or `train --from-log` over a big log took longer than the serving 5 s and was
 * cancelled. Real Postgres, in a database of its own (the CLI reads the default `switchyard` schema); a query held
 * past the serving limit by another session's lock stands in for a slow read of a big log.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const DATABASE = `sy_cli_limit_${randomUUID().slice(0, 8)}`;
const SERVING_LIMIT_MS = 300;
const HELD_MS = 1_500;

function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("CLI reads of a Postgres log have their own time limit", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sy-cli-pg-"));
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  let session: pg.Pool;
  const writeConfig = (file: string, extra: string): string => {
    writeFileSync(path.join(dir, file), `storage:\n  sqlite: ./cli.db\n  postgres_url: ${databaseUrl(DATABASE)}\n  postgres_query_timeout_ms: ${SERVING_LIMIT_MS}\n${extra}`);
    return file;
  };
  beforeAll(async () => {
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    session = new pg.Pool({ connectionString: databaseUrl(DATABASE), max: 1 });
    // DROP DATABASE ... WITH (FORCE) ends any session still open on it: expected, not a failure.
    session.on("error", () => undefined);
  });
  afterAll(async () => {
    await session.end();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs `argv` while another session holds the daily rollups (which a report reads) for HELD_MS. Not the decisions
   * table: the command's schema check alters that one, and would wait at setup, which has no limit.
   */
  async function runWhileHeld(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; tookMs: number }> {
    const client = await session.connect();
    await client.query("BEGIN");
    await client.query("LOCK TABLE switchyard.decision_daily IN ACCESS EXCLUSIVE MODE");
    const released = new Promise((resolve) => setTimeout(resolve, HELD_MS)).then(async () => {
      await client.query("COMMIT");
      client.release();
    });
    const startedAt = Date.now();
    const run = await runCliCaptured(argv, { cwd: dir });
    const tookMs = Date.now() - startedAt;
    await released;
    return { ...run, tookMs };
  }

  it("report waits past the serving limit, under the report limit (default 10 minutes)", async () => {
    const config = writeConfig("default.yaml", "");
    // Sets the schema up (no limit) and reads the empty log.
    expect((await runCliCaptured(["report", "--config", config, "--json"], { cwd: dir })).code).toBe(0);
    const report = await runWhileHeld(["report", "--config", config, "--json", "--since", "30d"]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.tookMs).toBeGreaterThan(SERVING_LIMIT_MS * 3);
    expect(JSON.parse(report.stdout)).toMatchObject({ rows: [] });
  }, 30_000);

  it("a report past storage.postgres_report_timeout_ms is cancelled, and the error names the setting", async () => {
    const config = writeConfig("short.yaml", "  postgres_report_timeout_ms: 400\n");
    const report = await runWhileHeld(["report", "--config", config, "--since", "30d"]);
    expect(report.code, `${report.tookMs} ms: ${report.stdout}${report.stderr}`).toBe(1);
    expect(report.stderr).toMatch(/statement timeout/);
    expect(report.stderr).toContain("storage.postgres_report_timeout_ms");
  }, 30_000);
});
