/**
 * The ids of one answer's tool calls, as the Messages and Responses doors hand them to the client. The client sends
 * each back with its tool's result, so each must name one call only: an upstream that sends none, an empty one or the
 * same one twice gets an id minted from the decision (unique across the conversation too, as Anthropic requires of
 * `tool_use` ids). Counting calls (`call_2`) minted the id a provider had already given another call of the answer.
 * A minted id stays within 40 characters, OpenAI's limit on `tool_calls[].id`: the client sends it back, the gateway
 * forwards it, and a longer one (`toolu_<whole decision id>_0` was 44) got the next turn refused upstream.
 * @module
 */

/** The most characters of the decision id a minted id carries: a `dec_` id's last 20 are its 80 random bits. */
const DECISION_TAIL = 20;

/** Hands out the answer's tool-call ids, in call order. */
export class ToolCallIds {
  readonly #used = new Set<string>();
  readonly #prefix: string;
  readonly #show: (upstreamId: string) => string;

  /**
   * `prefix` is the door's id form (`toolu_`, `call_`); `decisionId` (its random tail) makes minted ids unique across
   * answers; `show` is how the door shows an upstream's id (door-tool-call-id.ts at the Messages and Responses doors).
   */
  constructor(prefix: string, decisionId: string, show: (upstreamId: string) => string = (id) => id) {
    this.#prefix = `${prefix}${decisionId.slice(-DECISION_TAIL)}_`;
    this.#show = show;
  }

  /** The id of the next call: the upstream's (as shown) when it is a new non-empty string, else a minted one. */
  next(upstreamId: unknown): string {
    const shown = typeof upstreamId === "string" && upstreamId !== "" ? this.#show(upstreamId) : "";
    let id = shown !== "" && !this.#used.has(shown) ? shown : `${this.#prefix}${this.#used.size}`;
    // A minted id the upstream took first (it cannot know the decision id, but may echo it) gets a suffix.
    while (this.#used.has(id)) id = `${id}_`;
    this.#used.add(id);
    return id;
  }
}
