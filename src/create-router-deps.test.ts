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

  it("reads null (a JavaScript caller's 'nothing') as the defaults, and says what a wrong kind of argument should be", async () => {
    // createRouter(config, null) failed on "Cannot convert undefined or null to object".
    const router = createRouter(null as never, null as never);
    expect(router.route({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }).tier).toBeTruthy();
    await router.close();
    expect(() => createRouter({}, "sk-or-key" as never)).toThrow(/deps: must be an object of router dependencies, such as \{ apiKey: .*\(got a string\)/);
    expect(() => createRouter({}, [] as never)).toThrow(/deps: must be an object .*\(got an array\)/);
    // A file name where the config object goes: told how to read a file.
    expect(() => createRouter("switchyard.yaml" as never)).toThrow(/takes the config as an object .*parseConfigText\(readFileSync/);
  });
});
