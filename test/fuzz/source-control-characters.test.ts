/**
 * No source file in `src/` holds a control character (other than tab, line feed and carriage return). One written by
 * a script that meant `\b` put a backspace into a regular expression, which then never matched: a whole way of asking
 * for a table was dead code that no reading test noticed, and no editor shows it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The repository root, found from this file: the check must run in a clone without the data folder beside it too. */
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(?:ts|mjs|js|css|html)$/.test(full) ? [full] : [];
  });
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe("source files", () => {
  it("hold no control characters", () => {
    const found = sourceFiles(path.join(REPO_ROOT, "src")).flatMap((file) => {
      const lines = readFileSync(file, "utf8").split("\n");
      return lines.flatMap((line, i) => (CONTROL.test(line) ? [`${path.relative(REPO_ROOT, file)}:${i + 1}`] : []));
    });
    expect(found).toEqual([]);
  });
});
