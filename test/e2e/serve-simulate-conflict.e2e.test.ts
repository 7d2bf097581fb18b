/**
 * `serve --simulate --upstream-url URL` used to run the built-in simulator and drop the URL without a word: someone
 * pointing the gateway at their own simulator (with faults set) saw none of them fire. The pair is refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe } from "../../src/cli/commands/serve.js";

const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-simulate-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

it("refuses --simulate together with --upstream-url, naming both ways out", { timeout: 60_000 }, async () => {
  const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
  await expect(startServe({ simulate: true, upstreamUrl: "http://127.0.0.1:8789/api/v1", port: "0" }, io)).rejects.toThrow(
    /--simulate runs its own upstream, so --upstream-url http:\/\/127\.0\.0\.1:8789\/api\/v1 would be ignored: pass one or the other/,
  );
});
