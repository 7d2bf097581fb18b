import { describe, expect, it } from "vitest";
import { BudgetExceededError } from "../../core/errors/index.js";
import { exhaustedError } from "../../routing/fallback/exhausted-error.js";
import { overranMaxTokens } from "../../routing/fallback/output-bound.js";
import { toClientError } from "../../routing/fallback/to-client-error.js";
import { classifyErrorObject, classifyHttpFailure } from "../../upstream/classify-upstream-failure.js";
import { inDoorTerms, MESSAGES_FIELD_NAMES, renameInText, RESPONSES_FIELD_NAMES } from "./door-field-names.js";

describe("errors restated in a door's field names", () => {
  it("rename the gateway's own words", () => {
    expect(renameInText("Shorten the conversation or lower max_tokens.", RESPONSES_FIELD_NAMES)).toBe("Shorten the conversation or lower max_output_tokens.");
    expect(renameInText("The stream went past max_tokens (200).", RESPONSES_FIELD_NAMES)).toBe("The stream went past max_output_tokens (200).");
  });

  it("leave the upstream's own words as the upstream wrote them (they are quoted, not the gateway's)", () => {
    const upstream = classifyHttpFailure({ model: "openai/gpt-5-nano", status: 400, headers: {}, bodyText: JSON.stringify({ error: { message: "max_tokens is too large: 99999. This model supports at most 16384 completion tokens; response_format is not supported." } }) });
    const error = inDoorTerms(toClientError(upstream), RESPONSES_FIELD_NAMES) as Error;
    expect(error.message).toContain("HTTP 400: max_tokens is too large: 99999. This model supports at most 16384 completion tokens; response_format is not supported.");
    // Mid-stream, the event's text is all the door has: the same words, after the same marker.
    const midStream = `The stream from the upstream failed after content was sent; the answer above is incomplete. ${toClientError(classifyErrorObject("m", { message: "max_completion_tokens exceeded", code: 400, type: null, metadata: null })).message}`;
    expect(renameInText(midStream, MESSAGES_FIELD_NAMES)).toBe(midStream);
    // The gateway's words before the upstream's are still renamed.
    expect(renameInText("Lower max_tokens. upstream error 400: max_tokens too big", RESPONSES_FIELD_NAMES)).toBe("Lower max_output_tokens. upstream error 400: max_tokens too big");
  });

  it("rename the gateway's words that follow an upstream's on a later line (an attempt list, the budget's note)", () => {
    const upstream = classifyHttpFailure({ model: "a/m", status: 503, headers: {}, bodyText: JSON.stringify({ error: { message: "overloaded; max_tokens too high for this load" } }) });
    const budgetError = new BudgetExceededError({ budget: "global/day", remainingUsd: 0.001, requestedUsd: 0.5 });
    const listed = exhaustedError({ errors: [upstream, overranMaxTokens("b/m", 100, 99_999)], budgetError, budgetRefused: ["c/m"], held: [], circuitSkipped: [], circuitOpenUntil: undefined, chain: [], now: 0, reason: "max_attempts was reached" });
    const message = (inDoorTerms(listed, RESPONSES_FIELD_NAMES) as Error).message;
    expect(message).toContain("HTTP 503: overloaded; max_tokens too high for this load");
    expect(message).toContain("the upstream streamed past max_output_tokens (");
    expect(message).toContain("Lower max_output_tokens, pick a cheaper tier");
    expect(message).not.toMatch(/past max_tokens|Lower max_tokens/);
  });
});
