import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularFile, readRegularFileSync } from "./read-regular-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "read-regular-file-"));
function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync("mkfifo", [file]);
  return file;
}

describe("readRegularFile", () => {
  it("reads a regular file", async () => {
    const file = path.join(dir, "plain.yaml");
    writeFileSync(file, "tiers: {}\n");
    expect(await readRegularFile(file)).toBe("tiers: {}\n");
    expect(readRegularFileSync(file)).toBe("tiers: {}\n");
  });

  it("refuses a folder and a character device at once, saying what it is", async () => {
    await expect(readRegularFile(dir)).rejects.toThrow(/is a folder, not a file; give the path of a file$/);
    await expect(readRegularFile("/dev/zero")).rejects.toThrow(/is a character device/);
    expect(() => readRegularFileSync("/dev/zero")).toThrow(/is a character device/);
  });

  it("reads /dev/null as empty (it ends at once: `--config /dev/null` means no config)", async () => {
    expect(await readRegularFile("/dev/null")).toBe("");
    expect(readRegularFileSync("/dev/null")).toBe("");
  });

  it("fails a FIFO nobody writes to after the wait, instead of hanging", async () => {
    const file = fifo("silent");
    const started = Date.now();
    await expect(readRegularFile(file, { pipeWaitMs: 300 })).rejects.toThrow(/is a pipe, and nothing was written to it/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(() => readRegularFileSync(file)).toThrow(/named pipe \(FIFO\)/);
  });

  it("reads a pipe a writer fills and closes, even one that starts late and writes in pieces", async () => {
    const file = fifo("written");
    const late = spawn("sh", ["-c", `sleep 0.2; printf 'a: 1\\n' > ${file}`]);
    expect(await readRegularFile(file, { pipeWaitMs: 5_000 })).toBe("a: 1\n");
    const slow = fifo("slow");
    const pieces = spawn("sh", ["-c", `{ printf 'x: '; sleep 0.3; printf '2\\n'; } > ${slow}`]);
    expect(await readRegularFile(slow, { pipeWaitMs: 5_000 })).toBe("x: 2\n");
    for (const writer of [late, pieces]) expect(writer.exitCode ?? (await new Promise((resolve) => writer.once("exit", resolve)))).toBe(0);
  });
});
