/**
 * An unknown task or tier a few letters off a real one (British "summarisation", "premum") is answered with the name
 * meant, as `config check` does for the same names: the 400 listed thirteen tasks and left the reader to spot that
 * "summarization" was the one. The suggestion follows the list, so the message still starts as before.
 */
import { describe, expect, it } from "vitest";
import { createRouter } from "../create-router.js";
import { InvalidRequestError } from "../core/errors/index.js";

const ask = (extra: Record<string, unknown>) => ({ model: "switchyard/auto", messages: [{ role: "user" as const, content: "hi" }], ...extra });

function refused(request: Record<string, unknown>): InvalidRequestError {
  const router = createRouter();
  try {
    router.route(request as Parameters<typeof router.route>[0]);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  } finally {
    void router.close();
  }
  throw new Error("the request was routed");
}

const refusal = (request: Record<string, unknown>): string => refused(request).message;

describe("unknown task or tier names", () => {
  it("suggests the task meant, from the model name and the switchyard field", () => {
    expect(refusal({ ...ask({}), model: "switchyard/task/summarisation" })).toMatch(/^Unknown task "summarisation"\. Valid tasks: .*deep_reasoning\. Did you mean "summarization"\?$/);
    expect(refusal(ask({ switchyard: { task: "code-generation" } }))).toMatch(/Did you mean "code_generation"\?$/);
  });

  it("suggests the tier meant", () => {
    expect(refusal({ ...ask({}), model: "switchyard/tier/premum" })).toBe('Unknown tier "premum". Valid tiers: free, budget, mid, standard, premium. Did you mean "premium"?');
  });

  it("adds nothing when no name is near", () => {
    expect(refusal({ ...ask({}), model: "switchyard/task/poetry" })).toMatch(/^Unknown task "poetry"\. Valid tasks: [a-z_, ]+\.$/);
    expect(refusal({ ...ask({}), model: "switchyard/tier/gold" })).toBe("Unknown tier \"gold\". Valid tiers: free, budget, mid, standard, premium.");
  });
});

/**
 * Round 29: the error's `param` named "task" or "tier", a field no request has: a client that points its user at the
 * field in error (as OpenAI's `param` is read) had nothing to point at. It is the field the name was sent in.
 */
describe("an unknown task or tier's param is the field it was sent in", () => {
  it("model for a switchyard/task/ or switchyard/tier/ model, models[0] for a list's lead, switchyard.task or switchyard.tier for the field", () => {
    expect(refused({ ...ask({}), model: "switchyard/task/poetry" }).param).toBe("model");
    expect(refused({ ...ask({}), model: "switchyard/tier/gold" }).param).toBe("model");
    expect(refused({ messages: ask({}).messages, models: ["switchyard/tier/gold"] }).param).toBe("models[0]");
    expect(refused(ask({ switchyard: { task: "poetry" } })).param).toBe("switchyard.task");
    expect(refused(ask({ switchyard: { tier: "gold" } })).param).toBe("switchyard.tier");
  });
});

describe("an unknown switchyard.requires entry", () => {
  it("names the capability meant when one is a letter off, and nothing when none is near (round 29)", () => {
    expect(refusal(ask({ switchyard: { requires: ["tool"] } }))).toBe('Unknown requirement "tool" in switchyard.requires; valid: tools, vision, json, structured_outputs, reasoning, audio, file. Did you mean "tools"?');
    expect(refusal(ask({ switchyard: { requires: ["telepathy"] } }))).toMatch(/valid: [a-z_, ]+\.$/);
  });
});
