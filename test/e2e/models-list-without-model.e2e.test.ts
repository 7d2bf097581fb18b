/**
 * OpenRouter's `models` list names the models to try, in order; a body may carry it without `model`, and OpenRouter
 * then starts with the list's first id. The gateway read such a body as `switchyard/auto` and sent it to a model
 * the client never listed (its own pick first, the client's list only as OpenRouter's fallbacks behind it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(() => gateway.close());

async function chat(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: "Say hello." }], ...body }) });
}

describe("a `models` list without `model`", () => {
  it("starts with the list's first model, as OpenRouter does, and keeps the list as sent", async () => {
    gateway.simulator.reset();
    const models = ["meta-llama/llama-3.3-70b-instruct", "mistralai/mistral-small-3.2-24b-instruct"];
    const response = await chat({ models });
    expect(response.status).toBe(200);
    await response.text();
    expect(response.headers.get("x-switchyard-model")).toBe(models[0]);
    const sent = gateway.simulator.calls.at(-1)?.body as { model?: string; models?: string[] } | undefined;
    expect(sent?.model).toBe(models[0]);
    expect(sent?.models).toEqual(models);
  });

  it("reads an empty `model` as absent there too, as it does without a list and as OpenRouter does", async () => {
    // SDKs whose `model` is required are given "" beside a models list; "" alone already meant switchyard/auto.
    gateway.simulator.reset();
    const models = ["meta-llama/llama-3.3-70b-instruct", "mistralai/mistral-small-3.2-24b-instruct"];
    const response = await chat({ model: "", models });
    expect(response.status).toBe(200);
    await response.text();
    expect(response.headers.get("x-switchyard-model")).toBe(models[0]);
    expect((gateway.simulator.calls.at(-1)?.body as { model?: string } | undefined)?.model).toBe(models[0]);
    const line = JSON.stringify({ request: { model: "", models, messages: [{ role: "user", content: "Say hello." }] } });
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: `${line}\n` });
    expect((JSON.parse(run.stdout) as { model: string }).model).toBe(models[0]);
  });

  it("names models[0], not model, when the list's first id is refused", async () => {
    // The body has no `model`: a 400 naming it sent the client looking for a field it never wrote.
    const response = await chat({ models: ["switchyard/typo", "meta-llama/llama-3.3-70b-instruct"] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe("models[0]");
  });

  it("still routes a body that names `model` itself, the list staying OpenRouter's fallbacks", async () => {
    const response = await chat({ model: "switchyard/tier/e2e", models: ["meta-llama/llama-3.3-70b-instruct"] });
    expect(response.status).toBe(200);
    await response.text();
    expect(response.headers.get("x-switchyard-tier")).toBe("e2e");
  });

  it("route --jsonl decides it as the gateway does", async () => {
    const line = JSON.stringify({ request: { models: ["meta-llama/llama-3.3-70b-instruct"], messages: [{ role: "user", content: "Say hello." }] } });
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: `${line}\n` });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { model: string }).model).toBe("meta-llama/llama-3.3-70b-instruct");
  });
});
