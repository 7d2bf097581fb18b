/**
 * Every regular expression literal in `src/` runs in about linear time on long hostile input: runs of one
 * character or short unit (spaces, newlines, digits, dots, commas, the pattern's own words) of 20,000 characters,
 * bare or after the pattern's first word. A pattern that backtracks quadratically (`^\s*` under the `m` flag,
 * `\S+[^.\n]*,`, an unbounded e-mail local part) takes hundreds of milliseconds on them; a linear one, under one.
 * Request text reaches most of these patterns, so one slow pattern is a CPU-for-bytes lever for any client.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ownTimeMs } from "../support/own-time.js";
import { REPO_ROOT } from "../support/shared-data.js";

const LENGTH = 20_000;
/** Well above a linear pattern's time on 20k characters (well under 5 ms), well below a quadratic one's (≥ 150 ms here). */
const LIMIT_MS = 60;
/** A regex literal: `/…/flags` not preceded by an identifier, `)` or `]` (so not a division). */
const LITERAL = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;
const UNITS = ["a", " ", "\n", "\t\n", "1", ".", ",", ":", "-", "=", "$", "\\", "a ", "1 ", "1.", "1,", "x,", "a1", " 1", "é", "中", "@", "😀", "/", "\r\n", "["];

interface Found {
  file: string;
  pattern: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
  });
}

function literals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(path.join(REPO_ROOT, "src"))) {
    for (const match of readFileSync(file, "utf8").matchAll(LITERAL)) {
      try {
        found.push({ file: path.relative(REPO_ROOT, file), pattern: new RegExp(match[1] ?? "", (match[2] ?? "").replace(/[gy]/g, "")) });
      } catch {
        // Not a regex (e.g. a path in a comment): nothing to check.
      }
    }
  }
  return found;
}

/** The fastest of up to three runs, each this process's own time: a GC pause or a loaded machine is not a slow pattern. */
function bestOfThree(pattern: RegExp, text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    best = Math.min(best, ownTimeMs(() => pattern.test(text)));
    if (best < LIMIT_MS) break;
  }
  return best;
}

/** Modules whose patterns read request text, imported with the RegExp constructor watched (patterns built at load). */
const TEXT_MODULES = ["src/classifier", "src/routing", "src/log", "src/server/request-shape", "src/server/doors"];

async function constructed(): Promise<Found[]> {
  const found: Found[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const pattern = Reflect.construct(target, args, newTarget) as RegExp;
      found.push({ file: "(built at load)", pattern: new Original(pattern.source, pattern.flags.replace(/[gy]/g, "")) });
      return pattern;
    },
  });
  try {
    for (const dir of TEXT_MODULES) for (const file of sourceFiles(path.join(REPO_ROOT, dir))) await import(file);
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

describe("regular expressions in src/", async () => {
  const found = [...literals(), ...(await constructed())];

  it("are found (the scan itself works), including those built with new RegExp at load", () => {
    expect(found.length).toBeGreaterThan(300);
    expect(found.filter((entry) => entry.file === "(built at load)").length).toBeGreaterThan(20);
  });

  it("take about linear time on long hostile input", () => {
    const slow: string[] = [];
    for (const { file, pattern } of found) {
      const word = /[a-z]{3,}/i.exec(pattern.source)?.[0] ?? "";
      for (const prefix of ["", `${word} `, `${word}: `]) {
        for (const unit of [...UNITS, `${word} `]) {
          const text = `${prefix}${unit.repeat(Math.ceil(LENGTH / unit.length))}!`;
          const ms = bestOfThree(pattern, text);
          if (ms >= LIMIT_MS) slow.push(`${file}: /${pattern.source.slice(0, 80)}/ took ${ms.toFixed(0)} ms on ${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${LENGTH}`);
        }
      }
    }
    expect(slow).toEqual([]);
    // ~141,000 runs: 15 s on a quiet machine, 87 s at load average 24 (past the 30 s default); the limit above is the check.
  }, 180_000);
});
