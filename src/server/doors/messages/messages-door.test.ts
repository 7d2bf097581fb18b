import { describe, expect, it } from "vitest";
import { anthropicCredential, openRouterModelId } from "./messages-door.js";

describe("openRouterModelId", () => {
  it("maps Anthropic's names to OpenRouter ids and leaves everything else alone", () => {
    expect(openRouterModelId("claude-sonnet-4-5-20250929")).toBe("anthropic/claude-sonnet-4.5");
    expect(openRouterModelId("claude-sonnet-4-5-20250929[1m]")).toBe("anthropic/claude-sonnet-4.5");
    expect(openRouterModelId("claude-3-5-haiku-20241022")).toBe("anthropic/claude-3.5-haiku");
    expect(openRouterModelId("claude-opus-4-1")).toBe("anthropic/claude-opus-4.1");
    expect(openRouterModelId("claude-sonnet-4-20250514")).toBe("anthropic/claude-sonnet-4");
    expect(openRouterModelId("claude-3-7-sonnet-latest")).toBe("anthropic/claude-3.7-sonnet");
    expect(openRouterModelId("switchyard/auto")).toBe("switchyard/auto");
    expect(openRouterModelId("openai/gpt-5")).toBe("openai/gpt-5");
  });

  it("reads a long name in time linear in its length (GET /v1/models/{id} reads any id the URL holds)", () => {
    // `claude-[[[…` with no closing bracket: the suffix regex tried every bracket against the rest of the name, 10 s
    // of event loop for 100,000 characters (a 15 KB URL held it 0.3 s).
    const started = performance.now();
    expect(openRouterModelId(`claude-${"[".repeat(100_000)}`)).toBe(`anthropic/claude-${"[".repeat(100_000)}`);
    expect(openRouterModelId(`claude-${"[a".repeat(50_000)}]`)).toBe("anthropic/claude-");
    expect(performance.now() - started).toBeLessThan(500);
    // The suffix is cut from the first bracket after any earlier closed one, as it was.
    expect(openRouterModelId("claude-opus-4-6[a[1m]")).toBe("anthropic/claude-opus-4.6");
    expect(openRouterModelId("claude-opus-4-6[x]y[1m]")).toBe("anthropic/claude-opus-4-6[x]y");
    expect(openRouterModelId("claude-opus-4-6]")).toBe("anthropic/claude-opus-4-6]");
  });

  it("reads the key from x-api-key first, else Authorization", () => {
    expect(anthropicCredential({ "x-api-key": "sk-sy-1" })).toBe("Bearer sk-sy-1");
    expect(anthropicCredential({ authorization: "Bearer sk-sy-2" })).toBe("Bearer sk-sy-2");
    expect(anthropicCredential({})).toBeUndefined();
  });
});

describe("the Messages door's limits", () => {
  it("names the block limit when a message has one block too many", async () => {
    const { MESSAGES_DOOR } = await import("./messages-door.js");
    const blocks = (n: number) => ({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: Array.from({ length: n }, () => ({ type: "text", text: "x" })) }] });
    expect(() => MESSAGES_DOOR.read(blocks(2_000), { headers: {}, keyId: null })).not.toThrow();
    expect(() => MESSAGES_DOOR.read(blocks(2_001), { headers: {}, keyId: null })).toThrow(/messages\.0\.content has more than 2000 items \(the limit\)|messages\[0\]\.content has more than 2000 items \(the limit\)/);
  });

  it("takes a metadata.user_id of up to 512 characters, as Anthropic's API does", async () => {
    const { MESSAGES_DOOR } = await import("./messages-door.js");
    const body = (userId: string) => ({ model: "switchyard/auto", max_tokens: 10, metadata: { user_id: userId }, messages: [{ role: "user", content: "hi" }] });
    expect(() => MESSAGES_DOOR.read(body("u".repeat(300)), { headers: {}, keyId: null })).not.toThrow();
    expect(() => MESSAGES_DOOR.read(body("u".repeat(512)), { headers: {}, keyId: null })).not.toThrow();
    expect(() => MESSAGES_DOOR.read(body("u".repeat(513)), { headers: {}, keyId: null })).toThrow(/user_id/);
  });
});
