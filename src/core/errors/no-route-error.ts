import { GatewayError } from "./gateway-error.js";

/** No model meets the request's requirements (HTTP 404). The message names the requirement. */
export class NoRouteError extends GatewayError {
  /** The requirement that emptied the candidate list, e.g. `tools` or `context >= 300000`. */
  readonly requirement: string;

  constructor(message: string, requirement: string, kind: { status: number; code: string } = { status: 404, code: "no_route" }) {
    super({ message, status: kind.status, type: "invalid_request_error", code: kind.code });
    this.requirement = requirement;
  }
}

/**
 * The prompt (with room for the answer) is larger than any model that meets the request's other needs can hold:
 * HTTP 400 `context_length_exceeded`, the code the upstream gives the same condition, so clients that shorten
 * their history on it (Claude Code compacts) do so whichever side found it.
 */
export class ContextTooLargeError extends NoRouteError {
  constructor(message: string, requirement: string) {
    super(message, requirement, { status: 400, code: "context_length_exceeded" });
  }
}
