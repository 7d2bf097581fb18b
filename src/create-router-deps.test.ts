/**
 * `createRouter(config, deps)` refuses a `deps` key it does not know. A JavaScript caller who wrote
 * `{ baseUrl: simulator.url }` got no error and a router that called the real OpenRouter: the upstream URL is the
 * config's `upstream.base_url`, and the error says so.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, createRouter } from "./index.js";

describe("createRouter's deps", () => {
  it("refuses an unknown key, naming a near one or where the setting lives", () => {
    const unknown = (deps: Record<string, unknown>): unknown => createRouter({}, deps as never);
    expect(() => unknown({ baseUrl: "http://127.0.0.1:1/api/v1" })).toThrow(ConfigError);
    expect(() => unknown({ baseUrl: "http://127.0.0.1:1/api/v1" })).toThrow(/deps\.baseUrl: not a router dependency; the upstream URL is the config's upstream\.base_url/);
    expect(() => unknown({ apikey: "sk-or-x" })).toThrow(/deps\.apikey: not a router dependency; did you mean "apiKey"\?/);
    expect(() => unknown({ whatever: 1 })).toThrow(/deps\.whatever: not a router dependency; valid: catalog, classifier, apiKey/);
  });

  it("takes every documented key", async () => {
    const router = createRouter({}, { apiKey: "sk-or-test", clock: { now: () => 0 } });
    expect(router.route({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }).tier).toBeTruthy();
    await router.close();
  });
});
