import { connect, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { ModelCatalog } from "../catalog/model-catalog.js";
import { createClassifier } from "../classifier/create-classifier.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import type { DecisionRecord } from "../log/decision-record.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import { createApp } from "./create-app.js";

const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

describe("createApp (in-process)", () => {
  it("switches /v1/models and /healthz to a refreshed catalog", async () => {
    let setCatalog: ((catalog: ModelCatalog) => void) | undefined;
    const catalog = builtinCatalog();
    const app = await createApp({ config: defaultConfig(), catalog, upstream: unusedUpstream, onCatalogSetter: (setter) => (setCatalog = setter) });
    const before = (await app.inject({ url: "/v1/models" })).json<{ data: { id: string }[] }>();
    expect(before.data.length).toBe(catalog.size + 2 + Object.keys(defaultConfig().tasks).length + Object.keys(defaultConfig().tiers).length);
    const smaller = new ModelCatalog(catalog.list().slice(0, 3), { source: "live", fetchedAt: 42 });
    setCatalog?.(smaller);
    const after = (await app.inject({ url: "/v1/models" })).json<{ data: { id: string; owned_by: string }[] }>();
    expect(after.data.filter((model) => model.owned_by !== "switchyard")).toHaveLength(3);
    expect((await app.inject({ url: "/healthz" })).json()).toMatchObject({ status: "ok", catalog: { source: "live", models: 3, fetchedAt: 42 } });
    await app.close();
  });

  it("answers unknown routes and methods with the OpenAI envelope", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    const wrongMethod = await app.inject({ method: "GET", url: "/v1/chat/completions" });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe("POST");
    expect(wrongMethod.json()).toMatchObject({ error: { type: "invalid_request_error", code: "method_not_allowed", param: null } });
    const response = await app.inject({ method: "GET", url: "/v1/nothing/here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ error: { type: "invalid_request_error", code: "not_found", param: null } });
    // The Responses API's routes this gateway does not serve say which it does instead of pointing elsewhere.
    const other = await app.inject({ method: "POST", url: "/v1/responses/resp_abc/pause" });
    expect(other.statusCode).toBe(404);
    expect(other.json<{ error: { message: string } }>().error.message).toContain("GET and DELETE /v1/responses/{response_id}");
    // Cancelling an id never stored is the store's own 404, as OpenAI's is for an unknown response.
    const cancel = await app.inject({ method: "POST", url: "/v1/responses/resp_abc/cancel" });
    expect(cancel.statusCode).toBe(404);
    expect(cancel.json<{ error: { message: string } }>().error.message).toContain("Response with id 'resp_abc' not found");
    // The read-back routes themselves answer: an id never stored is the store's own 404.
    const stored = await app.inject({ method: "GET", url: "/v1/responses/resp_abc" });
    expect(stored.statusCode).toBe(404);
    expect(stored.json<{ error: { message: string } }>().error.message).toContain("Response with id 'resp_abc' not found");
    expect(response.json<{ error: { message: string } }>().error.message).not.toContain("Did you mean");
    await app.close();
  });

  it("names the route meant when an SDK's base URL lacks /v1 or repeats it, and how to set the base URL", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    const message = async (url: string) => {
      const response = await app.inject({ method: "POST", url, headers: { "content-type": "application/json" }, payload: "{}" });
      expect(response.statusCode, url).toBe(404);
      return response.json<{ error: { message: string } }>().error.message;
    };
    // An OpenAI SDK given http://host:port: it posts /chat/completions.
    expect(await message("/chat/completions")).toContain("Did you mean POST /v1/chat/completions? OpenAI SDKs take the base URL with /v1");
    // An Anthropic SDK or Claude Code given http://host:port/v1: it posts /v1/v1/messages.
    expect(await message("/v1/v1/messages?beta=true")).toContain("Did you mean POST /v1/messages? Anthropic SDKs and Claude Code take the base URL without /v1");
    // OpenRouter's own base URL path kept from an OpenRouter setup.
    expect(await message("/api/v1/chat/completions")).toContain("Did you mean POST /v1/chat/completions?");
    expect(await message("/v1/chat/complete")).not.toContain("Did you mean");
    // The base URL to set is the one the client reached: a team's gateway on another host was told 127.0.0.1:8787.
    const remote = async (url: string, host: string) => {
      const response = await app.inject({ method: "POST", url, headers: { host, "content-type": "application/json" }, payload: "{}" });
      return response.json<{ error: { message: string } }>().error.message;
    };
    expect(await remote("/chat/completions", "gateway.internal:9000")).toContain("with /v1 (http://gateway.internal:9000/v1)");
    expect(await remote("/v1/v1/messages", "[::1]:4000")).toContain("without /v1 (http://[::1]:4000, ANTHROPIC_BASE_URL)");
    expect(await remote("/responses", "switchyard_gateway:8787")).toContain("(http://switchyard_gateway:8787/v1)");
    const odd = await remote("/chat/completions", "evil\"host");
    expect(odd).toContain("(http://127.0.0.1:8787/v1)");
    expect(odd).not.toContain("evil");
    // A long path is shown cut at 200 characters in the hint as well: it echoed all of it (16 KB fit in a request line).
    const long = await app.inject({ method: "GET", url: `/models/${"a".repeat(8000)}` });
    expect(long.json<{ error: { message: string } }>().error.message).toContain(`Did you mean GET /v1/models/${"a".repeat(189)}…?`);
    expect(long.body.length).toBeLessThan(1000);
    // An unknown id at GET /v1/models/{id} is quoted escaped and cut: it came back whole, with a decoded line break
    // and direction override as they were.
    const unknownId = await app.inject({ method: "GET", url: `/v1/models/x%0Ay%E2%80%AEz${"b".repeat(5000)}` });
    expect(unknownId.statusCode).toBe(404);
    const unknownMessage = unknownId.json<{ error: { message: string } }>().error.message;
    expect(unknownMessage).toContain(String.raw`No model "x\ny\u202ez`);
    expect(unknownMessage).not.toMatch(/[\n\u202e]/);
    expect(unknownId.body.length).toBeLessThan(1000);
    const wrongMethod = await app.inject({ method: "DELETE", url: `/v1/models/${"a".repeat(8000)}` });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.body.length).toBeLessThan(1000);
    await app.close();
  });

  it("answers a wrong method or path with its 405 or 404 whatever the body, never the body's parse error", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    const json = { "content-type": "application/json" };
    for (const method of ["PUT", "DELETE", "OPTIONS", "PATCH"] as const) {
      const messages = await app.inject({ method, url: "/v1/messages", headers: json, payload: "" });
      expect(messages.statusCode, method).toBe(405);
      expect(messages.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
      const chat = await app.inject({ method, url: "/v1/chat/completions", headers: json, payload: "{not json" });
      expect(chat.statusCode, method).toBe(405);
      expect(chat.json()).toMatchObject({ error: { code: "method_not_allowed" } });
    }
    const unknown = await app.inject({ method: "POST", url: "/v1/nothing/here", headers: json, payload: "{not json" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: "not_found" } });
    await app.close();
  });

  it("refuses an HTTP/1.1 request without a Host header with a 400 malformed_http, and answers one with it", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    // A raw socket: an HTTP client library would add the header.
    const ask = (head: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.end(`${head}\r\n\r\n`));
        let text = "";
        socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
    const without = await ask("GET /healthz HTTP/1.1\r\nConnection: close");
    expect(without).toMatch(/^HTTP\/1\.1 400 /);
    expect(without).toContain('"code":"malformed_http"');
    expect(await ask("GET /healthz HTTP/1.1\r\nHost: gateway\r\nConnection: close")).toMatch(/^HTTP\/1\.1 200 /);
    await app.close();
  });

  it("accepts JSON without a content-type header (curl -d)", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    const response = await app.inject({ method: "POST", url: "/v1/chat/completions", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: '{"model":"switchyard/tier/gold","messages":[{"role":"user","content":"x"}]}' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("unknown_tier");
    await app.close();
  });

  it("reads a body the same under application/json (its own parser entry, which Fastify caches) as under any other type", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream, bodyLimitBytes: 4096 });
    expect(app.hasContentTypeParser("application/json")).toBe(true);
    const good = '{"model":"switchyard/tier/gold","messages":[{"role":"user","content":"x"}]}';
    const types = ["application/json", "application/json; charset=utf-8", "Application/JSON", "text/plain", "application/x-www-form-urlencoded", undefined];
    for (const type of types) {
      const headers = type === undefined ? {} : { "content-type": type };
      for (let repeat = 0; repeat < 2; repeat++) {
        const read = await app.inject({ method: "POST", url: "/v1/chat/completions", headers, payload: good });
        expect(read.json<{ error: { code: string } }>().error.code, `${type}`).toBe("unknown_tier");
        const broken = await app.inject({ method: "POST", url: "/v1/chat/completions", headers, payload: "{not json" });
        expect(broken.json<{ error: { code: string } }>().error.code, `${type}`).toBe("invalid_json");
        const large = await app.inject({ method: "POST", url: "/v1/chat/completions", headers, payload: `{"model":"${"x".repeat(5000)}"}` });
        expect(large.statusCode, `${type}`).toBe(413);
      }
    }
    await app.close();
  });

  it("classifies with the classifier the config names (learned by default)", async () => {
    const messages = [{ role: "user", content: "Prove that the sum of two even numbers is even." }];
    for (const name of ["learned", "heuristic"] as const) {
      const records: DecisionRecord[] = [];
      const decisionLog = { write: (record: DecisionRecord) => void records.push(record), flush: async () => {}, close: async () => {} };
      const config = name === "learned" ? defaultConfig() : parseConfig({ routing: { classifier: "heuristic" } });
      const app = await createApp({ config, catalog: builtinCatalog(), upstream: unusedUpstream, decisionLog });
      await app.inject({ method: "POST", url: "/v1/chat/completions", payload: { model: "switchyard/auto", messages } });
      await app.close();
      const expected = createClassifier(name).classify(messages).task.confidence;
      expect(records[0]?.taskConfidence, name).toBeCloseTo(expected, 3);
    }
  });
});
