import { describe, expect, it } from "vitest";
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
});
