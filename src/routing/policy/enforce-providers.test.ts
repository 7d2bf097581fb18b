import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config/parse-config.js";
import { enforceProviders } from "./enforce-providers.js";

const routing = (lists: Record<string, string[]>) => parseConfig({ routing: { provider_policy: "enforce", ...lists } }).routing;

describe("enforceProviders", () => {
  it("narrows a client's provider to an allowed endpoint, and keeps a client's endpoint of an allowed provider", () => {
    const lists = routing({ allow_providers: ["deepinfra/turbo", "openai"] });
    expect(enforceProviders(lists, { only: ["deepinfra"] }).provider).toEqual({ only: ["deepinfra/turbo"] });
    expect(enforceProviders(routing({ allow_providers: ["openai"] }), { only: ["openai/eu", "OPENAI"] }).provider).toEqual({ only: ["openai/eu", "OPENAI"] });
  });

  it("leaves the provider object alone when no provider list is set, and sends none when the client gave none", () => {
    const none = routing({ deny_authors: ["anthropic"] });
    expect(enforceProviders(none, undefined)).toEqual({ provider: undefined, changes: [] });
    expect(enforceProviders(none, { only: ["together"] }).provider).toEqual({ only: ["together"] });
  });

  it("merges ignore lists once each, whatever the case, and never drops a denied provider", () => {
    const lists = routing({ deny_providers: ["deepinfra", "together"] });
    expect(enforceProviders(lists, { ignore: ["Together", "fireworks"] }).provider).toEqual({ ignore: ["Together", "fireworks", "deepinfra"] });
    expect(enforceProviders(lists, { only: ["openai", "together"] }).provider).toEqual({ only: ["openai"], ignore: ["deepinfra", "together"] });
  });

  it("refuses a list it cannot read (the library's callers skip the gateway's request schema)", () => {
    expect(() => enforceProviders(routing({ deny_providers: ["deepinfra"] }), { ignore: "deepinfra" })).toThrow(/provider\.ignore must be a list/);
  });
});
