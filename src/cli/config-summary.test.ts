import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/parse-config.js";
import { tierLines } from "./config-summary.js";

describe("tierLines", () => {
  it("says how a tier no task names is still reached: a quality retry from below, a downgrade from above, never a downgrade into free", () => {
    // It said "reached only by name, a downgrade or an experiment" for every such tier: for `free`, which a downgrade
    // never steps into (free models are not the gateway's choice) and no retry climbs to, and for a tier of one's own
    // sitting above another, which the quality retry of every request routed below it reaches.
    const config = parseConfig({ tiers: { smart: { models: ["openai/gpt-5"], max_tokens: 4096 } } });
    const lines = tierLines(config, ["free", "budget", "mid", "standard", "smart", "premium"]);
    expect(lines[0]).toBe("free (built-in, 3 entries, max_tokens 1024): no task; reached only by name or an experiment");
    expect(lines[4]).toBe("smart (yours, 1 entry, max_tokens 4096): no task; reached by name, a quality retry from standard, a budget downgrade from above or an experiment");
  });

  it("lets a downgrade step into free when routing.include_free allows free models everywhere", () => {
    const config = parseConfig({ routing: { include_free: true }, tasks: { math: "standard", deep_reasoning: "standard" } });
    const lines = tierLines(config, ["free", "budget", "mid", "standard", "premium"]);
    expect(lines[0]).toBe("free (built-in, 3 entries, max_tokens 1024): no task; reached by name, a budget downgrade from above or an experiment");
    expect(lines[4]).toBe("premium (built-in, 4 entries, max_tokens 8192): no task; reached by name, a quality retry from standard or an experiment");
  });
});
