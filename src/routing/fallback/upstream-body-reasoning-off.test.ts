/**
 * An attempt on a model that refuses the request's off switch (reasoning-off.ts) goes without the switch only: the
 * rest of the client's `reasoning` (`exclude`, a budget, a summary) still goes, OpenRouter's shorthand
 * `reasoning_effort: "none"` is a switch too, and the next attempt's body is the request's own again.
 */
import { describe, expect, it } from "vitest";
import { rememberJsonSource } from "../../core/json-source.js";
import type { ChatRequest } from "../../core/types.js";
import { createUpstreamBodyBuilder } from "./upstream-body.js";

const MESSAGES = [{ role: "user" as const, content: "x".repeat(2_000) }];

function builderOf(request: Record<string, unknown>, spliced: boolean) {
  const parsed = { model: "m", max_tokens: 10, messages: MESSAGES, ...request } as ChatRequest;
  if (spliced) rememberJsonSource(parsed, { text: JSON.stringify(parsed), parsed });
  return createUpstreamBodyBuilder(parsed);
}

describe.each([false, true])("an attempt without the off switch (client's text spliced: %s)", (spliced) => {
  it("keeps the rest of the client's reasoning, and the next attempt gets the request as it was", () => {
    const builder = builderOf({ reasoning: { enabled: false, exclude: true }, temperature: 0.2 }, spliced);
    expect(JSON.parse(builder.build("a", 5, true))).toMatchObject({ model: "a", reasoning: { exclude: true }, temperature: 0.2 });
    expect(JSON.parse(builder.build("b", 5, false)).reasoning).toEqual({ enabled: false, exclude: true });
    expect(JSON.parse(builder.buildWithPrefill("c", 5, "so", true)).reasoning).toEqual({ exclude: true });
    expect(JSON.parse(builder.buildWithPrefill("d", 5, "so", false)).reasoning).toEqual({ enabled: false, exclude: true });
  });

  it("keeps a budget beside enabled: false and a summary beside effort none; a switch alone leaves no reasoning", () => {
    expect(JSON.parse(builderOf({ reasoning: { enabled: false, max_tokens: 1_024 } }, spliced).build("a", 5, true)).reasoning).toEqual({ max_tokens: 1_024 });
    expect(JSON.parse(builderOf({ reasoning: { effort: "none", summary: "auto" } }, spliced).build("a", 5, true)).reasoning).toEqual({ summary: "auto" });
    expect("reasoning" in JSON.parse(builderOf({ reasoning: { enabled: false } }, spliced).build("a", 5, true))).toBe(false);
  });

  it("leaves out reasoning_effort none (OpenRouter's shorthand for reasoning.effort), and keeps another effort", () => {
    const off = JSON.parse(builderOf({ reasoning_effort: "none" }, spliced).build("a", 5, true));
    expect("reasoning_effort" in off).toBe(false);
    expect(JSON.parse(builderOf({ reasoning_effort: "none" }, spliced).build("a", 5, false)).reasoning_effort).toBe("none");
    expect(JSON.parse(builderOf({ reasoning_effort: "low" }, spliced).build("a", 5, true)).reasoning_effort).toBe("low");
  });
});
