/**
 * A config file whose bytes are not UTF-8 (saved as Latin-1 or Windows-1252, or as UTF-16 by a Windows editor) is
 * refused by `config check` and `serve`, naming the line and column of the first bad byte and the fix. Before,
 * each bad byte was decoded as U+FFFD: a model id `caf\xe9/model` passed `config check` as `caf\uFFFD/model` (a
 * "not in the catalog" warning at most, and none for a tier name or an experiment label), and a UTF-16 file was
 * reported as "must be a mapping (got "\uFFFD\uFFFDb\u0000...")".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe } from "../../src/cli/commands/serve.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-utf8-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LATIN1 = Buffer.concat([Buffer.from("tiers:\n  cheap:\n    max_tokens: 100\n    models: [\"caf"), Buffer.from([0xe9]), Buffer.from("/model\"]\ntasks:\n  chat: cheap\n")]);

describe("a config file that is not UTF-8", () => {
  it("config check refuses a Latin-1 byte, naming its line and column and the fix", async () => {
    const file = path.join(dir, "latin1.yaml");
    writeFileSync(file, LATIN1);
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the config file is not UTF-8: line 4, column 18 (byte 53) starts an invalid sequence");
    expect(run.stderr).toContain("save it as UTF-8");
    expect(run.stderr).not.toContain("\uFFFD");
    expect(run.stdout).not.toContain("is valid");
  });

  it("config check refuses a UTF-16 file by its byte-order mark, saying so", async () => {
    const file = path.join(dir, "utf16.yaml");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("on_exceed: reject\n", "utf16le")]));
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the config file is UTF-16");
    expect(run.stderr).toContain("save it as UTF-8");
  });

  it("reads UTF-8 with or without its byte-order mark, and multibyte text before a column", async () => {
    const file = path.join(dir, "bom.yaml");
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# café, 日本\r\non_exceed: reject\r\n")]));
    const run = await runCliCaptured(["config", "check", file], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const bad = path.join(dir, "after-multibyte.yaml");
    writeFileSync(bad, Buffer.concat([Buffer.from("# 日本"), Buffer.from([0xff]), Buffer.from("\non_exceed: reject\n")]));
    expect((await runCliCaptured(["config", "check", bad], { cwd: dir })).stderr).toContain("line 1, column 5 (byte 8)");
  });

  it("serve refuses it before listening, with the same words", async () => {
    const cwd = mkdtempSync(path.join(dir, "serve-"));
    writeFileSync(path.join(cwd, "switchyard.yaml"), LATIN1);
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
    await expect(startServe({ simulate: true, port: "0" }, io)).rejects.toThrow(/the config file is not UTF-8: line 4, column 18/);
  });
});
