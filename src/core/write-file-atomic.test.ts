import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-file-atomic.js";

describe("writeFileAtomic", () => {
  it("replaces the file and leaves nothing else beside it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "switchyard-atomic-"));
    const file = path.join(dir, "adapter.json");
    writeFileSync(file, "old\n");
    await writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["adapter.json"]);
  });

  it("on a failed rename (the target is a folder) removes its temporary file and leaves the target as it was", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "switchyard-atomic-"));
    const folder = path.join(dir, "out");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "inside.txt"), "keep");
    await expect(writeFileAtomic(folder, "data")).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readFileSync(path.join(folder, "inside.txt"), "utf8")).toBe("keep");
  });
});

describe("writeFileAtomic on a link or a private file", () => {
  it("replaces a link's target and keeps the link, and keeps the file's permissions", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "atomic-link-"));
    try {
      mkdirSync(path.join(folder, "real"));
      mkdirSync(path.join(folder, "deployed"));
      const target = path.join(folder, "real", "adapter.json");
      writeFileSync(target, "old", { mode: 0o600 });
      chmodSync(target, 0o600);
      const link = path.join(folder, "deployed", "adapter.json");
      symlinkSync("../real/adapter.json", link);
      await writeFileAtomic(link, "new");
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, "utf8")).toBe("new");
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(readdirSync(path.join(folder, "deployed"))).toEqual(["adapter.json"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
