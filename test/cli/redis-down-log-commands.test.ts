/**
 * Commands that read or write only the key store or the decision log (`keys create|list|revoke`, `report`,
 * `train --from-log`) never touch Redis, which holds the ledger, rate limits and circuits: a config that names a Redis
 * that is down (the outage an operator is looking into with `report`) made each of them fail with "cannot connect".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const cwd = mkdtempSync(join(tmpdir(), "sy-redis-down-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe("key-store and decision-log commands with the configured Redis down", () => {
  it("create, list and revoke keys and print the report, and name no Redis error", async () => {
    // Port 1: nothing listens there, so every connection is refused at once.
    writeFileSync(join(cwd, "switchyard.yaml"), "storage: { redis_url: 'redis://127.0.0.1:1' }\n");
    const created = await runCliCaptured(["keys", "create", "--name", "ops"], { cwd });
    expect(created.stderr).not.toMatch(/redis/i);
    expect(created.code).toBe(0);
    const listed = await runCliCaptured(["keys", "list"], { cwd });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("ops");
    const report = await runCliCaptured(["report"], { cwd });
    expect(report.stderr).not.toMatch(/redis/i);
    expect(report.code).toBe(0);
    const revoked = await runCliCaptured(["keys", "revoke", "ops"], { cwd });
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/^Revoked key ops/);
  });
});
