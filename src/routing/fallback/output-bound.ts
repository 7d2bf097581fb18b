/**
 * How much output one streamed attempt may relay before it is cut as an upstream that ignores `max_tokens`. Such an
 * upstream (a broken provider, a proxy in a loop) streamed until `upstream.timeouts.total_ms`, and its attempt was
 * charged for all the text it relayed (the estimate of four characters a token), far past the worst case reserved:
 * a hard cap could be overspent by the upstream, without bound but the timeout. The bound is in characters of
 * content (what a stream without usage is charged on), generous enough that no stream that respects `max_tokens`
 * reaches it: 64 characters a token is above any tokenizer's token (English is about 4, CJK about 1, a run of
 * whitespace or `=` a few dozen at most), and the slack covers a small `max_tokens`. An attempt cut by it is charged
 * at most about 16 times its output's worst case (64 / 4), not what the timeout allows.
 * @module
 */
import { malformedResponse } from "../../upstream/classify-upstream-failure.js";
import type { UpstreamError } from "../../core/errors/index.js";

/** Characters of output a token is assumed to hold at most. */
export const MAX_CHARS_PER_TOKEN = 64;
/** Characters allowed beyond `max_tokens × MAX_CHARS_PER_TOKEN`. */
export const OUTPUT_SLACK_CHARS = 16_384;

/** Characters of content an attempt with `maxTokens` may relay; past it, the upstream is not honouring `max_tokens`. */
export function outputCharLimit(maxTokens: number): number {
  return Math.max(0, maxTokens) * MAX_CHARS_PER_TOKEN + OUTPUT_SLACK_CHARS;
}

/** The attempt's failure when it relayed past its bound: malformed (counted against the model), not retried. */
export function overranMaxTokens(model: string, maxTokens: number, relayedChars: number): UpstreamError {
  return malformedResponse(model, `the upstream streamed past max_tokens (${relayedChars} characters of output for max_tokens ${maxTokens}, above the ${outputCharLimit(maxTokens)} any answer within it holds), so the gateway stopped relaying it`, 200);
}
