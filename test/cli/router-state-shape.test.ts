/**
 * A router state file that is JSON and says `switchyard-router-state-v1` but has the wrong shape (edited by hand, a
 * merge gone wrong, another tool's file) was used as it was: `router status` died with "state.history.map is not a
 * function", `router rollback` with "Cannot read properties of null (reading 'pop')", and `route` routed as if a
 * router `5` were none. Each command now names the file and the field, and what to do.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-state-shape-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, ".switchyard"));

const BAD_STATES: [unknown, RegExp][] = [
  [{ format: "switchyard-router-state-v1", active: 5, history: "x" }, /active/],
  [{ format: "switchyard-router-state-v1", history: [{ action: "promote" }], previous: null }, /previous/],
  [{ format: "switchyard-router-state-v1", history: [{ action: "promote" }] }, /history\[0\]/],
  [{ format: "switchyard-router-state-v1", shadow: { id: 3 } }, /shadow/],
];

describe("a router state file of the wrong shape", () => {
  it("is named with the bad field by every command that reads it, never a TypeError", async () => {
    for (const [state, field] of BAD_STATES) {
      writeFileSync(path.join(dir, ".switchyard/router-state.json"), JSON.stringify(state));
      for (const argv of [["router", "status"], ["router", "rollback"], ["route", "hello"]]) {
        const run = await runCliCaptured(argv, { cwd: dir });
        expect(run.code, `${argv.join(" ")} on ${JSON.stringify(state)}`).toBe(1);
        expect(run.stderr).toMatch(/router-state\.json/);
        expect(run.stderr).toMatch(field);
        expect(run.stderr).toMatch(/restore it or delete it to start over/);
        expect(run.stderr).not.toMatch(/is not a function|Cannot read properties/);
      }
    }
  });
});
