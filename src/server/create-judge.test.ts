import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { openStorage } from "../storage/open-storage.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import { createJudge } from "./create-judge.js";

const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** An upstream that counts the judge's calls and answers each with a score. */
function countingUpstream(calls: string[]): UpstreamClient {
  const body = JSON.stringify({ choices: [{ message: { content: "0.9" } }], usage: { prompt_tokens: 100, completion_tokens: 2 } });
  const bytes = new TextEncoder().encode(body);
  return {
    chatCompletions: async () => {
      calls.push("judge");
      return {
        status: 200,
        headers: {},
        body: { text: async () => body, arrayBuffer: async () => bytes.buffer, destroy: () => {}, async *[Symbol.asyncIterator]() { yield bytes; } },
      };
    },
  } as unknown as UpstreamClient;
}

describe("the gateway's sampled judge", () => {
  it("grades every tier below the top of the price ladder by default, not the config's last tier", async () => {
    // A cheap tier of your own is written last in the config; the ladder puts it low, so premium is the top.
    const config = parseConfig({
      tiers: { cheap: { models: ["openai/gpt-5-nano"], max_tokens: 1024 } },
      learning: { judge: { model: "anthropic/claude-sonnet-4.5", share: 1, budget_usd: 5 } },
      storage: { sqlite: ":memory:" },
    });
    const storage = await openStorage({ storage: config.storage, cwd: process.cwd() });
    closers.push(() => storage.close());
    const gradedTiers = async (tier: string): Promise<number> => {
      const calls: string[] = [];
      const judge = createJudge({
        config,
        storage,
        clock,
        upstream: countingUpstream(calls),
        decisions: { recordJudgement: async () => true } as never,
        catalog: () => builtinCatalog(),
        logger: pino({ level: "silent" }),
      });
      judge?.consider({ decisionId: `dec_${tier}`, tier, messages: [{ role: "user", content: "Add 2 and 5" }], answer: "7" });
      await judge?.drain();
      return calls.length;
    };
    expect(await gradedTiers("cheap")).toBe(1);
    expect(await gradedTiers("premium")).toBe(0);
  });
});
