/**
 * `config check` and `serve` name the line of each issue in the file: journey 1's typo ("config check catches their
 * typo and names the fix") was named by path only, a long file searched by hand for `budgets[0]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("config errors name the line", () => {
  it("says the line of a misspelt key, a misplaced one and a misspelt tier (config check and serve)", async () => {
    const file = path.join(dir, "switchyard.yaml");
    writeFileSync(file, "tiers:\n  cheap:\n    models: [openai/gpt-5-nano]\n    max_tokens: 1024\n    max_tokns: 10\ntasks:\n  chat: cheep\nbudgets:\n  - scope: global\n    window: day\n    limit_usd: 5\n    on_exceed: downgrade\n");
    for (const argv of [["config", "check", file], ["serve", "--config", file, "--port", "0"]]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(/tiers\.cheap: unknown key "max_tokns"; did you mean "max_tokens"\? \(line 5\)/);
      expect(run.stderr).toMatch(/budgets\[0\]: unknown key "on_exceed"; .* \(line 12\)/);
      expect(run.stderr).toMatch(/tasks\.chat: unknown tier "cheep"; did you mean "cheap"\?.* \(line 7\)/);
    }
  });
});
