import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TASK_RULES } from "./heuristic-task-rules.js";
import { deriveGate, gateKey } from "./rule-gate.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

function gateKeysOf(lower: string): Set<number> {
  return new Set((lower.match(/[a-z][a-z0-9']*/g) ?? []).map(gateKey));
}

describe("deriveGate", () => {
  it("takes three-letter prefixes of anchored words and alternatives", () => {
    expect(deriveGate("\\btranslat(e|es|ed)\\b")).toEqual(["tra"]);
    expect(deriveGate("\\b(summar(y|ize)|recap)\\b")).toEqual(["sum", "rec"]);
    expect(deriveGate("^(who|what(?! if)|when)\\b")).toEqual(["who", "wha", "whe"]);
  });

  it("treats a short word followed by a space or boundary as that whole word", () => {
    expect(deriveGate("\\bin (english|french)\\b")).toEqual(["in"]);
    expect(deriveGate("\\bor (?:not |in)([a-z]{3,})\\b")).toEqual(["or"]);
    expect(deriveGate("\\b(into|to) (french|german)\\b")).toEqual(["int", "to"]);
    expect(deriveGate("^(hi|hello|good (morning|evening))\\b")).toEqual(["hi", "hel", "goo"]);
  });

  it("gives up whenever a match could start elsewhere", () => {
    expect(deriveGate("%\\s*of\\b")).toBeUndefined(); // no word anchor
    expect(deriveGate("\\b(bugs?|x)y")).toBeUndefined(); // "x" may begin a longer word ("xy")
    expect(deriveGate("\\b(very )?good\\b")).toBeUndefined(); // an optional group first
    expect(deriveGate("\\b\\d+ apples")).toBeUndefined(); // not a letter
    expect(deriveGate("\\bab?c")).toBeUndefined(); // "a" is too short once "b" is optional
    expect(deriveGate("\\b(summar(y|ize)|tl;?dr)\\b")).toBeUndefined(); // "tl" then a symbol
  });
});

describe("gateKey", () => {
  it("packs the first three characters, or a shorter word whole", () => {
    expect(gateKey("translate")).toBe(gateKey("tra"));
    expect(gateKey("in")).not.toBe(gateKey("int"));
    expect(gateKey("into")).toBe(gateKey("int"));
  });
});

describe("the rule table's gates", () => {
  it("never close on a text the rule matches (fixture and shared prompts)", () => {
    const prompts = readFileSync(path.resolve(repoRoot, "test/fixtures/task-prompts.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { prompt: string }).prompt);
    const shared = readFileSync(path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl"), "utf8")
      .split("\n")
      .filter((line, i) => line.trim() !== "" && i % 5 === 0)
      .map((line) => (JSON.parse(line) as { query: string }).query);
    let checked = 0;
    for (const prompt of [...prompts, ...shared]) {
      const lower = prompt.toLowerCase();
      const keys = gateKeysOf(lower);
      for (const rule of TASK_RULES) {
        if (rule.gate === undefined || !rule.pattern.test(lower)) continue;
        checked++;
        expect(rule.gate.some((key) => keys.has(key)), `${rule.pattern.source} on ${prompt.slice(0, 60)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("gates most rules", () => {
    const gated = TASK_RULES.filter((rule) => rule.gate !== undefined).length;
    expect(gated / TASK_RULES.length).toBeGreaterThan(0.7);
  });
});
