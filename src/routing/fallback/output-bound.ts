/**
 * How much output one streamed attempt may relay before it is cut as an upstream that ignores `max_tokens`. Such an
 * upstream (a broken provider, a proxy in a loop) streamed until `upstream.timeouts.total_ms`, and its attempt was
 * charged for all the text it relayed (the estimate of four characters a token), far past the worst case reserved:
 * a hard cap could be overspent by the upstream, without bound but the timeout.
 *
 * The bound is in characters of content (what a stream without usage is charged on), `max_tokens × 64 + 16,384`, with
 * a character that repeats the one before it counting 1/32. Runs of one character are where tokens get long: the
 * GPT-4o, GPT-4, Llama 3 and Qwen 3 tokenizers hold a token of 128 spaces (a model in a whitespace loop writes 125
 * characters a token until max_tokens) and runs of `-` or `=` of 64 and more; Claude's published (legacy) tokenizer
 * one of 1,024 spaces. Counted so, no token of GPT-4o's or GPT-4's tokenizer weighs more than 42 (cl100k's
 * `.translatesAutoresizingMaskIntoConstraints`), Claude's 1,024 spaces 33, so a stream that respects `max_tokens`
 * never reaches the bound. The event that would take an attempt past it is neither relayed nor counted (one event
 * may hold 32 MB, and was relayed and charged whole: thousands of times the worst case; round 24). An attempt cut by
 * it sends no usage, so it is charged its text up to its max_tokens, what it reserved (`partialCostUsd`): up to 16
 * times that (64 / 4) took spend past a hard cap (round 26 review).
 * @module
 */
import { malformedResponse } from "../../upstream/classify-upstream-failure.js";
import type { UpstreamError } from "../../core/errors/index.js";

/** Characters of output a token is assumed to hold at most (a character repeating the one before it counts less). */
export const MAX_CHARS_PER_TOKEN = 64;
/** Characters allowed beyond `max_tokens × MAX_CHARS_PER_TOKEN`. */
export const OUTPUT_SLACK_CHARS = 16_384;
/** A character that repeats the one before it counts 1 / REPEAT_SHARE of a character. */
export const REPEAT_SHARE = 32;

/** Characters of content an attempt with `maxTokens` may relay; past it, the upstream is not honouring `max_tokens`. */
export function outputCharLimit(maxTokens: number): number {
  return Math.max(0, maxTokens) * MAX_CHARS_PER_TOKEN + OUTPUT_SLACK_CHARS;
}

/** One attempt's content as the bound counts it: in shares, a character REPEAT_SHARE of them, a repeat one. */
export class OutputMeter {
  #shares = 0;
  #last = -1;

  /** Counts a piece of content relayed after the ones before it. */
  add(piece: string): void {
    for (let index = 0; index < piece.length; index += 1) {
      const code = piece.charCodeAt(index);
      this.#shares += code === this.#last ? 1 : REPEAT_SHARE;
      this.#last = code;
    }
  }

  /** Where the count stands, to go back to with `rewind` when a piece is left out. */
  mark(): readonly [number, number] {
    return [this.#shares, this.#last];
  }

  /** Back to `mark`: the pieces counted since are not counted. */
  rewind([shares, last]: readonly [number, number]): void {
    this.#shares = shares;
    this.#last = last;
  }

  /** True once the content counted is past what any answer within `maxTokens` holds. */
  exceeds(maxTokens: number): boolean {
    return this.#shares > outputCharLimit(maxTokens) * REPEAT_SHARE;
  }
}

/**
 * The attempt's failure when it streamed past its bound: malformed (counted against the model), not resumed. Before
 * anything was relayed it fails over as any failure before content does, charged `billedUsd` (its worst case).
 */
export function overranMaxTokens(model: string, maxTokens: number, relayedChars: number, billedUsd?: number): UpstreamError {
  return malformedResponse(model, `the upstream streamed past max_tokens (${relayedChars} characters of output for max_tokens ${maxTokens}, more than any answer within it holds: ${outputCharLimit(maxTokens)}, a character repeating the one before it counting 1/${REPEAT_SHARE}), so the gateway stopped relaying it`, 200, billedUsd);
}

/** The characters of output `pieces` hold when, counted as the bound counts them, they are past it; else undefined. */
export function charsPastBound(pieces: Iterable<string>, maxTokens: number): number | undefined {
  const list = [...pieces];
  const chars = list.reduce((sum, piece) => sum + piece.length, 0);
  // A character counts at most one share of REPEAT_SHARE: within the limit in characters, never past it.
  if (chars <= outputCharLimit(maxTokens)) return undefined;
  const meter = new OutputMeter();
  for (const piece of list) meter.add(piece);
  return meter.exceeds(maxTokens) ? chars : undefined;
}
