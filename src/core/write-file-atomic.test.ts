import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
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
