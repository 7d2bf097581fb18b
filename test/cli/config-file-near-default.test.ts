/**
 * A config written as `switchyard.yml` (or `Switchyard.yaml`) beside a gateway started without --config was never
 * read: `serve` ran on the built-in defaults, with no budget and no experiment, and said nothing, while `config check`
 * said "No ./switchyard.yaml here". Both now name the file that is there and how to use it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-near-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "switchyard.yml"), "budgets:\n  - { scope: global, window: day, limit_usd: 5 }\n");
const WARNING = `warning: ${path.join(dir, "switchyard.yml")} is not read: without --config the config file is ./switchyard.yaml, so the built-in defaults apply (no budgets, no experiments). Rename it to switchyard.yaml, or pass --config switchyard.yml.`;

describe("a config file beside the default name", () => {
  it("config check names it rather than only saying there is no ./switchyard.yaml", async () => {
    const run = await runCliCaptured(["config", "check"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(WARNING);
  });

  it("serve says so when it starts", async () => {
    let stderr = "";
    const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), env: {}, cwd: dir };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    try {
      expect(stderr).toContain(WARNING);
    } finally {
      await handle.close();
    }
  });

  it("says nothing when ./switchyard.yaml is there", async () => {
    writeFileSync(path.join(dir, "switchyard.yaml"), "tasks: { chat: budget }\n");
    try {
      const run = await runCliCaptured(["config", "check"], { cwd: dir });
      expect(run.stderr).not.toContain("is not read");
    } finally {
      rmSync(path.join(dir, "switchyard.yaml"));
    }
  });
});
