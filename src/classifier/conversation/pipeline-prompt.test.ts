import { describe, expect, it } from "vitest";
import { pipelineTaskOf } from "./pipeline-prompt.js";

describe("pipelineTaskOf", () => {
  it("reads a label list, a JSON of fields and a translation engine", () => {
    expect(pipelineTaskOf("you sort tickets. labels: billing, outage, other.")).toBe("classification");
    expect(pipelineTaskOf("return json with vendor, total, due_date.")).toBe("extraction");
    expect(pipelineTaskOf("you are a localization agent for our app.")).toBe("translation");
    expect(pipelineTaskOf("you are a friendly assistant.")).toBeUndefined();
  });

  it("stays linear on hostile system prompts (a quadratic pattern takes seconds here)", () => {
    const n = 128_000;
    const hostile = [`labels: ${"x".repeat(n)}`, `labels: a ${"x ".repeat(n / 2)}`, `json with a,${"b".repeat(n)}`, `json with ${"a".repeat(n)}`, `categories${" ".repeat(n)}:`];
    const started = performance.now();
    for (const text of hostile) pipelineTaskOf(text);
    // Linear: tens of ms for all five; the unbounded `\S+[^.\n]*,` took ~7 s on the first alone.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
