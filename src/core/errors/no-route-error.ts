import { GatewayError } from "./gateway-error.js";

/** No model meets the request's requirements (HTTP 404). The message names the requirement. */
export class NoRouteError extends GatewayError {
  /** The requirement that emptied the candidate list, e.g. `tools` or `context >= 300000`. */
  readonly requirement: string;

  constructor(message: string, requirement: string) {
    super({ message, status: 404, type: "invalid_request_error", code: "no_route" });
    this.requirement = requirement;
  }
}
