/**
 * A config file that holds no settings (0 bytes, only comments, or a bare `~`) runs on the built-in defaults, as no
 * file does: `touch switchyard.yaml` and a scaffold of commented examples are fine. But a file that was meant to hold
 * budgets and came out empty (a failed copy, a template that rendered nothing, a mount that lost its content) started
 * a gateway with no spend cap and `config check` called it valid without a word. Both now say so, in the same words.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe } from "../../src/cli/commands/serve.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-empty-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WARNING = /^warning: (.*) holds no settings \(it is empty or only comments\), so the built-in defaults apply: no budgets, no experiments, the default tiers and tasks\.$/m;

describe("a config file with no settings", () => {
  it("passes config check with a warning naming the file, for 0 bytes, comments only and a bare ~", async () => {
    for (const [name, text] of [["zero.yaml", ""], ["comments.yaml", "# budgets:\n#   - { scope: global, window: day, limit_usd: 5 }\n\n"], ["tilde.yaml", "~\n"]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const run = await runCliCaptured(["config", "check", file], { cwd: dir });
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(`${file} is valid.`);
      expect(run.stderr.match(WARNING)?.[1], name).toBe(file);
    }
  });

  it("gives no such warning for a file with a setting, or an explicit empty mapping", async () => {
    for (const [name, text] of [["one.yaml", "on_exceed: downgrade\n"], ["braces.yaml", "{}\n"]] as const) {
      writeFileSync(path.join(dir, name), text);
      const run = await runCliCaptured(["config", "check", name], { cwd: dir });
      expect(run.code, name).toBe(0);
      expect(run.stderr, name).not.toMatch(WARNING);
    }
  });

  it("starts serve with the same warning", async () => {
    const cwd = mkdtempSync(path.join(dir, "serve-"));
    writeFileSync(path.join(cwd, "switchyard.yaml"), "# nothing yet\n");
    const err: string[] = [];
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    await handle.close();
    expect(err.join("").match(WARNING)?.[1]).toBe(path.join(cwd, "switchyard.yaml"));
  });
});

/**
 * Round 29: a file holding only top-level `x-` keys (the extension keys the config does not read, a place for anchors)
 * sets nothing either, and ran on the defaults without a word; an `x-` key whose rest is a real top-level key
 * (`x-tiers:` for `tiers:`) was dropped as an extension key with no hint. Both warn; neither fails.
 */
describe("a config file of x- keys only, and an x- key that looks like a setting", () => {
  const NOTHING = /^warning: (.*) sets nothing: its only keys \("x-defaults", "x-note"\) begin with x-, which the config does not read \(a place for anchors\), so the built-in defaults apply: no budgets, no experiments, the default tiers and tasks\.$/m;

  it("warns that a file of x- keys only sets nothing, and still passes", async () => {
    const file = path.join(dir, "only-x.yaml");
    writeFileSync(file, "x-defaults: &d\n  max_tokens: 100\nx-note: shared\n");
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file} is valid.`);
    expect(run.stderr.match(NOTHING)?.[1]).toBe(file);
  });

  it("names the setting an x- key looks like (x-tiers, X-Budgets, x-tier), without failing", async () => {
    const file = path.join(dir, "x-typo.yaml");
    writeFileSync(file, "x-tiers:\n  cheap:\n    models: [openai/gpt-4o-mini]\nX-Budgets: []\nx-tier: {}\non_exceed: downgrade\n");
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file} is valid.`);
    for (const [key, real] of [["x-tiers", "tiers"], ["X-Budgets", "budgets"], ["x-tier", "tiers"]]) {
      expect(run.stderr).toContain(`warning: ${key}: a top-level key beginning x- is not read (a place for anchors), so this is no setting; did you mean "${real}"?`);
    }
    expect(run.stderr).not.toMatch(/sets nothing/);
  });

  it("says nothing of an x- key beside the setting it holds anchors for, or of one no setting is near", async () => {
    const file = path.join(dir, "x-anchors.yaml");
    writeFileSync(file, "x-tiers: &t\n  models: [openai/gpt-4o-mini]\n  max_tokens: 500\nx-defaults: {}\nx-tags: [a]\ntiers:\n  cheap: *t\n");
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/x-tiers|x-defaults|x-tags|sets nothing/);
  });

  it("says nothing of an x- key whose anchor the file uses, whatever its name (x-timers merged into upstream.timeouts), and still names one whose anchor is unused (review)", async () => {
    const file = path.join(dir, "x-used-anchors.yaml");
    writeFileSync(file, "x-timers: &timeouts\n  first_token_ms: 2000\nx-logs: &cap\n  limit_usd: 10\nx-tier: &unused {}\nupstream:\n  timeouts:\n    <<: *timeouts\nbudgets:\n  - <<: *cap\n    scope: global\n    window: day\n");
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/x-timers|x-logs|sets nothing/);
    expect(run.stderr).toContain('warning: x-tier: a top-level key beginning x- is not read (a place for anchors), so this is no setting; did you mean "tiers"?');
  });

  it("serve says the same at start", async () => {
    const cwd = mkdtempSync(path.join(dir, "serve-x-"));
    writeFileSync(path.join(cwd, "switchyard.yaml"), "x-budgets:\n  - { scope: global, window: day, limit_usd: 5 }\n");
    const err: string[] = [];
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    await handle.close();
    expect(err.join("")).toContain('warning: x-budgets: a top-level key beginning x- is not read (a place for anchors), so this is no setting; did you mean "budgets"?');
    expect(err.join("")).toMatch(/switchyard\.yaml sets nothing: its only key \("x-budgets"\) begins with x-/);
  });
});
