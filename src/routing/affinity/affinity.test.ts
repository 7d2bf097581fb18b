import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createMemoryConversationStore } from "../../storage/memory/memory-conversation-store.js";
import { NO_WEB_SEARCH } from "../../catalog/web-search-ask.js";
import type { ChainCandidate, ChainContext } from "../routing-plan.js";
import { affinityStatus, ConversationAffinity, digest, identifyConversation } from "./conversation-affinity.js";
import { expectedTurnCostUsd, keepConversationModel } from "./keep-conversation-model.js";

const catalog = builtinCatalog();

function context(promptTokens: number, needs: ChainContext["filter"]["needs"] = []): ChainContext {
  return { catalog, filter: { needs, minContext: promptTokens + 1000, includeFree: false }, promptTokens, maxTokens: 1000, imageCount: 0, attachmentTokens: 0, audioTokens: 0, webSearch: NO_WEB_SEARCH, urlAttachments: 0, cacheWrite: "none", priceFactor: 1, maxCostUsd: undefined, now: Date.now(), reasons: [] };
}

function candidate(id: string, maxTokens = 1000): ChainCandidate {
  return { id, model: catalog.get(id), maxTokens, worstCaseCostUsd: 0.01 };
}

describe("identifyConversation", () => {
  const messages = [{ role: "system", content: "You are a coding agent." }, { role: "user", content: "Fix the failing test." }];

  it("hashes the first system and user messages; a first turn is not looked up", () => {
    const first = identifyConversation({ keyId: null, messages });
    const later = identifyConversation({ keyId: null, messages: [...messages, { role: "assistant", content: "Done." }, { role: "user", content: "Thanks" }] });
    expect(first?.id).toBe(later?.id);
    expect(first?.continuing).toBe(false);
    expect(later?.continuing).toBe(true);
  });

  it("scopes ids by key, and an explicit id wins over the hash", () => {
    const a = identifyConversation({ keyId: "key_a", messages });
    const b = identifyConversation({ keyId: "key_b", messages });
    expect(a?.id).not.toBe(b?.id);
    const session = identifyConversation({ keyId: "key_a", explicit: { source: "session", value: "run-1" }, messages });
    expect(session).toMatchObject({ source: "session", continuing: true });
    expect(session?.id).not.toBe(a?.id);
  });

  it("hashes only a bounded prefix of huge first messages", () => {
    const huge = "x".repeat(5_000_000);
    const ref = identifyConversation({ keyId: null, messages: [{ role: "user", content: huge }] });
    expect(ref?.id).toBe(identifyConversation({ keyId: null, messages: [{ role: "user", content: `${huge}y` }] })?.id);
  });
});

describe("keepConversationModel", () => {
  it("puts the conversation's model first and says staying (with the cache) is cheaper than moving", () => {
    const input = context(40_000);
    const { chain, affinity } = keepConversationModel([candidate("openai/gpt-5-mini"), candidate("anthropic/claude-haiku-4.5")], { model: "anthropic/claude-haiku-4.5", promptTokens: 38_000 }, input);
    expect(chain.map((entry) => entry.id)).toEqual(["anthropic/claude-haiku-4.5", "openai/gpt-5-mini"]);
    expect(affinity.kept).toBe(true);
    // 38k cached tokens at $0.10/M + 2k at $1/M + 250 output at $5/M, against 40k cold at $0.25/M + 250 at $2/M.
    expect(affinity.stayUsd).toBeCloseTo((38_000 * 0.1 + 2_000 * 1 + 250 * 5) / 1e6, 9);
    expect(affinity.moveUsd).toBeCloseTo((40_000 * 0.25 + 250 * 2) / 1e6, 9);
    expect(input.reasons.at(-1)).toContain("cheaper than moving to openai/gpt-5-mini");
  });

  it("keeps the model with the cap and tier it was chosen on, not those of the tier this turn reads as", () => {
    const memory = { model: "anthropic/claude-haiku-4.5", promptTokens: 38_000, tier: "standard" };
    const standard = { models: [], max_tokens: 4096 } as unknown as Parameters<typeof keepConversationModel>[6];
    const kept = keepConversationModel([candidate("openai/gpt-5-nano")], memory, context(40_000), [], false, undefined, standard);
    expect(kept.chain[0]).toMatchObject({ id: "anthropic/claude-haiku-4.5", maxTokens: 4096 });
    expect(kept.affinity).toMatchObject({ kept: true, tier: "standard" });
    // A caller that asks for fewer tokens this turn gets fewer, and asking for more is capped at the tier's cap.
    expect(keepConversationModel([candidate("openai/gpt-5-nano")], memory, context(40_000), [], false, 500, standard).chain[0]?.maxTokens).toBe(500);
    expect(keepConversationModel([candidate("openai/gpt-5-nano")], memory, context(40_000), [], false, 32_000, standard).chain[0]?.maxTokens).toBe(4096);
    // A request that names a tier not holding the model: that tier's chain, and the conversation keeps its model.
    const named = keepConversationModel([candidate("openai/gpt-5-nano")], memory, context(40_000), [], true);
    expect(named.chain[0]?.id).toBe("openai/gpt-5-nano");
    expect(named.affinity).toMatchObject({ kept: false, outsideNamedTier: true });
  });

  it("says so when staying is dearer (no cache price), and still stays", () => {
    const input = context(40_000);
    const { chain } = keepConversationModel([candidate("openai/gpt-5-nano")], { model: "meta-llama/llama-3.3-70b-instruct", promptTokens: 39_000 }, input);
    expect(chain[0]?.id).toBe("meta-llama/llama-3.3-70b-instruct");
    expect(input.reasons.at(-1)).toContain("dearer than moving");
  });

  it("leaves the chain when the model cannot serve the turn (a missing capability) or is unknown", () => {
    const input = context(1_000, ["vision"]);
    const kept = keepConversationModel([candidate("openai/gpt-5-mini")], { model: "meta-llama/llama-3.3-70b-instruct", promptTokens: 500 }, input);
    expect(kept.affinity.kept).toBe(false);
    expect(kept.chain.map((entry) => entry.id)).toEqual(["openai/gpt-5-mini"]);
    expect(input.reasons.at(-1)).toContain("cannot serve this turn");
    expect(keepConversationModel([candidate("openai/gpt-5-mini")], { model: "nobody/none", promptTokens: 1 }, context(10)).affinity.kept).toBe(false);
  });

  it("prices cached prefix tokens at the cache-read price", () => {
    const model = catalog.get("anthropic/claude-sonnet-4.5");
    if (!model) throw new Error("missing");
    expect(expectedTurnCostUsd(model, 100_000, 100_000, 0)).toBeCloseTo(0.03, 9);
    expect(expectedTurnCostUsd(model, 100_000, 0, 0)).toBeCloseTo(0.3, 9);
  });
});

