/**
 * Every promotion and rollback is recorded with who made it. A service account, cron job or container often has no
 * $USER; the record then names the process's login (the system's account name), never "unknown" or "".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-router-who-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeAdapter(file: string): Promise<void> {
  writeFileSync(path.join(dir, file), await minimalAdapterText());
}

describe("router promote and rollback record who made the change", () => {
  it("names the account when $USER is unset or empty, and says when the last promotion was already rolled back", async () => {
    await writeAdapter("candidate.json");
    const promoted = await runCliCaptured(["router", "promote", "candidate.json", "--force", "--json"], { cwd: dir, env: {} });
    expect(promoted.code).toBe(0);
    expect((JSON.parse(promoted.stdout) as { by: string }).by).toBe(userInfo().username);
    const rolledBack = await runCliCaptured(["router", "rollback", "--json"], { cwd: dir, env: { USER: "" } });
    expect(rolledBack.code).toBe(0);
    expect((JSON.parse(rolledBack.stdout) as { by: string }).by).toBe(userInfo().username);
    const again = await runCliCaptured(["router", "rollback"], { cwd: dir, env: {} });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Nothing to roll back: the last promotion \(.*adapter-[0-9a-f]{12}.*\) was already rolled back/);
  });

  it("names the router state file it read when no promotion is on record, and the router in use", async () => {
    const fresh = mkdtempSync(path.join(dir, "fresh-"));
    const run = await runCliCaptured(["router", "rollback"], { cwd: fresh, env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Nothing to roll back: no promotion is on record in the router state file ${path.join(fresh, ".switchyard", "router-state.json")}; the router in use is the shipped one.`);
  });
});
