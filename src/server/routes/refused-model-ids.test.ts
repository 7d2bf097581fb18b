import { describe, expect, it } from "vitest";
import { GatewayError, UpstreamError } from "../../core/errors/index.js";
import { RefusedModelIds } from "./refused-model-ids.js";

const refusal = (model: string, status = 404, code = "model_not_found") =>
  new GatewayError({ message: "no such model", status, type: "invalid_request_error", code, cause: new UpstreamError({ message: `${model} is not a valid model ID`, kind: "http", model, upstreamStatus: 400, isRetryable: false }) });

describe("the ids the doors were refused, as the counters read them", () => {
  it("remembers a door's 404 model_not_found for ten minutes, and nothing else", () => {
    let now = 0;
    const ids = new RefusedModelIds({ now: () => now });
    ids.noteRefusal(refusal("acme/typo"));
    ids.noteRefusal(refusal("acme/other", 400, "upstream_bad_request"));
    ids.noteRefusal(new Error("acme/plain"));
    expect([ids.has("acme/typo"), ids.has("acme/other")]).toEqual([true, false]);
    now = 10 * 60_000 - 1;
    expect(ids.has("acme/typo")).toBe(true);
    now += 1;
    expect(ids.has("acme/typo")).toBe(false);
  });

  it("holds at most 1,000 ids, forgetting the oldest", () => {
    const ids = new RefusedModelIds({ now: () => 0 });
    for (let n = 0; n <= 1_000; n++) ids.noteRefusal(refusal(`acme/typo-${n}`));
    expect([ids.has("acme/typo-0"), ids.has("acme/typo-1"), ids.has("acme/typo-1000")]).toEqual([false, true, true]);
  });
});
