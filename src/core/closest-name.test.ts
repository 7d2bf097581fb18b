import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock("fastest-levenshtein", async (importOriginal) => {
  const real = await importOriginal<typeof import("fastest-levenshtein")>();
  return {
    ...real,
    closest: (value: string, choices: readonly string[]) => {
      calls.lengths.push(value.length);
      return real.closest(value, [...choices]);
    },
  };
});

const { closestName } = await import("./closest-name.js");

describe("closestName", () => {
  it("finds the near name, and none when every name is too far", () => {
    expect(closestName("max_tokenz", ["max_tokens", "model"], 0.2)).toBe("max_tokens");
    expect(closestName("completely_else", ["max_tokens", "model"], 0.2)).toBeUndefined();
  });

  it("never measures a value whose length alone puts it out of reach (a request's 10 MB field name took seconds of CPU)", () => {
    calls.lengths = [];
    expect(closestName("x".repeat(2_000_000), ["max_output_tokens", "input", "instructions"], 0.2)).toBeUndefined();
    expect(calls.lengths).toEqual([]);
  });
});
