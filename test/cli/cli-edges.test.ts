/**
 * The CLI's answers to paths and values that used to hang it or left the user guessing: a bad `routing.weights`
 * file named (with the config that named it), a path that is no file refused at once, a pipe read when written,
 * an empty `models` answer explained, an overflowing `--since` named.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStorage } from "../../src/storage/open-storage.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "cli-edges-"));

describe("serve with a bad routing.weights file", () => {
  it("names the weights file and the config that named it", async () => {
    const here = mkdtempSync(path.join(tmpdir(), "cli-edges-weights-"));
    writeFileSync(path.join(here, "weights.json"), '{"version": 1}');
    writeFileSync(path.join(here, "switchyard.yaml"), "routing:\n  weights: weights.json\n");
    const run = await runCliCaptured(["serve", "--port", "0", "--simulate"], { cwd: here, env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Invalid config in ${path.join(here, "switchyard.yaml")}`);
    expect(run.stderr).toContain(`routing.weights: ${path.join(here, "weights.json")}: not a switchyard-adapter-v1 file`);
  }, 20_000);
});

describe("a path that is no file", () => {
  it("is refused at once, saying what it is, for the config, the catalog and a request file", async () => {
    for (const argv of [
      ["models", "--config", "/dev/zero"],
      ["report", "--config", "/dev/zero"],
      ["models", "--catalog", "/dev/zero"],
      ["route", "--request", "/dev/zero"],
      ["config", "check", dir],
    ]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code, argv.join(" ")).toBe(1);
      expect(run.stderr, argv.join(" ")).toMatch(/is (a character device|a folder).*not a file/);
    }
  });

  it("reads /dev/null as an empty config (the defaults), and a pipe a writer fills (`--config <(...)`)", async () => {
    expect(await runCliCaptured(["config", "check", "/dev/null"], { cwd: dir })).toMatchObject({ code: 0, stdout: expect.stringContaining("/dev/null is valid") });
    const fifo = path.join(dir, "config.fifo");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `sleep 0.2; printf 'routing:\\n  quality: 0.7\\n' > ${fifo}`]);
    const run = await runCliCaptured(["config", "check", fifo], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining(`${fifo} is valid`) });
    expect(writer.exitCode ?? (await new Promise((resolve) => writer.once("exit", resolve)))).toBe(0);
  });
});

describe("models with no match", () => {
  it("says so and which filter left nothing, rather than an empty table", async () => {
    const run = await runCliCaptured(["models", "--min-context", "999999999"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No model of the \d+ in the builtin catalog matches: no model meets --min-context 999999999 \(the largest context is [\d,]+ tokens\)\.\n$/);
    const both = await runCliCaptured(["models", "--needs", "vision,tools", "--max-price", "0.05"], { cwd: dir });
    expect(both.stdout).toContain("each filter alone is met by some model, but none meets all of them");
    const json = await runCliCaptured(["models", "--min-context", "999999999", "--json"], { cwd: dir });
    expect(json.stdout).toBe("[]\n");
    expect(json.stderr).toContain("No model of the");
  });
});

describe("report --since past the calendar", () => {
  it("names the problem instead of reporting from the year -271764", async () => {
    for (const since of ["99999999d", "9999999999999999d"]) {
      const run = await runCliCaptured(["report", "--since", since], { cwd: dir });
      expect(run.code, since).toBe(1);
      expect(run.stderr).toContain(`since "${since}" reaches back before 1970-01-01`);
    }
  });
});

describe("a --since no command understands", () => {
  it("names the flag and the forms it takes, as the other flag errors do", async () => {
    for (const argv of [["report"], ["report", "--by", "shadow"], ["train", "--from-log"]]) {
      const run = await runCliCaptured([...argv, "--since", "yesterday"], { cwd: dir });
      expect(run.code, argv.join(" ")).toBe(1);
      expect(run.stderr, argv.join(" ")).toContain('--since must be a duration such as 30m, 24h, 7d or 4w, a date such as 2026-11-01 (or 2026-11-01T12:00:00Z), or ms since epoch (got "yesterday").');
    }
  });

  it("takes every form the admin API's ?since= takes: ms since epoch and a date-time too (it refused them)", async () => {
    // A log to read (with none, report says so and stops before reading --since's period).
    const storage = await openStorage({ storage: { sqlite: "./.switchyard/switchyard.db" }, cwd: dir });
    await storage.close();
    for (const since of [String(Date.now() - 86_400_000), new Date(Date.now() - 3_600_000).toISOString()]) {
      const run = await runCliCaptured(["report", "--since", since, "--json"], { cwd: dir });
      expect(run.code, `${since}: ${run.stderr}`).toBe(0);
    }
  });
});

describe("numbers and names on the command line", () => {
  it("a port is decimal digits (1e3 listened on port 1000, -0 on any free port)", async () => {
    for (const argv of [["serve", "--port", "1e3"], ["serve", "--port", "-0"], ["simulate-upstream", "--port", "0x50"]]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code, argv.join(" ")).toBe(1);
      expect(run.stderr).toContain(`--port must be a whole number from 0 to 65535 (got "${argv[2] ?? ""}")`);
    }
  });

  it("a key name with a control character is quoted back escaped, not echoed raw", async () => {
    const run = await runCliCaptured(["keys", "create", "--name", "a\u0000b\u001b[2J"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Invalid key name "a\\u0000b\\u001b[2J"');
    expect(run.stderr).not.toMatch(/[\u0000\u001b]/);
  });
});