describe("ConversationAffinity over the memory store", () => {
  it("remembers, expires after its TTL, and reports new / hit / moved", async () => {
    let now = 0;
    const affinity = new ConversationAffinity(createMemoryConversationStore({ clock: { now: () => now } }), 1_000);
    const ref = { id: "c1", source: "session" as const, continuing: true };
    expect(await affinity.recall(ref)).toBeUndefined();
    await affinity.remember(ref, { model: "a/b", promptTokens: 10 });
    expect(await affinity.recall(ref)).toEqual({ model: "a/b", promptTokens: 10 });
    expect(await affinity.recall({ ...ref, continuing: false })).toBeUndefined();
    now = 1_001;
    expect(await affinity.recall(ref)).toBeUndefined();
    expect(affinityStatus(undefined, "a/b")).toBe("new");
    expect(affinityStatus({ model: "a/b", promptTokens: 1 }, "a/b:nitro")).toBe("hit");
    expect(affinityStatus({ model: "a/b", promptTokens: 1 }, "c/d")).toBe("moved");
  });

  it("the memory store evicts the oldest entries past its bounds", async () => {
    const store = createMemoryConversationStore({ maxEntries: 2, maxChars: 10 });
    await store.set("a", "1", 60_000);
    await store.set("b", "2", 60_000);
    await store.set("c", "3", 60_000);
    expect(await store.get("a")).toBeUndefined();
    await store.set("d", "123456789", 60_000);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("d")).toBe("123456789");
  });

  it("the memory store refuses, rather than silently skips, a value larger than its whole bound", async () => {
    const store = createMemoryConversationStore({ maxChars: 10 });
    await expect(store.set("big", "12345678901", 60_000)).rejects.toThrow(/11 characters is larger than the conversation store's bound \(10\)/);
    expect(await store.get("big")).toBeUndefined();
  });
});

describe("conversation ids (digest)", () => {
  /** The digest as it was computed before 2026-12-03: a Hash fed part by part. Stored conversations use these ids. */
  const partByPart = (parts: readonly string[]): string => {
    const hasher = createHash("sha256");
    for (const part of parts) hasher.update(part).update("\u0000");
    return hasher.digest("base64url").slice(0, 32);
  };

  it("gives the ids conversations are stored under, for any text (NULs, emoji, lone surrogates, empty parts)", () => {
    expect(digest(["key_1", "first", "You are terse.", "What is the capital of France?"])).toBe("X-tF0pWpBXXPbitL4djdwvWYzFapOqBI");
    const alphabet = ["a", "é", "\u0000", "😀", "\ud800", "\udfff", " ", "\n", "字", "\u2028"];
    let seed = 7;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let trial = 0; trial < 500; trial++) {
      const parts = Array.from({ length: 1 + (next() % 5) }, () => Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join(""));
      expect(digest(parts), JSON.stringify(parts)).toBe(partByPart(parts));
    }
  });
});
