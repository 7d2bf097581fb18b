import { describe, expect, it } from "vitest";
import { authoredId } from "./authored-id.js";
import { authorOfId, listsAuthor } from "./model-author.js";

describe("a model named without its author", () => {
  const ids = ["openai/gpt-4o-mini", "~anthropic/claude-opus-latest", "anthropic/claude-haiku-4.5", "mistralai/shared-name", "meta/shared-name", "openrouter/auto"];
  let reads = 0;
  const catalog = { list: () => (reads++, ids.map((id) => ({ id }))), has: (id: string) => ids.includes(id.replace(/:nitro$/, "")) } as unknown as Parameters<typeof authoredId>[0];

  it("is the one catalog model of that name, an alias included, and nothing when two authors share it", () => {
    expect(authoredId(catalog, "gpt-4o-mini")).toBe("openai/gpt-4o-mini");
    expect(authoredId(catalog, "claude-opus-latest")).toBe("~anthropic/claude-opus-latest");
    expect(authoredId(catalog, "shared-name")).toBeUndefined();
    expect(authoredId(catalog, "openai/gpt-4o-mini")).toBeUndefined();
    expect(authoredId(catalog, "")).toBeUndefined();
    expect(authoredId(catalog, "gpt-4o-mini:nitro")).toBe("openai/gpt-4o-mini:nitro");
    expect(authoredId(catalog, "gpt-4o-mini:unknown")).toBeUndefined();
  });

  it("reads the catalog once, however many names a request lists (10,000 in a models list held the loop ~1 s)", () => {
    for (let i = 0; i < 10_000; i++) authoredId(catalog, `${"x".repeat(200)}-${i}`);
    expect(reads).toBe(1);
  });

  it("reads an author as the lists compare it: lower-cased, an alias's ~ dropped", () => {
    expect(authorOfId("~Anthropic/claude-opus-latest")).toBe("anthropic");
    expect(authorOfId("gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(listsAuthor(["OpenAI"], "openai")).toBe(true);
    expect(listsAuthor(["openai"], "anthropic")).toBe(false);
  });
});
