import { describe, expect, it } from "vitest";
import { UpstreamError } from "../../core/errors/index.js";
import { toClientError } from "./to-client-error.js";
import { unknownModelHint } from "./unknown-model-hint.js";

const ids = ["openai/gpt-4o-mini", "anthropic/claude-haiku-4.5", "openrouter/auto"];
const catalog = { list: () => ids.map((id) => ({ id })), has: (id: string) => ids.includes(id) } as unknown as Parameters<typeof unknownModelHint>[1];
const refusal = (model: string, message: string) => new UpstreamError({ message, kind: "http", model, upstreamStatus: 400, isRetryable: false });

describe("the fix added to an upstream 400 for a model the catalog lacks", () => {
  it("names the near model when the upstream says the id is not valid", () => {
    const error = toClientError(refusal("gpt-4o-mnii", "gpt-4o-mnii is not a valid model ID"), unknownModelHint("gpt-4o-mnii", catalog));
    expect(error.message).toBe(
      'The model gpt-4o-mnii does not exist: the upstream says "gpt-4o-mnii is not a valid model ID". The gateway\'s catalog (3 models) does not list it either. Did you mean "openai/gpt-4o-mini"? Name a model GET /v1/models lists (author/name, such as openai/gpt-4o-mini), or let Switchyard choose with switchyard/auto.',
    );
  });

  it("is not added to a 400 about something else that only mentions the model: the id may be valid upstream", () => {
    // A model newer than the catalog, refused for a parameter: "not in the catalog, did you mean" sent the caller
    // to change a model OpenRouter serves, while the fix was the parameter.
    const message = "openai/gpt-4o-mini-2 does not support the 'temperature' parameter with this model";
    const error = toClientError(refusal("openai/gpt-4o-mini-2", message), unknownModelHint("openai/gpt-4o-mini-2", catalog));
    expect(error.message).toBe(`The upstream rejected the request for openai/gpt-4o-mini-2: ${message}`);
    // ...and it stays the 400 it was: only a refused model id is the real APIs' 404 model_not_found.
    expect(error).toMatchObject({ status: 400, code: "upstream_bad_request" });
    expect(toClientError(refusal("gpt-4o-mnii", "gpt-4o-mnii is not a valid model ID"), unknownModelHint("gpt-4o-mnii", catalog))).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    const parameters = "Invalid model parameters: top_k must be positive";
    expect(toClientError(refusal("openai/gpt-4o-mini-2", parameters), unknownModelHint("openai/gpt-4o-mini-2", catalog)).message).not.toContain("Did you mean");
    // OpenAI's own words for an id it lacks are about the model too.
    const openai = "The model `gpt-4o-mnii` does not exist or you do not have access to it.";
    expect(toClientError(refusal("gpt-4o-mnii", openai), unknownModelHint("gpt-4o-mnii", catalog)).message).toContain('Did you mean "openai/gpt-4o-mini"?');
  });

  it("stays a 400 when the words that refuse a model are a provider's behind OpenRouter, or name a tool, not the id (review)", () => {
    // OpenRouter took the id (it chose a provider) and wraps the provider's refusal of its own deployment: the caller's id
    // is valid, so no 404 model_not_found and no "did you mean" another model.
    const raw = JSON.stringify({ error: { message: "The model `gpt-4o-mini-2-deploy` does not exist or you do not have access to it.", code: "model_not_found" } });
    const body = JSON.stringify({ error: { message: "Provider returned error", code: 400, metadata: { raw, provider_name: "Azure" } } });
    const wrapped = new UpstreamError({ message: "HTTP 400: Provider returned error (Azure: The model `gpt-4o-mini-2-deploy` does not exist or you do not have access to it.)", kind: "http", model: "openai/gpt-4o-mini-2", upstreamStatus: 400, isRetryable: false, responseBody: body });
    expect(toClientError(wrapped, unknownModelHint("openai/gpt-4o-mini-2", catalog))).toMatchObject({ status: 400, code: "upstream_bad_request" });
    // A tool whose name ends in "model", which the caller's tool_choice names: the request, not the id, is at fault.
    const tool = "Invalid 'tool_choice': function get_model not found in 'tools'";
    expect(toClientError(refusal("openai/gpt-4o-mini-2", tool), unknownModelHint("openai/gpt-4o-mini-2", catalog))).toMatchObject({ status: 400, code: "upstream_bad_request" });
    // OpenRouter's own words for an id it lacks, in its body, are still the 404.
    const own = new UpstreamError({ message: "HTTP 400: gpt-4o-mnii is not a valid model ID", kind: "http", model: "gpt-4o-mnii", upstreamStatus: 400, isRetryable: false, responseBody: JSON.stringify({ error: { message: "gpt-4o-mnii is not a valid model ID", code: 400 } }) });
    expect(toClientError(own, unknownModelHint("gpt-4o-mnii", catalog))).toMatchObject({ status: 404, code: "model_not_found" });
  });

  it("is empty for a catalog model the chain calls without an entry (a router slug such as openrouter/auto)", () => {
    // The chain budgets openrouter/auto as the dearest model with no entry of its own; the hint said it was "not in
    // the gateway's catalog", which lists it.
    expect(unknownModelHint("openrouter/auto", catalog)).toBe("");
  });
});

describe("the near model for a name several authors share", () => {
  const shared = ["mistralai/shared-name", "meta/shared-name", "openai/gpt-4o-mini"];
  const sharing = { list: () => shared.map((id) => ({ id })), has: (id: string) => shared.includes(id) } as unknown as Parameters<typeof unknownModelHint>[1];

  it("names every author's model, not whichever id is shortest", () => {
    // Chat passes "shared-name" through (it cannot tell which author is meant); the hint said 'Did you mean
    // "meta/shared-name"?' because that id is the fewest letters off, sending a Mistral user to Meta's model.
    for (const name of ["shared-name", "shared-nam"]) {
      const hint = unknownModelHint(name, sharing);
      expect(hint, name).toContain('Did you mean one of "mistralai/shared-name", "meta/shared-name"? Several authors have a model of that name');
      expect(hint, name).not.toContain('Did you mean "meta/shared-name"?');
    }
  });
});

describe("an author's name where a model id goes", () => {
  const withO3 = ["openai/o3", "openai/gpt-4o-mini", "deepseek/deepseek-r1"];
  const catalogO3 = { list: () => withO3.map((id) => ({ id })), has: (id: string) => withO3.includes(id) } as unknown as Parameters<typeof unknownModelHint>[1];

  it("suggests no model of that author: the id fewest letters off is only the shortest (openai -> openai/o3, a reasoning model)", () => {
    for (const name of ["openai", "openai/", "deepseek"]) {
      const hint = unknownModelHint(name, catalogO3);
      expect(hint, name).not.toContain("Did you mean");
      expect(hint, name).toContain("Name a model GET /v1/models lists (author/name");
    }
  });
});
