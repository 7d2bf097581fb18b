/**
 * `upstream.api_key_env` names the environment variable that holds the upstream key. A key pasted there (or a
 * `${VAR}` written as if the file were interpolated) passed validation, and `serve` then printed
 * "<the key> is not set" on standard error: the key the product promises never to echo, in the terminal and the
 * logs. Such a value is refused at validation, and the error never quotes a key.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-key-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = "sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

function configFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("upstream.api_key_env", () => {
  it("refuses the key itself, naming the setting, without quoting the key (config check and serve)", async () => {
    const file = configFile("key.yaml", `upstream:\n  api_key_env: ${KEY}\n`);
    for (const argv of [["config", "check", file], ["serve", "--config", file, "--port", "0"]]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(/upstream\.api_key_env: must name the environment variable that holds the key/);
      expect(run.stderr + run.stdout).not.toContain(KEY.slice(10));
    }
  });

  it("refuses ${VAR}, saying the config is not interpolated, and accepts a plain variable name", async () => {
    const braces = await runCliCaptured(["config", "check", configFile("braces.yaml", "upstream:\n  api_key_env: ${OPENROUTER_API_KEY}\n")], { cwd: dir });
    expect(braces.code).toBe(1);
    expect(braces.stderr).toMatch(/upstream\.api_key_env: .*\$\{\.\.\.\} is not expanded/);
    const plain = await runCliCaptured(["config", "check", configFile("plain.yaml", "upstream:\n  api_key_env: MY_TEAM_OPENROUTER_KEY\n")], { cwd: dir });
    expect(plain.code, plain.stderr).toBe(0);
  });

  it("never quotes a key-like value in any config error", async () => {
    const run = await runCliCaptured(["config", "check", configFile("url.yaml", `upstream:\n  base_url: ${KEY}\n`)], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/upstream\.base_url: /);
    expect(run.stderr).not.toContain(KEY.slice(10));
    // Inside a mapping quoted whole, too.
    const nested = await runCliCaptured(["config", "check", configFile("nested.yaml", `upstream: [{ api_key_env: ${KEY} }]\n`)], { cwd: dir });
    expect(nested.code).toBe(1);
    expect(nested.stderr).toMatch(/upstream: must be a mapping/);
    expect(nested.stderr).not.toContain(KEY.slice(10));
  });

  it("never quotes a key pasted from a .env line, as an unknown key's name, or of another family (hf_, gsk_)", async () => {
    const cases = [
      ["env-line.yaml", `upstream:\n  api_key_env: "OPENROUTER_API_KEY=${KEY}"\n`, /upstream\.api_key_env: /],
      ["as-name.yaml", `upstream:\n  ${KEY}: 1\n`, /upstream: unknown key/],
      ["hf.yaml", "upstream:\n  api_key_env: hf_AbCdEfGhIjKlMnOpQrStUvWx0123456789\n", /upstream\.api_key_env: looks like a key/],
      ["url-env.yaml", `upstream:\n  base_url: "OPENROUTER=${KEY}"\n`, /upstream\.base_url: /],
    ] as const;
    for (const [name, text, error] of cases) {
      const run = await runCliCaptured(["config", "check", configFile(name, text)], { cwd: dir });
      expect(run.code, name).toBe(1);
      expect(run.stderr).toMatch(error);
      expect(run.stderr + run.stdout, name).not.toContain(KEY.slice(10));
      expect(run.stderr + run.stdout, name).not.toContain("AbCdEfGhIjKlMnOp");
      expect(run.stderr.split("\n").filter((line) => line.includes("api_key_env:")).length, name).toBeLessThanOrEqual(1);
    }
  });
});
