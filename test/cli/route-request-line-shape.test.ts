/**
 * `route --request F` reads a request body; `route --jsonl` reads lines shaped `{"request": {...}}`. A file holding
 * such a line given to --request was refused with "Invalid messages: is required (an array)", which names neither
 * the wrapper nor the flag that reads it.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

describe("route --request given a --jsonl line", () => {
  it("says the file holds a batch line and how to route it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "switchyard-request-line-"));
    await writeFile(path.join(dir, "line.json"), JSON.stringify({ request: { messages: [{ role: "user", content: "Translate hi into French" }] } }));
    const run = await runCliCaptured(["route", "--request", "line.json", "--json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds \{"request": \{\.\.\.\}\}, the shape of a --jsonl line: route it with --jsonl line\.json, or put the inner request alone in the file/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
