import { describe, expect, it } from "vitest";
import { MAX_REFUSALS, RecentRefusals, REFUSAL_REMEMBERED_MS, type Refusal } from "./recent-refusals.js";

const refusal = (requestId: string): Refusal => ({ requestId, at: "2026-12-07T00:00:00.000Z", status: 400, code: "invalid_json", message: "not JSON", method: "POST", path: "/v1/messages" });

describe("the refusals an instance remembers for a lookup", () => {
  it("keeps one for fifteen minutes", () => {
    let now = 0;
    const refusals = new RecentRefusals({ now: () => now });
    refusals.note(refusal("dec_a"));
    now = REFUSAL_REMEMBERED_MS - 1;
    expect(refusals.get("dec_a")?.code).toBe("invalid_json");
    now += 1;
    expect(refusals.get("dec_a")).toBeUndefined();
  });

  it("a flood of refusals costs a fixed amount of memory: past 2,000 the oldest goes", () => {
    const refusals = new RecentRefusals({ now: () => 0 });
    for (let n = 0; n <= MAX_REFUSALS; n++) refusals.note(refusal(`dec_${n}`));
    expect([refusals.get("dec_0"), refusals.get("dec_1")?.requestId, refusals.get(`dec_${MAX_REFUSALS}`)?.requestId]).toEqual([undefined, "dec_1", `dec_${MAX_REFUSALS}`]);
  });
});
