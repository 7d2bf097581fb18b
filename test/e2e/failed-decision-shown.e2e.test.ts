/**
 * A request that failed on every model: its decision record (through `/api/decisions`) carries each attempt, and the
 * dashboard's Model column names what was tried and how it failed (`src/dashboard/model-shown.ts`), where it read
 * "none", as a request refused before routing does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { modelShown } from "../../src/dashboard/model-shown.js";
import { FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

const MODELS = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"];

describe("a decision no model answered", () => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await startFuzzTarget();
  });
  afterAll(async () => target.close());

  it("lists its attempts in /api/decisions, and shows them instead of 'none'", async () => {
    for (const model of MODELS) target.simulator.setFault(model, "server_error");
    const chat = await send(target, "POST", "/v1/chat/completions", JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hello" }] }), { "content-type": "application/json" });
    expect(chat.status).toBe(502);
    const id = chat.headers["x-switchyard-decision-id"];
    expect(id).toMatch(/^dec_/);
    let record: DecisionRecord | undefined;
    for (let tries = 0; tries < 50 && !record; tries += 1) {
      const answer = await send(target, "GET", `/api/decisions/${String(id)}`, undefined, { authorization: `Bearer ${FUZZ_ADMIN_KEY}` });
      if (answer.status === 200) record = JSON.parse(answer.body) as DecisionRecord;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(record).toMatchObject({ model: null, outcome: "failed", status: 502 });
    expect(record?.attempts.map((attempt) => [attempt.model, attempt.status, attempt.errorType])).toEqual(MODELS.map((model) => [model, 500, "http"]));
    const shown = modelShown(record!);
    expect(shown.answered).toBe(false);
    expect(shown.text).toBe(`none answered; tried ${MODELS.join(", ")}`);
    expect(shown.detail).toBe(MODELS.map((model) => `${model}: http (HTTP 500)`).join("; "));
  });

  it("says 'none' only when nothing was tried, and the model when one answered", () => {
    expect(modelShown({ model: null, attempts: [] })).toEqual({ text: "none", detail: "", answered: false });
    expect(modelShown({ model: MODELS[0]!, attempts: [{ model: MODELS[0]!, status: 200, errorType: null, latencyMs: 5 }] })).toEqual({ text: MODELS[0], detail: "", answered: true });
    // A candidate passed over (its circuit open) is named with why, and named once however often it was tried.
    const skipped = modelShown({ model: null, attempts: [{ model: "a", status: 0, errorType: "circuit_open", latencyMs: 0 }, { model: "b", status: 503, errorType: "http", latencyMs: 9 }, { model: "b", status: 0, errorType: "timeout", latencyMs: 9 }] });
    expect(skipped.text).toBe("none answered; tried a, b");
    expect(skipped.detail).toBe("a: circuit_open; b: http (HTTP 503); b: timeout");
  });
});
