import { GatewayError } from "./gateway-error.js";

/** The key is valid but may not do this, e.g. use a tier outside its allowed tiers (HTTP 403). */
export class PermissionDeniedError extends GatewayError {
  constructor(message: string, code = "permission_denied") {
    super({ message, status: 403, type: "permission_error", code });
  }
}
