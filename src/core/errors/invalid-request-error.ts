import { GatewayError } from "./gateway-error.js";

/** The request is malformed or names something that does not exist (HTTP 400). */
export class InvalidRequestError extends GatewayError {
  constructor(message: string, options: { param?: string; code?: string; cause?: unknown } = {}) {
    super({
      message,
      status: 400,
      type: "invalid_request_error",
      code: options.code ?? "invalid_request",
      param: options.param ?? null,
      cause: options.cause,
    });
  }
}
