/**
 * `switchyard router promote` killed (SIGKILL) in the middle of writing leaves every file it was replacing whole.
 * A router promoted again is copied over its earlier copy in `.switchyard/routers/`, which the rollback stack and the
 * history name; the preloaded stall-writes shim stops the real CLI process halfway through that write, as a slow
 * disk would, and the test kills it there.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { adapterId, readRouterState } from "../../src/routing/adapter/router-state.js";
import { killedMidWrite as killMidWrite } from "../support/kill-mid-write.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-promote-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function adapterText(seed: number): Promise<string> {
  // 300 shared weights: a file large enough that the stall-writes shim can stop its copy halfway.
  const common = Array.from({ length: 300 }, (_, slot) => [slot, (slot % 7) / 10 - 0.3]);
  return `${await minimalAdapterText({ seed, common })}\n`;
}

/**
 * Kills the CLI mid-write. The killed command's lock stays behind; the next command sees its holder's pid no longer
 * runs on this host and takes it over at once (it used to wait 15 s and fail until the lock was two minutes old).
 */
async function killedMidWrite(argv: string[], stall: string): Promise<void> {
  await killMidWrite(argv, stall, dir);
  expect(existsSync(path.join(dir, ".switchyard/router-state.json.lock"))).toBe(true);
}

it("a promotion killed mid-write leaves the adapter copies and the state file whole", { timeout: 120_000 }, async () => {
  const [first, second] = [await adapterText(1), await adapterText(2)];
  writeFileSync(path.join(dir, "first.json"), first);
  writeFileSync(path.join(dir, "second.json"), second);
  for (const file of ["first.json", "second.json"]) {
    const run = await runCliCaptured(["router", "promote", file, "--force"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  }
  const routers = path.join(dir, ".switchyard/routers");
  const firstCopy = path.join(routers, `${adapterId(first)}.json`);
  const stateFile = path.join(dir, ".switchyard/router-state.json");
  const stateBefore = readFileSync(stateFile, "utf8");

  // Promoting the first router again rewrites its copy, which a rollback would go back to.
  await killedMidWrite(["router", "promote", "first.json", "--force"], `${adapterId(first)}\\.json`);
  expect(readFileSync(firstCopy, "utf8") === first, "the first router's copy was cut").toBe(true);
  expect(readFileSync(stateFile, "utf8")).toBe(stateBefore);

  // Killed while writing the state file itself (not its lock): the old state stays, readable.
  await killedMidWrite(["router", "promote", "first.json", "--force"], "^\\.?router-state\\.json(\\.\\d+(\\.[0-9a-f]{8})?\\.tmp)?$");
  expect(readFileSync(stateFile, "utf8")).toBe(stateBefore);
  expect((await readRouterState(stateFile)).active?.id).toBe(adapterId(second));
  expect(readFileSync(firstCopy, "utf8") === first, "the first router's copy was cut").toBe(true);

  // The next command finds the first router whole and rolls back to it.
  const startedAt = Date.now();
  const rollback = await runCliCaptured(["router", "rollback"], { cwd: dir });
  expect(rollback.code, rollback.stderr).toBe(0);
  expect(Date.now() - startedAt).toBeLessThan(10_000);
  expect(rollback.stdout).toContain(`Rolled back from ${adapterId(second)} to ${adapterId(first)}`);
  const routersLeft = readdirSync(routers).filter((name) => !name.startsWith("."));
  expect(routersLeft.sort()).toEqual([adapterId(first), adapterId(second)].map((id) => `${id}.json`).sort());
});
