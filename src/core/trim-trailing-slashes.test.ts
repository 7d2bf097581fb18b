import { describe, expect, it } from "vitest";
import { trimTrailingSlashes } from "./trim-trailing-slashes.js";

describe("trimTrailingSlashes", () => {
  it("drops every trailing slash and nothing else", () => {
    expect(trimTrailingSlashes("https://openrouter.ai/api/v1///")).toBe("https://openrouter.ai/api/v1");
    expect(trimTrailingSlashes("http://h/a/b")).toBe("http://h/a/b");
    expect(trimTrailingSlashes("///")).toBe("");
    expect(trimTrailingSlashes("")).toBe("");
    expect(trimTrailingSlashes(`${"/".repeat(100_000)}x`)).toBe(`${"/".repeat(100_000)}x`);
  });
});
