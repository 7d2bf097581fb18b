import { GatewayError } from "./gateway-error.js";

/** A missing, unknown or revoked API key (HTTP 401). The message says which, and how to get a key. */
export class AuthenticationError extends GatewayError {
  constructor(message: string) {
    super({ message, status: 401, type: "authentication_error", code: "invalid_api_key" });
  }
}
