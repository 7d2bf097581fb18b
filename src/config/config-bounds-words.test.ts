/**
 * A number outside its bounds is told the bound in plain words (walk 22): zod's own "Too big: expected number to be
 * <=1" read as a type checker's output, not as the fix, where every other config error says "must be ...".
 */
import { describe, expect, it } from "vitest";
import { parseConfigText } from "./parse-config.js";

const problem = (yaml: string): string => {
  try {
    parseConfigText(yaml, "switchyard.yaml");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the config was accepted");
};

describe("a number out of its bounds", () => {
  it("names the bound and the value sent, in the config errors' words", () => {
    expect(problem("routing: { quality: 2 }")).toContain("routing.quality: must be at most 1 (got 2)");
    expect(problem("routing: { quality: -0.1 }")).toContain("routing.quality: must be at least 0 (got -0.1)");
    expect(problem("tiers: { x: { models: [openai/gpt-5-nano], max_tokens: 0 } }")).toContain("tiers.x.max_tokens: must be greater than 0 (got 0)");
    expect(problem("storage: { postgres_unready_after_failed_probes: 100 }")).toContain("storage.postgres_unready_after_failed_probes: must be at most 60 (got 100)");
    expect(problem("budgets: [{ scope: global, window: day, limit_usd: -1 }]")).toContain("budgets[0].limit_usd: must be at least 0 (got -1)");
    expect(problem("experiments: [{ name: x, share: 1.5, variant: { tier: mid } }]")).toContain("experiments[0].share: must be at most 1 (got 1.5)");
  });

  it("never in zod's words", () => {
    for (const yaml of ["routing: { quality: 2 }", "server: { body_limit_bytes: -5 }", "budgets: [{ scope: global, window: day, limit_usd: -1 }]"]) {
      expect(problem(yaml)).not.toMatch(/Too (big|small)|expected number|[<>]=?\d/);
    }
  });
});

describe("a whole number past the safe integer range", () => {
  it("is told its bound in the same words (zod's origin for it is int, not number)", () => {
    const message = problem("tiers: { x: { models: [openai/gpt-5-nano], max_tokens: 99999999999999999999 } }");
    expect(message).toContain("tiers.x.max_tokens: must be at most 9007199254740991 (got 100000000000000000000)");
    expect(message).not.toMatch(/Too (big|small)|expected int|[<>]=?\d/);
  });
});

describe("a bound past the safe integer range beside the field's own", () => {
  it("is told once, with the field's own bound (not also 'at most 9007199254740991')", () => {
    const lines = problem("server: { max_json_depth: 99999999999999999999 }").split("\n").filter((line) => line.includes("server.max_json_depth"));
    expect(lines).toEqual(["  - server.max_json_depth: must be at most 1000 (got 100000000000000000000)"]);
  });
});

describe("an empty string where a name is needed", () => {
  it("is told it must not be empty, not zod's 'expected string to have >=1 characters'", () => {
    expect(problem("routing: { weights: '' }")).toContain('routing.weights: must not be empty (got "")');
    expect(problem("server: { cors_allow_origins: [''] }")).toContain('server.cors_allow_origins[0]: must not be empty (got "")');
  });
});
