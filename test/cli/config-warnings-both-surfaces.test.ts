/**
 * `config check` and `serve` say the same warnings about one config: both print `configWarnings(config)`
 * (src/config/config-warnings.ts). Each listed the same four warning functions by hand, so a warning added to one
 * could be forgotten in the other.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { configWarnings } from "../../src/config/config-warnings.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-warnings-both-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONFIGS = {
  // A misspelt task, a tier no task names, a budget written twice.
  "several warnings": "tiers:\n  smart: { models: [google/gemini-2.5-pro], max_tokens: 4096 }\ntasks:\n  code_generaton: mid\nbudgets:\n  - { scope: global, window: day, limit_usd: 5 }\n  - { scope: global, window: day, limit_usd: 50 }\n",
  // on_exceed: downgrade with nothing to downgrade under.
  "downgrade with no budget": "on_exceed: downgrade\n",
};

const warningLines = (text: string): string[] => text.split("\n").filter((line) => line.startsWith("warning: "));

it.each(Object.entries(CONFIGS))("%s: config check and serve print the same config warnings", async (name, text) => {
  const cwd = mkdtempSync(path.join(dir, "case-"));
  writeFileSync(path.join(cwd, "switchyard.yaml"), text);
  const expected = configWarnings(parseConfigText(text)).map((warning) => `warning: ${warning}`);
  expect(expected.length, name).toBeGreaterThan(0);

  const check = await runCliCaptured(["config", "check"], { cwd });
  expect(check.code, check.stderr).toBe(0);

  const err: string[] = [];
  const io: CliIo = { stdout: () => {}, stderr: (line) => void err.push(line), env: {}, cwd };
  const handle = await startServe({ simulate: true, port: "0" }, io);
  await handle.close();

  expect(warningLines(check.stderr)).toEqual(expected);
  expect(warningLines(err.join(""))).toEqual(expected);
});
