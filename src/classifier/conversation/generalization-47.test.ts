/**
 * Round 47: the classes read off this round's fresh sets (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { taskOf, u } from "./generalization-44.fixture.js";

/** A billing agent's run that has fetched an account's plan. */
const billingRun = (turn: string): ChatMessage[] => [
  { role: "system", content: "You are the billing assistant for Larkspur (B2B SaaS). Seats added mid-cycle are charged pro rata by day. Tools: get_account." },
  u(turn),
  { role: "assistant", content: null, tool_calls: [{ id: "a1", type: "function", function: { name: "get_account", arguments: '{"name":"Tidewater Co"}' } }] },
  { role: "tool", tool_call_id: "a1", content: '{"plan": "Team Monthly", "seat_price": 24.0, "seats": 30, "cycle_start": "2026-11-10", "cycle_end": "2026-12-09"}' },
];

describe("a business's figure asked by name", () => {
  it("is worked out: a charge, an invoice, a rate or a unit price", () => {
    expect(taskOf(billingRun("Tidewater is adding 6 seats today. what's the pro-rated charge, and what will the next full invoice be?"))).toBe("math");
    expect(taskOf([u("my ads budget is $2,400 next month, CPC about $0.55 and 2.3% of clicks convert. how many clicks and conversions should I expect?")])).toBe("math");
  });
  it("leaves a reading of a business's figures to analysis", () => {
    expect(taskOf([u("Ferris Metals offers 2/10 net 30 on a $48,000 invoice and our credit line costs 9%. should we take the discount, given cash is tight this month?")])).toBe("analysis");
    expect(taskOf([u("monthly revenue went from $84k to $71k while ad spend stayed at $12k and traffic rose 8%. why, and should we worry?")])).toBe("analysis");
  });
});

describe("prices compared per unit", () => {
  it("are worked out, whatever the comparison's shape pulls the reading to", () => {
    expect(taskOf([u("which detergent is cheaper per load: 64 loads for $19.97 or 110 loads for $31.49?")])).toBe("math");
    expect(taskOf([u("which is cheaper per tablet: 100 tablets for £4.20 or 250 for £9.80?")])).toBe("math");
    expect(taskOf([u("which box is cheaper per pod: 30 pods for £8.40, 80 for £19.99, or 150 for £36 with 10% off on subscription?")])).toBe("math");
  });
  it("leaves a per-unit question with no prices to compare alone", () => {
    expect(taskOf([u("why are the big packs not always cheaper per wash?")])).not.toBe("math");
  });
});
