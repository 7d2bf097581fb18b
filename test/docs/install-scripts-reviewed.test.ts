/**
 * npm 11 lists, at the end of `npm install` (the README's first command), every dependency whose install script the
 * project has not reviewed in package.json's `allowScripts`, and a later npm blocks them: better-sqlite3 unbuilt
 * leaves `serve` without its SQLite log. Each package the lockfile marks as having an install script is named there.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));

describe("install scripts", () => {
  it("are each reviewed in package.json's allowScripts, the native SQLite binding allowed", () => {
    const lock = read("package-lock.json") as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript === true).map(([at]) => at.replace(/^.*node_modules\//, ""));
    const { allowScripts = {} } = read("package.json") as { allowScripts?: Record<string, boolean> };
    expect(withScripts).toContain("better-sqlite3");
    expect(withScripts.filter((name) => typeof allowScripts[name] !== "boolean")).toEqual([]);
    expect(allowScripts["better-sqlite3"]).toBe(true);
  });
});
