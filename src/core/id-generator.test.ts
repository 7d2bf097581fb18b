import { describe, expect, it } from "vitest";
import { generateDecisionId } from "./id-generator.js";

describe("generateDecisionId", () => {
  it("makes dec_ and 32 hex digits, unique, with the creation time first so later ids sort after earlier ones", async () => {
    const first = generateDecisionId();
    await new Promise((resolve) => setTimeout(resolve, 2));
    const ids = Array.from({ length: 10_000 }, generateDecisionId);
    for (const id of [first, ...ids]) expect(id).toMatch(/^dec_[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id > first)).toBe(true);
    expect(Number.parseInt(first.slice(4, 16), 16)).toBeLessThanOrEqual(Date.now());
  });
});
